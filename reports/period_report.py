"""The period report for management: the service dashboard and the caseload per office
on paper (WeasyPrint), charts included, in the language of the person who asks."""

from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from counselling.models import User

from . import dashboard, selectors
from .selectors import Scope


def html(*, user: User, scope: Scope, filters: list[tuple[str, str]]) -> str:
    """`filters`: (label, value) of each filter set, as the page's form shows them."""
    caseload = selectors.caseload(user=user, scope=scope)
    return render_to_string(
        "reports/period_report.html",
        {
            "dashboard": dashboard.build(user=user, scope=scope),
            "offices": caseload.offices,
            "scope": scope,
            "filters": filters,
            "made_at": timezone.localtime(),
            "made_by": user,
        },
    )


def pdf(*, user: User, scope: Scope, filters: list[tuple[str, str]]) -> bytes:
    # Everything is inline (style, SVG charts): nothing is fetched from anywhere.
    document = HTML(
        string=html(user=user, scope=scope, filters=filters),
        url_fetcher=URLFetcher(allowed_protocols=["data"]),
    )
    return document.write_pdf()
