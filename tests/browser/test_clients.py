"""Finding and registering clients in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from clients.models import Client
from tests.conftest import PASSWORD

from .conftest import sign_in_through_the_form

pytestmark = pytest.mark.browser


def test_counsellor_finds_a_cyrillic_name_typed_in_latin_letters(open_page, counsellor, office_a):
    Client.objects.create(
        registered_office_id=office_a.pk, given_name="Мария", family_name="Иванова"
    )
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    page.go("/clients/")

    page.page.get_by_label("Name, personal code, phone or e-mail").fill("ivanva")
    page.page.get_by_role("button", name="Search").click()

    expect(page.page.get_by_role("link", name="Мария Иванова")).to_be_visible()
    assert "ivanva" not in page.page.url
    assert page.axe_violations() == []
    assert page.console_errors == []


def test_registration_form_is_accessible_and_right_to_left_in_arabic(
    open_page, counsellor, office_a
):
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    page.go("/clients/new/")
    assert page.axe_violations() == []

    page.page.get_by_label("Language", exact=True).select_option("ar")
    page.page.get_by_role("button", name="Change").click()

    expect(page.page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.page.get_by_role("heading", level=1)).to_have_text("تسجيل عميل")
    assert page.axe_violations() == []


def test_a_registration_error_is_shown_next_to_its_field(open_page, counsellor, office_a):
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    page.go("/clients/new/")
    page.page.get_by_label("Given name", exact=True).fill("Olha")
    page.page.get_by_label("Personal ID code").fill("37605030298")

    page.page.get_by_role("button", name="Register", exact=True).click()

    error = page.page.locator("#id_id_code_error")
    expect(error).to_contain_text("This Estonian personal code is not valid")
    expect(page.page.get_by_label("Personal ID code")).to_have_attribute("aria-invalid", "true")
    assert page.axe_violations() == []
    expect(page.page).to_have_url(re.compile(r"/clients/new/$"))
