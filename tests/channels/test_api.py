"""Intake over /api/v1/: the public contact endpoint and the staff's inquiries,
call-backs and walk-ins."""

import json

import pytest

from channels import services
from channels.models import CallBack, Inquiry, RawSubmission, Visit
from counselling.models import AuditEvent, OutgoingMessage

SUBMISSION = {
    "name": "Ahmad",
    "reply_by": "email",
    "email": "ahmad@example.org",
    "language": "ar",
    "topic": "work",
    "message": "هل يمكنني العمل أثناء انتظار القرار؟",
    "consent": True,
}


def _post(client, path, data, **headers):
    return client.post(path, json.dumps(data), content_type="application/json", **headers)


@pytest.fixture
def topics(db):
    from clients import taxonomy
    from clients.models import Topic

    taxonomy.load(Topic)


def test_another_site_submits_an_inquiry_and_gets_its_reference(client, office_a, topics):
    response = _post(
        client,
        "/api/v1/contact/",
        SUBMISSION,
        HTTP_ORIGIN="https://www.tallinn.example",
        HTTP_IDEMPOTENCY_KEY="abc-1",
    )

    assert response.status_code == 201, response.json()
    inquiry = Inquiry.objects.get()
    assert response.json() == {"reference": inquiry.reference}
    assert inquiry.topic.code == "work"
    assert bytes(RawSubmission.objects.get().payload) == json.dumps(SUBMISSION).encode()
    assert OutgoingMessage.objects.get().kind == "inquiry_received"


def test_a_retried_request_with_the_same_key_makes_one_inquiry(client, office_a, topics):
    first = _post(client, "/api/v1/contact/", SUBMISSION, HTTP_IDEMPOTENCY_KEY="k")
    second = _post(client, "/api/v1/contact/", SUBMISSION, HTTP_IDEMPOTENCY_KEY="k")

    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()
    assert Inquiry.objects.count() == 1


def test_only_configured_origins_may_post_from_a_browser(client, office_a, topics, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.tallinn.example"]

    allowed = client.options(
        "/api/v1/contact/",
        HTTP_ORIGIN="https://www.tallinn.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    other = client.options(
        "/api/v1/contact/",
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    staff_api = client.options(
        "/api/v1/inquiries/",
        HTTP_ORIGIN="https://www.tallinn.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )

    assert allowed["Access-Control-Allow-Origin"] == "https://www.tallinn.example"
    assert "Access-Control-Allow-Origin" not in other
    assert "Access-Control-Allow-Origin" not in staff_api


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not an address"),
        ("consent", False),
        ("message", "x" * 100_000),
        ("name", "A\u202eB"),
        ("topic", "no-such-topic"),
        ("language", ["ar"]),
    ],
)
def test_bad_submissions_are_a_400_naming_the_field(client, office_a, topics, field, value):
    response = _post(client, "/api/v1/contact/", {**SUBMISSION, field: value})

    assert response.status_code == 400
    assert field in response.json()
    assert not Inquiry.objects.exists()


def test_a_filled_honeypot_is_counted_and_looks_accepted(client, office_a, topics):
    response = _post(client, "/api/v1/contact/", {**SUBMISSION, "website": "x"})

    assert response.status_code == 201
    assert not Inquiry.objects.exists()
    assert not RawSubmission.objects.exists()


def test_staff_list_and_answer_inquiries_over_the_api(counsellor, sign_in, office_a, office_b):
    mine = Inquiry.objects.create(
        channel="email",
        office=office_a,
        language="ru",
        email="a@example.org",
        due_at="2026-01-01T00:00:00Z",
    )
    Inquiry.objects.create(
        channel="email", office=office_b, language="ru", due_at="2026-01-01T00:00:00Z"
    )
    api = sign_in(counsellor)

    listed = api.get("/api/v1/inquiries/", {"overdue": "true"}).json()
    replied = _post(api, f"/api/v1/inquiries/{mine.pk}/reply/", {"body": "Hello"})
    closed = _post(api, f"/api/v1/inquiries/{mine.pk}/close/", {"outcome": "answered"})
    bogus = _post(api, f"/api/v1/inquiries/{mine.pk}/close/", {"outcome": "bogus"})

    assert [row["id"] for row in listed["results"]] == [mine.pk]
    assert replied.status_code == 200 and replied.json()["status"] == "answered"
    assert replied.json()["messages"][-1]["body"] == "Hello"
    assert closed.json()["status"] == "closed"
    assert bogus.status_code == 400 and "outcome" in bogus.json()
    assert AuditEvent.objects.filter(detail__list="inquiries").exists()


def test_call_backs_and_walk_ins_over_the_api(counsellor, receptionist, sign_in, office_a):
    call = services.log_call(
        inquiry=Inquiry(office=office_a, phone="+37251234567", language="ru"),
        question="?",
        answer="",
        call_back=True,
        call_back_when="",
        logged_by=counsellor,
    )
    services.register_visit(visit=Visit(office=office_a, language="uk"), registered_by=receptionist)
    api = sign_in(counsellor)

    queue = api.get("/api/v1/call-backs/", {"status": "open"}).json()
    tried = _post(
        api, f"/api/v1/call-backs/{call.call_backs.get().pk}/attempt/", {"result": "reached"}
    )
    walk_ins = api.get("/api/v1/walk-ins/", {"office": office_a.pk}).json()

    assert queue["count"] == 1
    assert tried.json()["status"] == "done"
    assert CallBack.objects.get().status == "done"
    assert [row["number"] for row in walk_ins["results"]] == [1]
