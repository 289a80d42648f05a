"""Outreach through /api/v1/: the same forms, services, scope and audit as the pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from channels.models import Inquiry
from counselling.models import AuditAction, AuditEvent
from outreach.models import OutreachEvent, Tally
from tests.conftest import PASSWORD

JSON = "application/json"
EVENTS = "/api/v1/outreach-events/"


@pytest.fixture
def api(client):
    def _as(user) -> dict:
        response = client.post(
            "/api/v1/auth/token/",
            {"username": user.username, "password": PASSWORD},
            content_type=JSON,
        )
        assert response.status_code == 200, response.content
        return {"HTTP_AUTHORIZATION": f"Token {response.json()['token']}"}

    return _as


def _new_event(office, **changes) -> dict:
    start = timezone.now() + timedelta(days=5)
    return {
        "kind": "fair", "title": "Newcomers' fair", "office": office.pk, "place": "Town hall",
        "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=4)).isoformat(),
    } | changes  # fmt: skip


def test_staff_list_their_offices_events_with_tallies(client, api, receptionist, event, event_b):
    auth = api(receptionist)
    client.post(
        f"{EVENTS}{event.pk}/tally/", {"topic": "work", "language": "ru"}, content_type=JSON, **auth
    )

    response = client.get(EVENTS, **auth)

    assert response.status_code == 200
    (listed,) = response.json()["results"]
    assert listed["id"] == event.pk
    assert listed["tallies"] == [{"topic": "work", "language": "ru", "count": 1}]
    assert client.get(f"{EVENTS}{event_b.pk}/", **auth).status_code == 404


def test_a_counsellor_creates_and_edits_an_event(client, api, counsellor, colleague, office_a):
    auth = api(counsellor)

    created = client.post(
        EVENTS, _new_event(office_a, staff=[counsellor.pk, colleague.pk]), content_type=JSON, **auth
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert sorted(body["staff"]) == sorted([counsellor.pk, colleague.pk])

    changed = client.patch(
        f"{EVENTS}{body['id']}/", {"place": "Library"}, content_type=JSON, **auth
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["place"] == "Library"
    assert sorted(changed.json()["staff"]) == sorted([counsellor.pk, colleague.pk])


def test_a_receptionist_cannot_plan_an_event(client, api, receptionist, office_a):
    response = client.post(EVENTS, _new_event(office_a), content_type=JSON, **api(receptionist))

    assert response.status_code == 403
    assert not OutreachEvent.objects.exists()


def test_an_event_ending_before_it_starts_is_a_400(client, api, counsellor, office_a, event):
    auth = api(counsellor)
    start = timezone.now() + timedelta(days=5)

    created = client.post(
        EVENTS, _new_event(office_a, ends_at=(start - timedelta(hours=1)).isoformat()),
        content_type=JSON, **auth,
    )  # fmt: skip
    changed = client.patch(
        f"{EVENTS}{event.pk}/", {"ends_at": (event.starts_at - timedelta(minutes=1)).isoformat()},
        content_type=JSON, **auth,
    )  # fmt: skip

    assert created.status_code == 400
    assert created.json()["ends_at"] == ["The event must end after it starts."]
    assert changed.status_code == 400
    assert OutreachEvent.objects.count() == 1
    event.refresh_from_db()
    assert event.ends_at > event.starts_at


def test_taps_and_undo_through_the_api(client, api, counsellor, event):
    auth = api(counsellor)
    tap = {"topic": "health", "language": "ar"}

    client.post(f"{EVENTS}{event.pk}/tally/", tap, content_type=JSON, **auth)
    client.post(f"{EVENTS}{event.pk}/tally/", tap | {"count": 4}, content_type=JSON, **auth)
    undone = client.post(f"{EVENTS}{event.pk}/undo/", tap, content_type=JSON, **auth)

    assert undone.status_code == 200
    assert undone.json()["tallies"] == [{"topic": "health", "language": "ar", "count": 4}]
    too_many = client.post(
        f"{EVENTS}{event.pk}/undo/", tap | {"count": 5}, content_type=JSON, **auth
    )
    assert too_many.status_code == 400
    assert too_many.json() == {"non_field_errors": ["There is nothing to undo."]}


@pytest.mark.parametrize(
    ("sent", "field"),
    [
        ({"topic": "nope", "language": "ru"}, "topic"),
        ({"topic": "work", "language": "zz"}, "language"),
        ({"topic": "work", "language": "ru", "count": -1}, "count"),
        ({"topic": "work", "language": "ru", "count": [1]}, "count"),
    ],
)
def test_a_bad_tap_through_the_api_is_a_400(client, api, counsellor, event, sent, field):
    response = client.post(f"{EVENTS}{event.pk}/tally/", sent, content_type=JSON, **api(counsellor))

    assert response.status_code == 400
    assert field in response.json()
    assert not Tally.objects.exists()


def test_a_contact_through_the_api_becomes_an_inquiry_and_a_client(client, api, counsellor, event):
    response = client.post(
        f"{EVENTS}{event.pk}/contacts/",
        {
            "language": "ar", "topic": "language", "question": "Where can I learn Finnish?",
            "reply_by": "email",
            "email": "amal@example.org", "consent": True, "register_client": True,
            "given_name": "Amal", "processing_consent": True,
        },
        content_type=JSON, **api(counsellor),
    )  # fmt: skip

    assert response.status_code == 201, response.content
    inquiry = Inquiry.objects.get(pk=response.json()["inquiry"])
    assert inquiry.office == event.office and inquiry.client.given_name == "Amal"
    assert inquiry.topic.code == "language"
    assert response.json()["client"] == inquiry.client_id
    detail = client.get(f"{EVENTS}{event.pk}/", **api(counsellor))
    assert detail.json()["contacts"] == [inquiry.pk]
    read = AuditEvent.objects.filter(action=AuditAction.VIEW, object_id=event.pk).last()
    assert read.detail["clients"] == [inquiry.client_id]


def test_a_contact_without_agreement_through_the_api_saves_nothing(client, api, counsellor, event):
    response = client.post(
        f"{EVENTS}{event.pk}/contacts/",
        {"language": "ar", "question": "?", "reply_by": "visit", "consent": False},
        content_type=JSON, **api(counsellor),
    )  # fmt: skip

    assert response.status_code == 400
    assert "consent" in response.json()
    assert not Inquiry.objects.exists()


def test_another_offices_event_is_not_found_for_taps(client, api, counsellor, event_b):
    response = client.post(
        f"{EVENTS}{event_b.pk}/tally/", {"topic": "work", "language": "ru"},
        content_type=JSON, **api(counsellor),
    )  # fmt: skip

    assert response.status_code == 404
    assert not Tally.objects.exists()
