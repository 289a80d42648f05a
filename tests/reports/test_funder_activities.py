"""Group activities in the funder report: meetings, participants present and anonymous
participants per kind of activity, and people who only came to an activity counted
among the report's participants."""

from datetime import date, datetime, time, timedelta

import pytest
from django.utils import timezone, translation

from activities.models import ActivitySeries, Attendance, Meeting, SignUp
from clients.models import Client
from counselling.models import CounsellingSession
from reports import funders
from reports.selectors import Period, Scope

FIRST, LAST = date(2026, 3, 1), date(2026, 3, 31)


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def at(day, hour=17):
    return timezone.make_aware(datetime.combine(day, time(hour)))


def workshop(office, by, *, kind="workshop", people=(), absent=(), anonymous=0, day=None):
    day = day or FIRST + timedelta(days=9)
    series = ActivitySeries.objects.create(
        kind=kind, title="Renting a flat", office=office, capacity=20,
        starts_on=FIRST, ends_on=LAST, created_by=by,
    )  # fmt: skip
    meeting = Meeting.objects.create(
        series=series, starts_at=at(day), ends_at=at(day, 19), anonymous_count=anonymous
    )
    for client, status in [*((c, "present") for c in people), *((c, "absent") for c in absent)]:
        sign_up = SignUp.objects.create(
            series=series, client=client, status="confirmed", signed_up_by=by
        )
        Attendance.objects.create(meeting=meeting, sign_up=sign_up, status=status, recorded_by=by)
    return meeting


def numbers(user):
    return funders.funder_numbers(user=user, scope=Scope(period=Period(FIRST, LAST)))


def test_activities_are_counted_per_kind_and_their_people_are_participants(
    coordinator, counsellor, office_a, office_b, client_a
):
    only_came = [Client.objects.create(given_name=f"Learner {n}", segment="bip") for n in range(6)]
    CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_a, started_at=at(FIRST)
    )
    workshop(office_a, counsellor, people=[*only_came, client_a], absent=[], anonymous=4)
    workshop(office_a, counsellor, kind="language_cafe", people=only_came[:2], anonymous=7)
    cancelled = workshop(office_a, counsellor, people=only_came, anonymous=9)
    Meeting.objects.filter(pk=cancelled.pk).update(cancelled=True)
    workshop(office_a, counsellor, people=only_came, day=LAST + timedelta(days=1))  # after
    workshop(office_b, counsellor, people=only_came, anonymous=30)  # another office

    shown = numbers(coordinator)
    assert shown.activities == {"workshop": (1, 7, 4), "language_cafe": (1, 2, 7)}
    assert shown.activity_participants == 7
    # The session's client and the six who only came to activities, each once.
    assert shown.count() == 7
    assert shown.count(segment="bip") == 6

    table = next(t for t in funders.funder_tables(shown) if t.slug == "activities")
    cells = {label: [str(cell.shown) for cell in row] for label, row in table.rows}
    # One meeting each and two café participants are small; the workshop's seven would
    # give the café's two away from the total, so it is hidden too.
    assert cells["Workshop"] == ["<5", "hidden", "<5"]
    assert cells["Language café"] == ["<5", "<5", "hidden"]  # 11 - 7 would give the 4 away
    assert cells["Total"] == ["<5", "7", "11"]


def test_someone_absent_is_not_a_participant(coordinator, counsellor, office_a):
    absent = Client.objects.create(given_name="Away")
    workshop(office_a, counsellor, absent=[absent])
    shown = numbers(coordinator)
    assert shown.activities == {"workshop": (1, 0, 0)}
    assert shown.count() == 0
