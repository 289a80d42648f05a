"""Creating and changing series and meetings through the pages, and refusing bad input
with a translated message, nothing half-saved."""

from datetime import timedelta

from django.utils import timezone

from activities import services
from activities.models import ActivitySeries, Meeting
from tests.activities.conftest import make_meeting, make_series


def _series_form(office, **extra):
    today = timezone.localdate()
    return {
        "kind": "support_group",
        "title": "Women's support group",
        "languages": ["ar", "en"],
        "office": office.pk,
        "place": "Room 1",
        "capacity": 8,
        "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=90)).isoformat(),
        **extra,
    }


def test_a_counsellor_creates_a_series_and_adds_a_meeting(client, sign_in, counsellor, office_a):
    sign_in(counsellor)

    response = client.post("/activities/new/", _series_form(office_a, facilitator=counsellor.pk))

    series = ActivitySeries.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/activities/{series.pk}/"
    assert (series.facilitator, series.created_by, series.languages) == (
        counsellor, counsellor, ["ar", "en"]
    )  # fmt: skip
    day = timezone.localdate() + timedelta(days=3)
    response = client.post(
        f"/activities/{series.pk}/meetings/new/",
        {
            "starts_at": f"{day.isoformat()}T17:00",
            "ends_at": f"{day.isoformat()}T19:00",
            "interpreter_language": "ar",
            "interpreter_mode": "on_site",
            "interpreter_name": "Tõlkebüroo Example",
        },
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.interpreter_language, meeting.interpreter_name) == ("ar", "Tõlkebüroo Example")
    page = client.get(f"/activities/{series.pk}/").content.decode()
    assert "Women&#x27;s support group" in page
    assert "Tõlkebüroo Example" in page


def test_a_meeting_outside_the_series_dates_is_refused(client, sign_in, counsellor, series):
    sign_in(counsellor)
    late = series.ends_on + timedelta(days=1)

    response = client.post(
        f"/activities/{series.pk}/meetings/new/",
        {"starts_at": f"{late.isoformat()}T17:00", "ends_at": f"{late.isoformat()}T19:00"},
    )

    assert response.status_code == 400
    assert "The meeting must be within the series" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_meeting_ending_before_it_starts_is_refused(client, sign_in, counsellor, series):
    sign_in(counsellor)
    day = timezone.localdate().isoformat()

    response = client.post(
        f"/activities/{series.pk}/meetings/new/",
        {"starts_at": f"{day}T17:00", "ends_at": f"{day}T16:00"},
    )

    assert response.status_code == 400
    assert "A meeting must end after it starts." in response.content.decode()
    assert not Meeting.objects.exists()


def test_moving_an_existing_meeting_outside_the_dates_is_refused_and_it_stays(
    client, sign_in, counsellor, series
):
    meeting = make_meeting(series)
    sign_in(counsellor)
    late = series.ends_on + timedelta(days=2)

    response = client.post(
        f"/meetings/{meeting.pk}/edit/",
        {"starts_at": f"{late.isoformat()}T17:00", "ends_at": f"{late.isoformat()}T19:00"},
    )

    assert response.status_code == 400
    meeting.refresh_from_db()
    assert meeting.starts_at.date() != late


def test_capacity_below_the_confirmed_places_is_refused_and_nothing_changes(
    client, sign_in, counsellor, series, people
):
    for person in people[:2]:
        services.sign_up(user=counsellor, series=series, client=person)
    sign_in(counsellor)
    form = _series_form(series.office, title="Renamed", capacity=1)

    response = client.post(f"/activities/{series.pk}/edit/", form)

    assert response.status_code == 400
    assert "2 people already have a confirmed place" in response.content.decode()
    series.refresh_from_db()
    assert (series.capacity, series.title) == (2, "Russian–Estonian language café")


def test_new_dates_that_leave_a_meeting_outside_are_refused(client, sign_in, counsellor, series):
    make_meeting(series, days=30)
    sign_in(counsellor)
    today = timezone.localdate()
    form = _series_form(series.office, ends_on=(today + timedelta(days=10)).isoformat())

    response = client.post(f"/activities/{series.pk}/edit/", form)

    assert response.status_code == 400
    assert "Some meetings fall outside these dates" in response.content.decode()


def test_the_last_day_before_the_first_is_refused(client, sign_in, counsellor, office_a):
    sign_in(counsellor)
    today = timezone.localdate()

    response = client.post(
        "/activities/new/",
        _series_form(office_a, ends_on=(today - timedelta(days=1)).isoformat(), capacity=0),
    )

    assert response.status_code == 400
    assert "The last day cannot be before the first day." in response.content.decode()
    assert not ActivitySeries.objects.exists()


def test_more_places_move_the_waiting_list_up(counsellor, series, people):
    *_, waiting = (services.sign_up(user=counsellor, series=series, client=c) for c in people)

    services.update_series(user=counsellor, series=series, values={"capacity": 3})

    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_an_office_is_offered_only_among_the_users_own(client, sign_in, counsellor, office_b):
    sign_in(counsellor)

    response = client.post("/activities/new/", _series_form(office_b))

    assert response.status_code == 400
    assert not ActivitySeries.objects.exists()


def test_the_list_shows_my_offices_series_in_a_fixed_number_of_queries(
    client, sign_in, counsellor, office_a, series, series_b, people, django_assert_num_queries
):
    for n in range(3):
        extra = make_series(office_a, counsellor, title=f"Workshop {n}", facilitator=counsellor)
        make_meeting(extra, days=n + 1)
        services.sign_up(user=counsellor, series=extra, client=people[n])
    sign_in(counsellor)
    client.get("/activities/")  # warm the session

    # 1 session, 2 user, 3 user's offices, 4 count for the paginator, 5 the series with
    # their counts and next meeting
    with django_assert_num_queries(5):
        response = client.get("/activities/")

    page = response.content.decode()
    assert "Workshop 2" in page
    assert series.title in page
    assert "Narva café" not in page


def test_the_series_page_is_an_audited_read_of_its_participants(
    client, sign_in, receptionist, counsellor, series, people
):
    from counselling.models import AuditEvent

    entry = services.sign_up(user=counsellor, series=series, client=people[0])
    sign_in(receptionist)

    response = client.get(f"/activities/{series.pk}/")

    assert response.status_code == 200
    assert "Svetlana" in response.content.decode()
    event = AuditEvent.objects.filter(action="view", object_type="activities.activityseries").get()
    assert event.detail == {"clients": [entry.client_id]}
    assert event.office_id == series.office_id


def test_the_series_page_costs_the_same_with_more_meetings_and_people(
    client, sign_in, counsellor, series, people, django_assert_num_queries
):
    series.capacity = 2
    series.save(update_fields=["capacity"])
    for person in people:
        services.sign_up(user=counsellor, series=series, client=person)
    for days in (-7, -1, 6, 13):
        make_meeting(series, days=days, place="Hall")
    sign_in(counsellor)
    client.get(f"/activities/{series.pk}/")  # warm the session

    # 1 session, 2 user, 3 user's offices, 4 the series with office, facilitator and
    # topic, 5 its meetings with their present counts, 6 its sign-ups with the clients,
    # 7 the audit event
    with django_assert_num_queries(7):
        response = client.get(f"/activities/{series.pk}/")

    assert response.content.decode().count("/attendance/") == 4
