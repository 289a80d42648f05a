"""The record of processing as a PDF (WeasyPrint), made in the background like the
other report files: the administrator watches it being made and downloads it."""

from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from counselling.models import User
from reports import files

from . import processing

KIND = "processing.pdf"


def context() -> dict:
    return {
        "activities": processing.activities(),
        "offices": processing.offices(),
        "made_at": timezone.localtime(),
    }


@files.register(KIND)
def build(user: User, _params: dict, progress: files.Progress):
    progress(20)
    html = render_to_string("privacy/processing_pdf.html", {**context(), "made_by": user})
    # Everything is inline: nothing is fetched from anywhere.
    content = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=["data"])).write_pdf()
    return f"record-of-processing-{timezone.localdate():%Y%m%d}.pdf", "application/pdf", content
