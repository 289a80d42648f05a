"""A knowledge page on paper (WeasyPrint): the text in the language it is shown in,
right-to-left where that language is, with its last review date and web address."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from . import selectors
from .rendering import render as render_markdown
from .selectors import Reading


def print_html(*, reading: Reading, address: str) -> str:
    """The print page, with the notices in the active (the reader's) language."""
    page, shown = reading.page, reading.language
    wanted = translation.get_language()
    return render_to_string(
        "knowledge/page_print.html",
        {
            "page": page,
            "shown": translation.get_language_info(shown),
            "wanted": translation.get_language_info(wanted),
            "fallback": reading.fallback,
            "title": getattr(page, f"title_{shown}"),
            "summary": getattr(page, f"summary_{shown}"),
            "body": render_markdown(getattr(page, f"body_{shown}")),
            "last_reviewed": selectors.last_reviewed(page, shown),
            "address": address,
            "staff_only": page.audience == page.Audience.STAFF,
        },
    )


def pdf(html: str) -> bytes:
    # The print page inlines its style and sanitised text has no images: nothing is
    # fetched, so a link in a page's text can never make the server open a URL.
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=["data"])).write_pdf()


def pdf_response(*, reading: Reading, address: str) -> HttpResponse:
    response = HttpResponse(
        pdf(print_html(reading=reading, address=address)), content_type="application/pdf"
    )
    filename = f"{reading.page.slug}-{reading.language}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
