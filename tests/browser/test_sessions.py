"""The issue's journey: find a Cyrillic name in Latin letters, open the client, log a
session with an interpreter and two topics, see it at the top of the timeline."""

import re

import pytest
from playwright.sync_api import expect

from clients import taxonomy
from clients.models import Client, Topic
from tests.conftest import PASSWORD

from .conftest import sign_in_through_the_form

pytestmark = pytest.mark.browser


def test_counsellor_logs_a_session_and_sees_it_on_top(open_page, counsellor, office_a):
    taxonomy.load(Topic)
    Client.objects.create(
        registered_office_id=office_a.pk, given_name="Олена", family_name="Коваленко"
    )
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    page.go("/clients/")
    page.page.get_by_label("Name, personal code, phone or e-mail").fill("kovalenko")
    page.page.get_by_role("button", name="Search").click()
    page.page.get_by_role("link", name="Олена Коваленко").click()
    page.page.get_by_role("link", name="Log a session").click()
    assert page.axe_violations() == []

    topics = page.page.get_by_label("Topics")
    topics.select_option(label="Extending a permit")
    topics.select_option(label=["Extending a permit", "Looking for work"])
    page.page.get_by_label("Interpreter language").select_option("uk")
    page.page.get_by_label("Interpreting").select_option("video")
    page.page.get_by_label("Case note").fill("Went through the **extension** form.")
    page.page.get_by_role("button", name="Save the session").click()

    expect(page.page).to_have_url(re.compile(r"/clients/\d+/#timeline$"))
    first = page.page.locator(".timeline-entry").first
    expect(first).to_contain_text("Extending a permit")
    expect(first).to_contain_text("Looking for work")
    expect(first).to_contain_text("Interpreter: українська, By video")
    assert page.axe_violations() == []

    page.page.get_by_label("Language", exact=True).select_option("ar")
    page.page.get_by_role("button", name="Change").click()
    expect(page.page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.page.locator(".timeline-entry").first).to_contain_text("تمديد التصريح")
    assert page.axe_violations() == []
    assert page.console_errors == []
