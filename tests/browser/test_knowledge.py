"""A newcomer reads the guidance in a real browser: in their language, found by search,
printable, accessible (axe-core, zero violations), right-to-left in Arabic."""

import re

import pytest
from playwright.sync_api import expect

from knowledge import demo

pytestmark = pytest.mark.browser


@pytest.fixture
def guidance(transactional_db):
    demo.load()


def test_a_newcomer_reads_a_page_in_ukrainian_and_downloads_it(open_page, guidance, tmp_path):
    page = open_page()
    page.go("/en/knowledge/")
    assert page.axe_violations() == []

    page.page.get_by_role("link", name="Українська").click()
    expect(page.page.locator("html")).to_have_attribute("lang", "uk")
    assert page.axe_violations() == []

    page.page.get_by_role("searchbox").fill("курси естонської")
    page.page.get_by_role("searchbox").press("Enter")
    expect(page.page).to_have_url(re.compile(r"/uk/knowledge/search/\?q="))
    result = page.page.get_by_role("link", name="Безкоштовні курси естонської мови")
    expect(result).to_be_visible()
    expect(page.page.locator(".search-results mark").first).to_be_visible()
    assert page.axe_violations() == []

    result.click()
    heading = page.page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Безкоштовні курси естонської мови")
    expect(page.page.locator("article")).to_have_attribute("lang", "uk")
    assert page.axe_violations() == []

    with page.page.expect_download() as download:
        page.page.locator("a[href$='/pdf/']").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "free-estonian-language-courses-uk.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert page.console_errors == []


def test_an_arabic_page_reads_right_to_left(open_page, guidance):
    page = open_page()
    page.go("/ar/knowledge/register-place-of-residence/")
    expect(page.page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.page.locator("article")).to_have_attribute("dir", "rtl")
    expect(page.page.get_by_role("heading", level=1)).to_have_text("تسجيل مكان الإقامة")
    # Written in all seven languages: the switcher offers each, Arabic marked current.
    switcher = page.page.locator("nav.language-switcher")
    expect(switcher.get_by_role("link")).to_have_count(7)
    expect(switcher.locator("[aria-current=page]")).to_have_text("العربيّة")
    assert page.axe_violations() == []
    assert page.console_errors == []


def test_a_counsellor_puts_a_page_link_in_the_clients_language_into_a_session_note(
    open_page, guidance, counsellor, office_a
):
    from clients import taxonomy
    from clients.models import Client, Topic
    from knowledge.models import Page
    from tests.conftest import PASSWORD

    from .conftest import sign_in_through_the_form

    taxonomy.load(Topic)
    client = Client.objects.create(
        registered_office_id=office_a.pk,
        given_name="Олена",
        family_name="Коваленко",
        preferred_language="uk",
    )
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    page.go(f"/clients/{client.pk}/sessions/new/")
    expect(page.page.get_by_label("Language of the link")).to_have_value("uk")
    search = page.page.get_by_label("Find a knowledge page to link")
    search.fill("курси естонської")
    search.press("Enter")
    page.page.get_by_role("button", name="Insert link").first.click()
    note = page.page.get_by_label("Case note")
    expect(note).to_have_value(re.compile(r"Безкоштовні курси естонської мови – \S+/uk/knowledge/"))
    assert page.axe_violations() == []

    page.page.get_by_label("Topics").select_option(label="Free language courses")
    page.page.get_by_role("button", name="Save the session").click()
    expect(page.page).to_have_url(re.compile(r"/clients/\d+/#timeline$"))
    assert Page.objects.get(slug="free-estonian-language-courses").shared_count == 1
    assert page.console_errors == []
