"""Alerts: background checks expiring within VOLUNTEER_CHECK_EXPIRY_DAYS, and active
matches without a check-in for VOLUNTEER_CHECK_IN_WEEKS. Coordinators see them on a page
and get one digest a day, in their own language, through the outbox."""

import datetime
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from counselling.models import OutgoingMessage, Role
from tests.conftest import make_user
from volunteers import selectors, services, tasks
from volunteers.access import matches_for, volunteers_for
from volunteers.models import CheckIn

from .conftest import TODAY, make_match, make_volunteer

DAY = datetime.date(2026, 3, 2)  # the controlled clock: every date below is relative to it


@pytest.fixture
def alerting(newcomer, office_a, coordinator):
    """On DAY: one check expiring in 10 days, one expired, one fine; one match quiet for
    five weeks, one checked in on last week."""
    soon = make_volunteer(
        "Soon", office_a, checked_on=DAY - timedelta(days=700), expires_on=DAY + timedelta(days=10)
    )
    make_volunteer(
        "Lapsed", office_a, checked_on=DAY - timedelta(days=800), expires_on=DAY - timedelta(days=3)
    )
    fine = make_volunteer(
        "Fine", office_a, checked_on=DAY - timedelta(days=10), expires_on=DAY + timedelta(days=300)
    )
    quiet = make_match(
        newcomer, soon, office_a, made_by=coordinator, starts_on=DAY - timedelta(weeks=8)
    )
    CheckIn.objects.create(match=quiet, on=DAY - timedelta(weeks=5), by=coordinator)
    lively = make_match(
        newcomer, fine, office_a, made_by=coordinator, kind="work_mentor",
        starts_on=DAY - timedelta(weeks=8),
    )  # fmt: skip
    CheckIn.objects.create(match=lively, on=DAY - timedelta(weeks=1), by=coordinator)
    return quiet


def test_alerts_list_checks_expiring_soon_or_expired_and_matches_gone_quiet(alerting, coordinator):
    checks = selectors.expiring_checks(volunteers_for(coordinator), today=DAY, days=30)
    quiet = selectors.quiet_matches(matches_for(coordinator), today=DAY, weeks=4)

    assert [v.first_name for v in checks] == ["Lapsed", "Soon"]
    assert list(quiet) == [alerting]
    assert selectors.quiet_matches(matches_for(coordinator), today=DAY, weeks=6).count() == 0
    assert selectors.expiring_checks(volunteers_for(coordinator), today=DAY, days=5).count() == 1


def test_a_new_match_without_check_ins_counts_from_its_start(
    newcomer, mentor, office_a, coordinator
):
    make_match(newcomer, mentor, office_a, made_by=coordinator, starts_on=DAY - timedelta(weeks=3))
    matches = matches_for(coordinator)
    assert selectors.quiet_matches(matches, today=DAY, weeks=4).count() == 0
    assert selectors.quiet_matches(matches, today=DAY + timedelta(weeks=2), weeks=4).count() == 1


def test_each_coordinator_gets_one_digest_a_day_in_their_language(
    alerting, office_a, office_b, coordinator, django_capture_on_commit_callbacks
):
    coordinator.language = "et"
    coordinator.save()
    make_user("johanna", Role.COORDINATOR, office_b, language="fi")  # nothing in office B

    with django_capture_on_commit_callbacks() as callbacks:
        assert services.send_alert_digests(today=DAY) == 1
    assert len(callbacks) == 1, "the row is handed to the worker on commit"
    message = OutgoingMessage.objects.get(kind="volunteer_alerts")
    assert (message.to_email, message.language) == ("kristi@example.org", "et")
    with translation.override("et"):
        hello = translation.gettext("Hello,")
    for body in (message.body_text, message.body_html):
        assert hello in body
        assert "Soon Volunteer" in body and "Lapsed Volunteer" in body
        assert alerting.reference in body
        assert settings.SITE_URL + reverse("volunteer-alerts") in body
        assert "Kovalenko" not in body and "Olena" not in body, "no client in the e-mail"

    assert services.send_alert_digests(today=DAY) == 0, "a second run that day sends nothing"
    assert services.send_alert_digests(today=DAY + timedelta(days=1)) == 1, "the next day again"


def test_nothing_to_tell_sends_nothing(mentor, coordinator):
    assert services.send_alert_digests(today=TODAY) == 0
    assert not OutgoingMessage.objects.exists()


def test_the_daily_task_is_scheduled_and_runs_the_service(coordinator):
    entry = settings.CELERY_BEAT_SCHEDULE["volunteer-alerts"]
    assert entry["task"] == tasks.send_alert_digests.name == "volunteers.tasks.send_alert_digests"
    assert tasks.send_alert_digests.run() == 0


def test_the_alerts_page_lists_them_for_the_coordinator(newcomer, office_a, coordinator, sign_in):
    make_volunteer("Soon", office_a, expires_on=TODAY + timedelta(days=5))
    quiet = make_match(
        newcomer,
        make_volunteer("Quiet", office_a),
        office_a,
        made_by=coordinator,
        starts_on=TODAY - timedelta(weeks=10),
    )
    page = sign_in(coordinator).get(reverse("volunteer-alerts")).content.decode()
    assert "Soon Volunteer" in page
    assert quiet.reference in page and newcomer.reference in page


def test_the_alerts_page_runs_the_same_queries_for_any_number_of_alerts(
    newcomer, client_b, office_a, coordinator, sign_in, django_assert_num_queries
):
    for name, client in (("One", newcomer), ("Two", client_b)):
        volunteer = make_volunteer(name, office_a, expires_on=TODAY + timedelta(days=5))
        make_match(
            client, volunteer, office_a, made_by=coordinator, starts_on=TODAY - timedelta(weeks=9)
        )
    browser = sign_in(coordinator)
    browser.get(reverse("volunteer-alerts"))
    # 1 session, 2 user, 3 OTP device, 4 office ids, 5 the expiring checks, 6 the quiet
    # matches with client, volunteer and office, 7 the audit event's home office, 8 the
    # audit event.
    with django_assert_num_queries(8):
        page = browser.get(reverse("volunteer-alerts")).content.decode()
    assert "One Volunteer" in page and "Two Volunteer" in page
