"""A counsellor refers a client to a partner; the partner opens the e-mail's signed link
in another browser, confirms with the one-time code, accepts and reports the outcome;
the counsellor sees both answers on the client's page. Every page passes axe, and the
partner's pages are right-to-left in Arabic.

No Celery worker runs here: the e-mails stay in the outbox, which is where the partner's
link and code are read from."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from clients.models import Consent
from counselling.models import OutgoingMessage
from referrals import services
from referrals.models import Organisation, Referral, Service
from tests.conftest import PASSWORD

from .conftest import sign_in_through_the_form

pytestmark = pytest.mark.browser

PHONE = "+37255512345"


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(
        name="Töötukassa", name_en="Unemployment Insurance Fund", name_et="Töötukassa",
        kind="employment", country="EE", email="referrals@tootukassa.example.org",
        language="et",
    )  # fmt: skip


@pytest.fixture
def service(organisation):
    return Service.objects.create(
        organisation=organisation, name="Job search counselling",
        name_en="Job search counselling", name_et="Tööotsingu nõustamine",
        languages=["et", "ru", "en"], response_days=5,
    )  # fmt: skip


@pytest.fixture
def consented(client_a, counsellor, organisation):
    """Olena, with a phone number that must not reach the partner, and her consent to
    share with the organisation."""
    client_a.phone = PHONE
    client_a.preferred_language = "uk"
    client_a.save()
    Consent.objects.create(
        client=client_a, scope=Consent.Scope.SHARING, partner_name=organisation.name,
        recorded_by=counsellor,
    )  # fmt: skip
    return client_a


def _path_of_link(message: OutgoingMessage) -> str:
    """The partner link in the e-mail, as a path on the live server (the e-mail names
    SITE_URL, not the test server)."""
    url = re.search(r"https?://\S+/partner/link/\S+", message.body_text).group(0)
    return urlsplit(url).path


def _latest_code() -> str:
    message = OutgoingMessage.objects.filter(kind="partner-code").latest("pk")
    return re.search(r"^\s*(\d{6})\s*$", message.body_text, re.MULTILINE).group(1)


def test_referral_goes_to_the_partner_and_its_answers_come_back(
    open_page, counsellor, consented, service
):
    client = consented
    counsellor_page = open_page()
    sign_in_through_the_form(counsellor_page, counsellor.username, PASSWORD)
    page = counsellor_page.page

    counsellor_page.go(client.cases.get().get_absolute_url())
    page.get_by_role("link", name="Refer to a partner").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Refer to a partner")
    page.get_by_label("Service").select_option(
        label="Unemployment Insurance Fund: Job search counselling"
    )
    page.get_by_label("Reason for the referral").fill(
        "Looking for work as a nurse; needs a recognition of her diploma."
    )
    expect(page.get_by_label("Name", exact=True)).to_be_checked()
    expect(page.get_by_label("Language and interpreter")).to_be_checked()
    expect(page.get_by_label("Phone")).not_to_be_checked()
    assert counsellor_page.axe_violations() == []

    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check the referral")
    preview = page.locator(".preview")
    expect(preview).to_contain_text("Olena Kovalenko")
    expect(preview).to_contain_text("Looking for work as a nurse")
    expect(page.locator("main")).not_to_contain_text(PHONE)
    assert counsellor_page.axe_violations() == []

    page.get_by_role("button", name="Send the referral").click()
    expect(page).to_have_url(re.compile(r"/referrals/\d+/$"))
    referral = Referral.objects.get(client=client)
    expect(page.get_by_role("status")).to_contain_text(f"Referral {referral.reference} sent")
    assert counsellor_page.axe_violations() == []
    assert set(referral.shared) == {"name", "language"}

    # The partner, in a browser of their own: no session of the counsellor's.
    partner_page = open_page()
    partner = partner_page.page
    partner_page.go(_path_of_link(OutgoingMessage.objects.get(kind="referral")))
    expect(partner.get_by_role("heading", level=1)).to_have_text("A referral is waiting")
    expect(partner.locator("main")).not_to_contain_text("Kovalenko")
    assert partner_page.axe_violations() == []

    partner.get_by_role("button", name="Send me a code").click()
    expect(partner.get_by_role("status")).to_contain_text("A code was sent to")
    partner.get_by_label("One-time code").fill(_latest_code())
    partner.get_by_role("button", name="Open the referral").click()

    expect(partner).to_have_url(re.compile(rf"/partner/referrals/{referral.uid}/$"))
    expect(partner.locator("main")).to_contain_text("Olena Kovalenko")
    expect(partner.locator("main")).not_to_contain_text(PHONE)
    assert partner_page.axe_violations() == []
    partner.get_by_role("button", name="Accept").click()
    expect(partner.get_by_role("status")).to_contain_text("The counsellor has been told")

    partner.get_by_label("Outcome").select_option(label="Service provided")
    partner.get_by_role("button", name="Report the outcome").click()
    expect(partner.get_by_role("status")).to_contain_text("The counsellor has been told")
    expect(partner.locator(".events")).to_contain_text("Completed")
    assert partner_page.axe_violations() == []
    referral.refresh_from_db()
    assert (referral.status, referral.outcome) == ("completed", "provided")

    counsellor_page.go(client.get_absolute_url())
    entry = page.locator(".timeline-entry.referral")
    expect(entry).to_contain_text("Referral to Unemployment Insurance Fund")
    expect(entry.locator(".events")).to_contain_text("Accepted")
    expect(entry.locator(".events")).to_contain_text("Completed")
    expect(entry.locator(".events")).to_contain_text("Service provided")
    assert counsellor_page.axe_violations() == []

    entry.get_by_role("link", name=referral.reference).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(referral.reference)
    expect(page.locator(".facts").first).to_contain_text("Service provided")
    assert counsellor_page.axe_violations() == []

    assert counsellor_page.console_errors == []
    assert partner_page.console_errors == []


@pytest.fixture
def sent_referral(counsellor, consented, service):
    return services.send_referral(
        user=counsellor, case=consented.cases.get(), client=consented, service=service,
        reason="Looking for work as a nurse; needs a recognition of her diploma.",
        shared_fields=["name", "language"], wished_by=timezone.localdate() + timedelta(days=7),
    )  # fmt: skip


def test_partner_pages_read_right_to_left_in_arabic(open_page, sent_referral):
    # The buttons by their names in the catalogue: the test follows the translation.
    with translation.override("ar"):
        send_code, open_referral, accept, code_label = (
            gettext("Send me a code"),
            gettext("Open the referral"),
            gettext("Accept"),
            gettext("One-time code"),
        )
    page = open_page()
    partner = page.page
    page.go(_path_of_link(OutgoingMessage.objects.get(kind="referral")))
    partner.get_by_label("Language", exact=True).select_option("ar")
    partner.get_by_role("button", name="Change").click()

    html = partner.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(partner).to_have_url(re.compile(r"/partner/link/"))
    assert page.axe_violations() == []

    partner.get_by_role("button", name=send_code).click()
    expect(partner.get_by_role("status")).to_be_visible()  # the code is in the outbox
    partner.get_by_label(code_label).fill(_latest_code())
    partner.get_by_role("button", name=open_referral).click()

    expect(partner).to_have_url(re.compile(rf"/partner/referrals/{sent_referral.uid}/$"))
    expect(html).to_have_attribute("dir", "rtl")
    expect(partner.locator("main")).to_contain_text("Olena Kovalenko")
    expect(partner.get_by_role("button", name=accept)).to_be_visible()
    assert page.axe_violations() == []
    assert page.console_errors == []
