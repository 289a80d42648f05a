"""A reader downloads any page as a PDF, in the language the page is shown in, with
Arabic right-to-left; staff-only pages stay with staff."""

import datetime
import io

import pytest
from django.conf import settings
from django.utils import translation
from pypdf import PdfReader

from knowledge import printing, selectors
from knowledge.models import Page, PageLanguage

URL = "/en/knowledge/register-place-of-residence/pdf/"


@pytest.fixture
def page(db):
    page = Page.objects.create(
        slug="register-place-of-residence",
        source_language="et",
        title_en="Registering your place of residence",
        summary_en="Register within 30 days of moving.",
        body_en="1. Fill in the notice.\n2. Send it to the local government.",
        title_ru="Регистрация места жительства",
        body_ru="Подайте уведомление о месте жительства.",
        title_ar="تسجيل مكان الإقامة",
        body_ar="قدّم إشعار مكان الإقامة إلى الحكومة المحلية.",
    )
    PageLanguage.objects.create(
        page=page, language="en", state="published", last_reviewed_on=datetime.date(2026, 3, 2)
    )
    return page


def pdf_text(response) -> str:
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(sheet.extract_text() for sheet in reader.pages)


def test_a_page_downloads_as_a_pdf_named_by_page_and_language(client, page):
    response = client.get(URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="register-place-of-residence-en.pdf"'
    )
    text = pdf_text(response)
    assert "Registering your place of residence" in text
    assert "Register within 30 days of moving." in text
    assert "Fill in the notice." in text
    assert "Last reviewed: 2 March 2026" in text
    assert f"{settings.SITE_URL}/en/knowledge/register-place-of-residence/" in text


def test_a_cyrillic_page_prints_in_its_own_letters(client, page):
    response = client.get("/ru/knowledge/register-place-of-residence/pdf/")

    assert response["Content-Disposition"].endswith('-ru.pdf"')
    assert "Регистрация места жительства" in pdf_text(response)


def test_the_arabic_page_prints_right_to_left_in_arabic_letters(client, page):
    reading = selectors.reading(user=None, slug=page.slug, language="ar")
    with translation.override("ar"):
        html = printing.print_html(reading=reading, address="https://example.org/")
    assert '<html lang="ar" dir="rtl">' in html
    assert '<article lang="ar" dir="rtl">' in html

    response = client.get("/ar/knowledge/register-place-of-residence/pdf/")

    assert response.content.startswith(b"%PDF")
    assert "تسجيل مكان الإقامة" in pdf_text(response)


def test_a_missing_translation_prints_the_fallback_with_the_notice(client, page):
    response = client.get("/uk/knowledge/register-place-of-residence/pdf/")

    assert response["Content-Disposition"].endswith('-en.pdf"')
    text = " ".join(pdf_text(response).split())
    with translation.override("uk"):
        notice = translation.gettext(
            "This page is not yet available in %(wanted)s. It is shown in %(shown)s."
        )
    assert notice.split("%(")[0].strip() in text
    assert "Registering your place of residence" in text


def test_staff_only_pages_are_a_404_for_the_public_and_print_for_staff(client, page, counsellor):
    page.audience = Page.Audience.STAFF
    page.save()

    assert client.get(URL).status_code == 404

    client.force_login(counsellor)
    response = client.get(URL)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "Staff only" in pdf_text(response)


@pytest.mark.parametrize(
    "path",
    ["/en/knowledge/no-such-page/pdf/", "/xx/knowledge/register-place-of-residence/pdf/"],
)
def test_unknown_pages_and_languages_are_a_404(client, page, path):
    assert client.get(path).status_code == 404


def test_a_page_published_in_no_language_is_a_404(client, db):
    Page.objects.create(slug="empty")
    assert client.get("/en/knowledge/empty/pdf/").status_code == 404


def test_the_page_links_to_its_pdf(client, page):
    html = client.get("/en/knowledge/register-place-of-residence/").content.decode()
    assert 'href="/en/knowledge/register-place-of-residence/pdf/"' in html
    assert "Download as PDF" in html
