"""The survey at the desk: after a session or a closed inquiry the counsellor turns the
screen (or prints the page) and the client scans a QR code or types a short address.

The page is the answer to the button's POST, not a page of its own: no staff address
reopens a single-use link, and a reload asks again, which reuses the same invitation."""

import segno
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from channels.access import inquiries_for
from channels.models import Inquiry
from clients.models import Client
from clients.restriction import RESTRICTED
from counselling import access
from counselling.models import STAFF_ROLES

from . import surveys


@never_cache  # the page holds a single-use link
@login_required
def session_survey(request, pk: int):
    access.require_role(request.user, *access.SESSION_ROLES)
    rows = access.sessions_for(request.user).select_related("client")
    session = get_object_or_404(rows.prefetch_related(surveys.topics_in_order()), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    facts = surveys.session_facts(session)
    back = session.client.get_absolute_url() + "#timeline"
    return _show(request, facts=facts, about=session, back=back)


@never_cache
@login_required
def inquiry_survey(request, pk: int):
    access.require_role(request.user, *STAFF_ROLES)
    inquiry = get_object_or_404(inquiries_for(request.user).select_related("topic"), pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if inquiry.status != Inquiry.Status.CLOSED:
        message = _("Close the inquiry first: the survey asks about help already given.")
        context = {"message": message, "back": inquiry.get_absolute_url()}
        return render(request, "reports/survey_desk_problem.html", context, status=409)
    facts = surveys.inquiry_facts(inquiry)
    return _show(request, facts=facts, about=inquiry, back=inquiry.get_absolute_url())


def _show(request, *, facts: dict, about, back: str):
    restricted = Client.objects.filter(pk=facts["client_id"], restricted_at__isnull=False)
    if facts["client_id"] is not None and restricted.exists():
        context = {"message": RESTRICTED, "back": back}
        return render(request, "reports/survey_desk_problem.html", context, status=409)
    invitation = surveys.invite_at_desk(facts=facts, about=about, by=request.user, request=request)
    if invitation is None:
        message = _("This survey has been answered already. Thank you!")
        context = {"message": message, "back": back}
        return render(request, "reports/survey_desk_problem.html", context, status=409)
    url = surveys.survey_url(invitation)
    # In the client's language: it is their page for a moment.
    with translation.override(invitation.language):
        context = {
            "url": url,
            "short_url": url.split("://", 1)[-1],
            "qr": qr_svg(url, title=_("QR code of the survey's address")),
            "back": back,
        }
        return render(request, "reports/survey_desk.html", context)


def qr_svg(url: str, *, title: str) -> str:
    """The address as an inline SVG QR code (segno writes it; pure Python, no images)."""
    code = segno.make(url, error="m")
    # A white ground with the quiet zone (border) around it: phones read dark on light.
    svg = code.svg_inline(
        scale=8, border=4, light="white", title=title, svgclass="qr", omitsize=True
    )
    return mark_safe(svg)  # segno's own markup; it escapes the title
