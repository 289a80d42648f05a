"""A counsellor opens a case for a family, hands it over to a colleague with a note, and
sees the handover and the history on the case page; a coordinator merges a duplicate.
Every page passes axe, in English and in Arabic (right-to-left)."""

import re

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from clients import taxonomy
from clients.models import Client, Household, Topic
from counselling.models import Case
from tests.conftest import PASSWORD, totp_device

from .conftest import sign_in_through_the_form

pytestmark = pytest.mark.browser


def test_counsellor_opens_a_household_case_and_hands_it_over(
    open_page, counsellor, colleague, office_a
):
    taxonomy.load(Topic)
    colleague.first_name, colleague.last_name = "Oksana", "Melnyk"
    colleague.save()
    family = Household.objects.create(name="Karimi", registered_office_id=office_a.pk)
    client = Client.objects.create(
        given_name="Hamid",
        family_name="Karimi",
        given_name_original="حمید",
        family_name_original="کریمی",
        registered_office_id=office_a.pk,
        household=family,
        relationship="applicant",
    )
    Client.objects.create(
        given_name="Zahra",
        family_name="Karimi",
        registered_office_id=office_a.pk,
        household=family,
        relationship="partner",
    )
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    page.go(client.get_absolute_url())
    members = page.page.get_by_role("table", name="Household members")
    expect(members).to_contain_text("Zahra Karimi")
    assert page.axe_violations() == []

    page.page.get_by_role("link", name="Open a case").click()
    page.page.get_by_label("Programme").select_option(label="Support-person service")
    page.page.get_by_label("Topics").select_option(label=["Housing", "Family reunification"])
    page.page.get_by_label("The case is for the whole household").check()
    assert page.axe_violations() == []
    page.page.get_by_role("button", name="Open the case").click()

    expect(page.page).to_have_url(re.compile(r"/cases/\d+/$"))
    expect(page.page.locator(".facts")).to_contain_text("Support-person service")
    expect(page.page.locator(".facts")).to_contain_text("Karimi")
    page.page.get_by_label("Hand over to").select_option(label="Oksana Melnyk")
    page.page.get_by_label("Handover note").fill("Zahra prefers a woman counsellor.")
    page.page.get_by_role("button", name="Hand over", exact=True).click()

    expect(page.page.locator(".handovers")).to_contain_text("Zahra prefers a woman counsellor.")
    expect(page.page.locator(".facts")).to_contain_text("Oksana Melnyk")
    page.page.locator("details.history summary").click()
    expect(page.page.locator("details.history")).to_contain_text("Oksana Melnyk")
    assert page.axe_violations() == []
    case = Case.objects.get(household=family)
    assert case.owner == colleague

    page.page.get_by_label("Language", exact=True).select_option("ar")
    page.page.get_by_role("button", name="Change").click()
    expect(page.page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.page.locator(".facts")).to_contain_text("خدمة الشخص الداعم")
    assert page.axe_violations() == []
    assert page.console_errors == []


def test_coordinator_merges_a_duplicate_after_confirming(open_page, coordinator, office_a):
    keep = Client.objects.create(
        given_name="Мария", family_name="Иванова", registered_office_id=office_a.pk
    )
    duplicate = Client.objects.create(
        given_name="Maria",
        family_name="Ivanova",
        phone="+37251234567",
        registered_office_id=office_a.pk,
    )
    device = totp_device(coordinator)
    page = open_page()
    sign_in_through_the_form(page, coordinator.username, PASSWORD)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.page.get_by_label(re.compile("code", re.IGNORECASE)).fill(code)
    page.page.get_by_role("button", name="Continue").click()
    page.go(keep.get_absolute_url())
    page.page.get_by_role("link", name="Merge a duplicate").click()
    expect(page.page.locator("table")).to_contain_text(duplicate.reference)
    assert page.axe_violations() == []

    page.page.get_by_label("Reference of the duplicate record").fill(duplicate.reference)
    page.page.get_by_role("button", name="Continue").click()
    expect(page.page.get_by_role("heading", name="Check before merging")).to_be_visible()
    assert page.axe_violations() == []
    page.page.get_by_role("button", name="Merge", exact=True).click()

    expect(page.page).to_have_url(re.compile(rf"/clients/{keep.pk}/$"))
    expect(page.page.locator(".facts")).to_contain_text("+37251234567")
    expect(page.page.get_by_text(f"Merged into this record: {duplicate.reference}")).to_be_visible()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == keep
    assert page.console_errors == []
