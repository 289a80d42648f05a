"""Staff journeys in a real browser: accessible (axe-core, zero violations), no CSP
errors, right-to-left in Arabic, and usable without JavaScript."""

import re

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.conftest import PASSWORD, totp_device

from .conftest import sign_in_through_the_form

pytestmark = pytest.mark.browser


def test_counsellor_signs_in_and_reaches_a_client(open_page, counsellor, client_a):
    page = open_page()

    page.go("/clients/")
    expect(page.page).to_have_url(re.compile(r"/account/login/\?next=/clients/$"))
    assert page.axe_violations() == []

    page.page.get_by_label("Username").fill(counsellor.username)
    page.page.get_by_label("Password").fill(PASSWORD)
    page.page.get_by_role("button", name="Sign in").click()

    expect(page.page).to_have_url(re.compile(r"/clients/$"))
    assert page.axe_violations() == []
    page.page.get_by_role("link", name=re.compile("Kovalenko")).click()
    expect(page.page.get_by_role("heading", level=1)).to_contain_text("Kovalenko")
    assert page.axe_violations() == []
    page.go("/")
    expect(page.page.get_by_role("heading", level=1)).to_have_text("My work")
    assert page.axe_violations() == []
    assert page.console_errors == []


def test_language_switcher_turns_the_interface_right_to_left(open_page, counsellor, client_a):
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    expect(page.page.locator("html")).to_have_attribute("dir", "ltr")

    page.page.get_by_label("Language").select_option("ar")
    page.page.get_by_role("button", name="Change").click()

    html = page.page.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    assert page.axe_violations() == []
    # The choice is the user's: it survives a new visit.
    page.go("/account/")
    expect(html).to_have_attribute("dir", "rtl")
    counsellor.refresh_from_db()
    assert counsellor.language == "ar"
    assert page.console_errors == []


def test_coordinator_passes_two_factor_before_the_audit_log(open_page, coordinator):
    device = totp_device(coordinator)
    page = open_page()
    sign_in_through_the_form(page, coordinator.username, PASSWORD)

    expect(page.page).to_have_url(re.compile(r"/account/two-factor/"))
    page.go("/audit/")
    expect(page.page).to_have_url(re.compile(r"/account/two-factor/"))
    assert page.axe_violations() == []

    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.page.get_by_label(re.compile("code", re.IGNORECASE)).fill(code)
    page.page.get_by_role("button", name="Continue").click()

    page.go("/audit/")
    expect(page.page.get_by_role("heading", level=1)).to_have_text("Audit log")
    assert page.axe_violations() == []
    assert page.console_errors == []


def test_sign_in_and_sign_out_work_without_javascript(open_page, receptionist):
    page = open_page(javascript=False)
    sign_in_through_the_form(page, receptionist.username, PASSWORD)
    expect(page.page.get_by_role("heading", level=1)).to_have_text("My work")

    page.page.get_by_role("button", name="Sign out").click()

    page.go("/")
    expect(page.page).to_have_url(re.compile(r"/account/login/"))


def test_wrong_password_is_announced_next_to_the_form(open_page, counsellor):
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, "not the password")

    alert = page.page.get_by_role("alert")
    expect(alert).to_be_visible()
    assert page.axe_violations() == []
