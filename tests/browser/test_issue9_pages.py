"""The list pages of programmes, volunteers, group activities, outreach and adviser
training pass axe-core with something on them, left to right and right to left."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from activities import services as activity_services
from clients.models import Client, Topic
from counselling.models import Case
from knowledge.models import Page
from outreach.models import OutreachEvent, Tally
from programmes import services as programme_services
from programmes.models import Programme
from tests.integration.test_report_journey import sign_in_with_two_factor
from tests.integration.test_support_journey import (
    make_meeting,
    make_mentor,
    make_workshop,
    reload_migration_data,
)
from training.models import Completion, TrainingModule
from volunteers.models import Match, SupportKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# path: (heading, what the page shows of the data below, so that axe reads filled pages)
PAGES = {
    "/programmes/": ("Programmes", ["Kovalenko", "Rahimi", "days over"]),
    "/volunteers/": ("Volunteers", ["Farid Mentor", "Leyla Mentor"]),
    "/volunteers/alerts/": (
        "Volunteer alerts",
        ["Leyla Mentor", "Adaptation mentor", "Farid Mentor", "none yet"],
    ),
    "/activities/": ("Group activities", ["Finding a flat in Tartu"]),
    "/outreach/": ("Outreach", ["Pop-up at the library"]),
    "/training/": ("Training", ["New adviser basics", "Working with an interpreter"]),
    "/training/matrix/": ("Training: who is missing what", ["New adviser basics", "mari"]),
}


@pytest.fixture
def issue9_data(office_a, coordinator, counsellor, colleague, client_a):
    """A little of everything at office A: an overrunning enrolment and one on time,
    volunteers (one check about to expire) with a match gone quiet, a workshop with a
    meeting and a participant, an outreach pop-up with a tally, a training module."""
    reload_migration_data()
    now, today = timezone.now(), timezone.localdate()
    second = Client.objects.create(given_name="Ahmad", family_name="Rahimi")
    Case.objects.create(client=second, office=office_a, owner=colleague)
    support = Programme.objects.get(code="support_person")
    programme_services.enrol(
        client=client_a, programme=support, office=office_a, responsible=counsellor,
        by=coordinator, at=now - timedelta(days=200),
    )  # fmt: skip
    programme_services.enrol(
        client=second, programme=support, office=office_a, responsible=colleague, by=coordinator
    )

    mentor = make_mentor(office_a)
    make_mentor(
        office_a,
        first_name="Leyla",
        languages=["ar", "ru"],
        kinds=[SupportKind.LANGUAGE_PARTNER],
        background_check_expires_on=today + timedelta(days=10),
    )
    Match.objects.create(
        client=client_a, volunteer=mentor, office=office_a, kind=SupportKind.ADAPTATION_MENTOR,
        made_by=coordinator, starts_on=today - timedelta(weeks=8),
        shared_fields=["first_name", "languages"],
    )  # fmt: skip

    series = make_workshop(office_a, coordinator)
    make_meeting(series, days=2)
    activity_services.sign_up(user=coordinator, series=series, client=second)

    event = OutreachEvent.objects.create(
        title="Pop-up at the library",
        office=office_a,
        place="Central library, ground floor",
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=2),
    )
    event.staff.set([counsellor])
    Tally.objects.create(event=event, topic=Topic.objects.first(), language="ru", count=4)

    pages = [
        Page.objects.create(slug=slug, audience="staff", title_en=title)
        for slug, title in [
            ("working-with-an-interpreter", "Working with an interpreter"),
            ("first-meeting", "The first meeting"),
        ]
    ]
    module = TrainingModule.objects.create(name="New adviser basics", audience="counsellors")
    module.pages.set(pages)
    Completion.objects.create(user=counsellor, page=pages[0])


def test_the_issue9_list_pages_pass_axe_in_english_and_arabic(open_page, coordinator, issue9_data):
    page = open_page()
    sign_in_with_two_factor(page, coordinator)
    expect(page.page.get_by_role("heading", level=1)).to_be_visible()
    for path, (heading, shown) in PAGES.items():
        assert page.go(path).status == 200, path
        expect(page.page.get_by_role("heading", name=heading, level=1)).to_be_visible()
        for text in shown:
            expect(page.page.locator("main")).to_contain_text(text)
        assert page.axe_violations() == [], path
    switcher = page.page.locator("form.language-switcher")
    switcher.get_by_label("Language").select_option("ar")
    switcher.get_by_role("button").click()
    html = page.page.locator("html")
    for path in PAGES:
        assert page.go(path).status == 200, path
        expect(html).to_have_attribute("dir", "rtl")
        expect(html).to_have_attribute("lang", "ar")
        assert page.axe_violations() == [], path
    assert page.console_errors == []
