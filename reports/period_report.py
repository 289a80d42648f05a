"""The period report for management: the service dashboard and the caseload per office
on paper (WeasyPrint), charts included, in the language of the person who asks. Made in
the background (reports.files): a year of data and a PDF take seconds, not a request."""

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from counselling.models import User

from . import dashboard, files, selectors
from .filters import ServiceFilterForm
from .selectors import Scope

KIND = "period.pdf"


def params(form: ServiceFilterForm) -> dict:
    """The validated filters as the file's parameters: dates, ids and codes."""
    data = form.cleaned_data
    return {
        name: value
        for name, value in {
            "from": data["from"].isoformat(),
            "to": data["to"].isoformat(),
            "office": data["office"].pk if data.get("office") else "",
            "counsellor": data["counsellor"].pk if data.get("counsellor") else "",
            "channel": data["channel"],
            "segment": data["segment"],
            "topic": data["topic"].pk if data.get("topic") else "",
            "language": data["language"],
        }.items()
        if value != ""
    }


def chosen_filters(form: ServiceFilterForm) -> list[tuple[str, str]]:
    """(label, shown value) of each filter beyond the period, as the form names them."""
    shown = []
    for name in ("office", "counsellor", "channel", "segment", "topic", "language"):
        field = form[name]
        value = form.cleaned_data.get(name)
        if value in (None, ""):
            continue
        label = dict(field.field.choices).get(field.field.prepare_value(value), value)
        shown.append((str(field.label), str(label)))
    return shown


@files.register(KIND)
def build(user: User, file_params: dict, progress: files.Progress):
    form = ServiceFilterForm(file_params, user=user)
    if not form.is_valid():
        # An office taken from the person since they asked, or edited parameters.
        raise ValidationError([error for errors in form.errors.values() for error in errors])
    scope = form.scope()
    progress(10)
    content = pdf(user=user, scope=scope, filters=chosen_filters(form))
    name = f"service-report-{scope.period.first:%Y%m%d}-{scope.period.last:%Y%m%d}.pdf"
    return name, "application/pdf", content


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
