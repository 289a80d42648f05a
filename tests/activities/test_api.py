"""Group activities through /api/v1/: the same rules, access policy and audit as the pages."""

from datetime import timedelta

from django.utils import timezone

from activities import services
from activities.models import ActivitySeries, Attendance, Meeting, SignUp
from counselling.models import AuditEvent
from tests.activities.conftest import make_meeting
from tests.conftest import PASSWORD

JSON = "application/json"


def _token(client, user) -> dict:
    response = client.post(
        "/api/v1/auth/token/", {"username": user.username, "password": PASSWORD}, content_type=JSON
    )
    assert response.status_code == 200, response.content
    return {"HTTP_AUTHORIZATION": f"Token {response.json()['token']}"}


def test_a_series_is_created_and_changed_through_the_api(client, counsellor, office_a):
    auth = _token(client, counsellor)
    today = timezone.localdate()
    body = {
        "kind": "civic_orientation", "title": "Living in Estonia", "topic": "programmes",
        "languages": ["ru", "uk"], "office": office_a.pk, "capacity": 12,
        "starts_on": today.isoformat(), "ends_on": (today + timedelta(days=30)).isoformat(),
    }  # fmt: skip

    response = client.post("/api/v1/activities/", body, content_type=JSON, **auth)

    assert response.status_code == 201, response.content
    created = response.json()
    assert (created["confirmed"], created["waiting"], created["languages"]) == (0, 0, ["ru", "uk"])
    response = client.patch(
        f"/api/v1/activities/{created['id']}/", {"capacity": 15}, content_type=JSON, **auth
    )
    assert response.status_code == 200, response.content
    assert ActivitySeries.objects.get().capacity == 15


def test_capacity_below_the_confirmed_places_is_a_400(client, counsellor, series, people):
    for person in people[:2]:
        services.sign_up(user=counsellor, series=series, client=person)
    auth = _token(client, counsellor)

    response = client.patch(
        f"/api/v1/activities/{series.pk}/", {"capacity": 1}, content_type=JSON, **auth
    )

    assert response.status_code == 400
    assert "already have a confirmed place" in response.json()["capacity"][0]
    series.refresh_from_db()
    assert series.capacity == 2


def test_a_meeting_outside_the_series_dates_is_a_400(client, counsellor, series):
    auth = _token(client, counsellor)
    late = series.ends_on + timedelta(days=3)
    body = {
        "series": series.pk,
        "starts_at": f"{late.isoformat()}T17:00",
        "ends_at": f"{late.isoformat()}T19:00",
    }

    response = client.post("/api/v1/meetings/", body, content_type=JSON, **auth)

    assert response.status_code == 400
    assert "within the series' dates" in response.json()["starts_at"][0]
    assert not Meeting.objects.exists()


def test_sign_ups_through_the_api_fill_places_then_the_waiting_list(
    client, receptionist, series, people
):
    auth = _token(client, receptionist)

    statuses = [
        client.post(
            "/api/v1/sign-ups/", {"series": series.pk, "client": c.pk}, content_type=JSON, **auth
        ).json()["status"]
        for c in people
    ]
    again = client.post(
        "/api/v1/sign-ups/", {"series": series.pk, "client": people[0].pk}, content_type=JSON,
        **auth,
    )  # fmt: skip

    assert statuses == ["confirmed", "confirmed", "waiting"]
    assert again.status_code == 400
    assert "already signed up" in again.json()["non_field_errors"][0]
    first = SignUp.objects.get(client=people[0])
    response = client.post(f"/api/v1/sign-ups/{first.pk}/cancel/", content_type=JSON, **auth)
    assert response.json()["status"] == "cancelled"
    assert SignUp.objects.get(client=people[2]).status == "confirmed"


def test_another_offices_series_and_client_are_not_found(
    client, counsellor, series_b, client_b, series
):
    auth = _token(client, counsellor)

    on_other_series = client.post(
        "/api/v1/sign-ups/", {"series": series_b.pk, "client": client_b.pk}, content_type=JSON,
        **auth,
    )  # fmt: skip
    other_client = client.post(
        "/api/v1/sign-ups/", {"series": series.pk, "client": client_b.pk}, content_type=JSON,
        **auth,
    )  # fmt: skip

    assert on_other_series.json() == {"series": ["No such record."]}
    assert other_client.json() == {"client": ["No such record."]}
    assert client.get(f"/api/v1/activities/{series_b.pk}/", **auth).status_code == 404
    assert [s["id"] for s in client.get("/api/v1/activities/", **auth).json()["results"]] == [
        series.pk
    ]


def test_attendance_through_the_api_is_audited(client, counsellor, series, people):
    entries = [services.sign_up(user=counsellor, series=series, client=c) for c in people]
    meeting = make_meeting(series, days=-1)
    auth = _token(client, counsellor)

    response = client.post(
        f"/api/v1/meetings/{meeting.pk}/attendance/",
        {"marks": {str(entries[0].pk): "present", str(entries[1].pk): "absent"},
         "anonymous_count": 2},
        content_type=JSON, **auth,
    )  # fmt: skip
    waiting = client.post(
        f"/api/v1/meetings/{meeting.pk}/attendance/",
        {"marks": {str(entries[2].pk): "present"}, "anonymous_count": 2},
        content_type=JSON, **auth,
    )  # fmt: skip

    assert response.status_code == 200, response.content
    assert {row["client"]: row["status"] for row in response.json()} == {
        people[0].pk: "present", people[1].pk: "absent"
    }  # fmt: skip
    assert waiting.status_code == 400
    assert Attendance.objects.count() == 2
    read = AuditEvent.objects.filter(action="view", object_type="activities.meeting").last()
    assert read.detail["clients"] == [people[0].pk, people[1].pk]


def test_a_bad_attendance_mark_is_a_400(client, counsellor, series, people):
    entry = services.sign_up(user=counsellor, series=series, client=people[0])
    meeting = make_meeting(series)
    auth = _token(client, counsellor)

    response = client.post(
        f"/api/v1/meetings/{meeting.pk}/attendance/",
        {"marks": {str(entry.pk): "asleep"}, "anonymous_count": "many"},
        content_type=JSON, **auth,
    )  # fmt: skip

    assert response.status_code == 400
    assert set(response.json()) == {f"mark_{entry.pk}", "anonymous_count"}


def test_a_receptionist_cannot_create_a_series(client, receptionist, office_a):
    auth = _token(client, receptionist)

    response = client.post("/api/v1/activities/", {"title": "x"}, content_type=JSON, **auth)

    assert response.status_code == 403


def test_marks_that_are_not_an_object_are_a_400(client, counsellor, series):
    meeting = make_meeting(series)
    auth = _token(client, counsellor)

    response = client.post(
        f"/api/v1/meetings/{meeting.pk}/attendance/",
        {"marks": ["present"], "anonymous_count": 1},
        content_type=JSON, **auth,
    )  # fmt: skip

    assert response.status_code == 400
    assert list(response.json()) == ["marks"]
    meeting.refresh_from_db()
    assert meeting.anonymous_count == 0
