"""The PDF referral letter (WeasyPrint): what the partner's page shows, on paper, in the
partner's language. Built by the outbox when the e-mail goes, and on download."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML

from . import sharing
from .models import Referral


def letter_pdf(referral: Referral) -> bytes:
    with translation.override(referral.language):
        html = render_to_string(
            "referrals/letter.html",
            {"referral": referral, "shared": sharing.shown(referral.shared)},
        )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def attachment(referral_id: int) -> tuple[str, bytes, str]:
    """The outbox's attachment builder: (file name, content, type)."""
    referral = Referral.objects.select_related("service", "organisation", "office", "made_by").get(
        pk=referral_id
    )
    return f"{referral.reference}.pdf", letter_pdf(referral), "application/pdf"


def letter_response(referral: Referral) -> HttpResponse:
    """The letter as a download (for the counsellor's file, or the partner)."""
    response = HttpResponse(letter_pdf(referral), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{referral.reference}.pdf"'
    return response
