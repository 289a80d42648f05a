"""A coordinator walks a client through the support-person service in a real browser:
moves them to the next phase, matches a mentor from the volunteer suggestions and
records attendance at a workshop. Every page on the way passes axe-core, left to right
in English and right to left in Arabic."""

import importlib
import re
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone
from playwright.sync_api import expect

from activities import services as activity_services
from activities.models import ActivitySeries, Attendance, Meeting
from clients import taxonomy
from clients.models import Topic
from programmes import services as programme_services
from programmes.models import PhaseSpell, Programme
from tests.integration.test_report_journey import sign_in_with_two_factor
from volunteers.models import Match, SupportKind, Volunteer
from volunteers.sharing import LANGUAGE_NAMES

pytestmark = [pytest.mark.browser, pytest.mark.integration]

SEED_PROGRAMMES = importlib.import_module("programmes.migrations.0002_seed_programmes")


def reload_migration_data() -> None:
    """Transactional tests (the live server's) flush what the data migrations wrote:
    put the topic taxonomy and the seeded programmes back. Both are idempotent."""
    if not Topic.objects.exists():
        taxonomy.load(Topic)
    SEED_PROGRAMMES.seed(apps, None)


def make_mentor(office, **changes) -> Volunteer:
    today = timezone.localdate()
    values = {
        "first_name": "Farid",
        "last_name": "Mentor",
        "languages": ["prs", "en"],
        "places": ["Annelinn"],
        "kinds": [SupportKind.ADAPTATION_MENTOR],
        "background_checked_on": today - timedelta(days=30),
        "background_check_expires_on": today + timedelta(days=365),
        "availability": "Weekday evenings",
    } | changes
    volunteer = Volunteer.objects.create(**values)
    volunteer.offices.set([office])
    return volunteer


def make_workshop(office, user, **changes) -> ActivitySeries:
    today = timezone.localdate()
    values = {
        "kind": ActivitySeries.Kind.WORKSHOP,
        "title": "Finding a flat in Tartu",
        "languages": ["et", "ru"],
        "office": office,
        "place": "Room 2",
        "capacity": 10,
        "starts_on": today - timedelta(days=7),
        "ends_on": today + timedelta(days=60),
        "created_by": user,
    } | changes
    return ActivitySeries.objects.create(**values)


def make_meeting(series, *, days: int = 0, hour: int = 10) -> Meeting:
    day = timezone.localdate() + timedelta(days=days)
    starts = timezone.make_aware(timezone.datetime(day.year, day.month, day.day, hour, 0))
    return Meeting.objects.create(
        series=series, starts_at=starts, ends_at=starts + timedelta(hours=2)
    )


@pytest.fixture
def support_client(transactional_db, client_a, office_a, counsellor, coordinator):
    """Office A's client, speaking Dari and Russian in Annelinn, enrolled in the
    support-person service in its first phase, signed up for a workshop meeting today."""
    reload_migration_data()
    client_a.preferred_language = "prs"
    client_a.other_languages = ["ru"]
    client_a.municipality = "Annelinn"
    client_a.save()
    programme = Programme.objects.get(code="support_person")
    programme_services.enrol(
        client=client_a,
        programme=programme,
        office=office_a,
        responsible=counsellor,
        by=coordinator,
    )
    series = make_workshop(office_a, coordinator)
    make_meeting(series)
    activity_services.sign_up(user=coordinator, series=series, client=client_a)
    return client_a


def axe_clean(page, where: str) -> None:
    assert page.axe_violations() == [], where


def test_a_coordinator_moves_a_client_on_matches_a_mentor_and_records_attendance(
    open_page, coordinator, office_a, support_client
):
    mentor = make_mentor(office_a)
    # Someone who must never be suggested: the check has expired.
    make_mentor(
        office_a,
        first_name="Expired",
        background_check_expires_on=timezone.localdate() - timedelta(days=1),
    )
    enrolment = support_client.enrolments.get()
    series = ActivitySeries.objects.get()
    meeting = series.meetings.get()
    sign_up = series.sign_ups.get()

    page = open_page()
    sign_in_with_two_factor(page, coordinator)
    expect(page.page.get_by_role("heading", level=1)).to_be_visible()

    # 1. The enrolment page: on to the next phase, with a history row.
    page.go(support_client.get_absolute_url())
    page.page.get_by_role("link", name="Support-person service", exact=True).click()
    expect(page.page.get_by_role("heading", level=1)).to_contain_text("Support-person service")
    facts = page.page.locator("dl.facts")
    expect(facts).to_contain_text("Support person (0–4 months)")
    axe_clean(page, "enrolment page")
    page.page.get_by_label("On to Coordinator reception").check()
    page.page.get_by_label("Note").fill("Housing found; the coordinator takes over.")
    page.page.get_by_role("button", name="Move", exact=True).click()

    expect(page.page.get_by_text("Moved to Coordinator reception.")).to_be_visible()
    expect(facts.locator("dd").first).to_have_text("Coordinator reception")
    history = page.page.get_by_role("table", name="Phase history").locator("tbody tr")
    expect(history).to_have_count(2)
    expect(history.nth(1)).to_contain_text("Coordinator reception")
    expect(history.nth(1)).to_contain_text("Housing found; the coordinator takes over.")
    expect(history.nth(0).locator("td").nth(2)).not_to_have_text("—")  # the first spell ended
    axe_clean(page, "enrolment page after the move")
    enrolment.refresh_from_db()
    assert enrolment.phase.name == "Coordinator reception"
    assert PhaseSpell.objects.filter(enrolment=enrolment).count() == 2

    # 2. Find a volunteer from the client page, and match the mentor.
    page.page.get_by_role("link", name="Back to the client").click()
    page.page.get_by_role("link", name="Find a volunteer").click()
    expect(page.page.get_by_role("heading", name="Find a volunteer", level=1)).to_be_visible()
    axe_clean(page, "volunteer suggestions, empty")
    page.page.get_by_label("Kind of support").select_option(SupportKind.ADAPTATION_MENTOR)
    page.page.get_by_role("button", name="Suggest volunteers").click()
    suggestions = page.page.get_by_role("table", name="Suggestions").locator("tbody tr")
    expect(suggestions).to_have_count(1)  # not the one whose check has expired
    expect(suggestions.first).to_contain_text("Farid Mentor")
    expect(suggestions.first).to_contain_text(f"speaks {LANGUAGE_NAMES['prs']}")
    expect(suggestions.first).to_contain_text("same place")
    axe_clean(page, "volunteer suggestions")
    suggest_url = page.page.url

    suggestions.first.get_by_role("link", name=re.compile("^Match with")).click()
    expect(page.page.get_by_role("heading", name="Match with a volunteer", level=1)).to_be_visible()
    expect(page.page.get_by_label("Volunteer", exact=True)).to_have_value(str(mentor.pk))
    expect(page.page.get_by_label("Kind of support")).to_have_value(SupportKind.ADAPTATION_MENTOR)
    axe_clean(page, "match form")
    match_url = page.page.url
    page.page.get_by_role("textbox", name="Needs summary").fill(
        "Help with the housing office and the bank."
    )
    page.page.get_by_role("button", name="Make the match").click()

    expect(page.page.get_by_text(re.compile("matched with Farid Mentor"))).to_be_visible()
    expect(page.page.get_by_role("heading", level=1)).to_contain_text("Adaptation mentor match")
    axe_clean(page, "match page")
    match = Match.objects.get()
    assert (match.client, match.volunteer, match.kind) == (
        support_client,
        mentor,
        SupportKind.ADAPTATION_MENTOR,
    )
    assert match.status == Match.Status.ACTIVE and match.made_by == coordinator

    # 3. Attendance at the workshop's meeting.
    page.go("/activities/")
    page.page.get_by_role("link", name=series.title).click()
    page.page.get_by_role("table", name="Meetings").get_by_role("link", name="Attendance").click()
    expect(page.page.get_by_role("heading", name="Attendance", level=1)).to_be_visible()
    axe_clean(page, "attendance page")
    attendance_url = page.page.url
    participant = page.page.get_by_role("group", name=re.compile("Kovalenko"))
    participant.get_by_label("Present").check()
    page.page.get_by_label("Anonymous participants").fill("3")
    page.page.get_by_role("button", name="Save attendance").click()

    expect(page.page.get_by_text("Attendance saved.")).to_be_visible()
    row = page.page.get_by_role("table", name="Meetings").locator("tbody tr").first
    expect(row.locator("td").nth(3)).to_have_text("1")  # present
    expect(row.locator("td").nth(4)).to_have_text("3")  # anonymous
    mark = Attendance.objects.get(meeting=meeting)
    assert (mark.sign_up, mark.status, mark.recorded_by) == (
        sign_up,
        Attendance.Status.PRESENT,
        coordinator,
    )
    meeting.refresh_from_db()
    assert meeting.anonymous_count == 3
    page.page.goto(attendance_url)
    expect(participant.get_by_label("Present")).to_be_checked()  # saved, shown again
    axe_clean(page, "attendance page, marked")

    # The same pages right to left, in Arabic.
    switcher = page.page.locator("form.language-switcher")
    switcher.get_by_label("Language").select_option("ar")
    switcher.get_by_role("button").click()
    html = page.page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    for where, url in {
        "enrolment page": page.base_url + enrolment.get_absolute_url(),
        "volunteer suggestions": suggest_url,
        "match form": match_url,
        "match page": page.base_url + match.get_absolute_url(),
        "attendance page": attendance_url,
    }.items():
        assert page.page.goto(url).status == 200, where
        expect(html).to_have_attribute("lang", "ar")
        expect(html).to_have_attribute("dir", "rtl")
        expect(page.page.get_by_role("heading", level=1)).to_be_visible()
        axe_clean(page, f"{where} (ar)")
    assert page.console_errors == []
