"""Programmes through /api/v1/: the same rules, scope and audit as the pages."""

import pytest

from counselling.models import AuditEvent, CounsellingSession
from programmes import services
from programmes.models import Enrolment, PlanGoal
from tests.conftest import PASSWORD

JSON = "application/json"


@pytest.fixture
def auth(client):
    def _token(user) -> dict:
        response = client.post(
            "/api/v1/auth/token/",
            {"username": user.username, "password": PASSWORD},
            content_type=JSON,
        )
        assert response.status_code == 200, response.content
        return {"HTTP_AUTHORIZATION": f"Token {response.json()['token']}"}

    return _token


def test_programmes_are_listed_with_their_phases(client, auth, counsellor):
    response = client.get("/api/v1/programmes/", **auth(counsellor))

    assert response.status_code == 200
    support = next(p for p in response.json()["results"] if p["code"] == "support_person")
    assert [phase["name"] for phase in support["phases"]] == [
        "Support person (0–4 months)", "Coordinator reception", "Mentoring", "Closed",
    ]  # fmt: skip


def test_enrol_and_move_through_the_api(
    client, auth, counsellor, client_a, office_a, support_person, phases
):
    token = auth(counsellor)
    body = {
        "client": client_a.pk, "programme": support_person.pk, "office": office_a.pk,
        "responsible": counsellor.pk,
    }  # fmt: skip
    created = client.post("/api/v1/enrolments/", body, content_type=JSON, **token)
    assert created.status_code == 201, created.content
    enrolment = created.json()
    assert enrolment["phase"] == phases[0].pk and len(enrolment["spells"]) == 1

    again = client.post("/api/v1/enrolments/", body, content_type=JSON, **token)
    assert again.status_code == 400
    assert "already enrolled" in again.json()["non_field_errors"][0]

    move = f"/api/v1/enrolments/{enrolment['id']}/move/"
    skip = client.post(move, {"phase": phases[2].pk}, content_type=JSON, **token)
    assert skip.status_code == 400
    assert "next phase, back one step" in skip.json()["non_field_errors"][0]
    bad = client.post(move, {"phase": "mentoring"}, content_type=JSON, **token)
    assert bad.status_code == 400 and "phase" in bad.json()

    moved = client.post(move, {"phase": phases[1].pk}, content_type=JSON, **token)
    assert moved.status_code == 200, moved.content
    assert moved.json()["phase"] == phases[1].pk
    assert moved.json()["responsible"] == counsellor.pk
    assert [s["phase"] for s in moved.json()["spells"]] == [phases[0].pk, phases[1].pk]


def test_another_offices_enrolment_is_not_found_and_not_movable(
    client, auth, counsellor, counsellor_b, client_b, office_b, support_person, phases
):
    theirs = services.enrol(
        client=client_b, programme=support_person, office=office_b,
        responsible=counsellor_b, by=counsellor_b,
    )  # fmt: skip
    token = auth(counsellor)

    assert client.get(f"/api/v1/enrolments/{theirs.pk}/", **token).status_code == 404
    moved = client.post(
        f"/api/v1/enrolments/{theirs.pk}/move/", {"phase": phases[1].pk},
        content_type=JSON, **token,
    )  # fmt: skip
    assert moved.status_code == 404
    listed = client.get("/api/v1/enrolments/", **token).json()
    assert listed["count"] == 0
    goal = client.post(
        "/api/v1/plan-goals/", {"enrolment": theirs.pk, "kind": "bank"}, content_type=JSON,
        **token,
    )  # fmt: skip
    assert goal.status_code == 400 and goal.json() == {"enrolment": ["No such record."]}
    theirs.refresh_from_db()
    assert theirs.phase == phases[0]


def test_receptionists_read_but_do_not_move(client, auth, receptionist, enrolment, phases):
    token = auth(receptionist)

    assert client.get(f"/api/v1/enrolments/{enrolment.pk}/", **token).status_code == 200
    moved = client.post(
        f"/api/v1/enrolments/{enrolment.pk}/move/", {"phase": phases[1].pk},
        content_type=JSON, **token,
    )  # fmt: skip
    assert moved.status_code == 403


def test_reading_enrolments_is_audited(client, auth, counsellor, enrolment, client_a):
    token = auth(counsellor)
    client.get("/api/v1/enrolments/", **token)
    client.get(f"/api/v1/enrolments/{enrolment.pk}/", **token)

    listed = AuditEvent.objects.filter(detail__list="enrolments").get()
    assert listed.detail["clients"] == [client_a.pk]
    assert AuditEvent.objects.filter(
        action="view", object_type="programmes.enrolment", client_id=client_a.pk
    ).exists()


def test_plan_goals_through_the_api(client, auth, counsellor, enrolment, client_a, office_a):
    token = auth(counsellor)
    created = client.post(
        "/api/v1/plan-goals/",
        {"enrolment": enrolment.pk, "kind": "housing", "target_on": "2026-05-01"},
        content_type=JSON,
        **token,
    )
    assert created.status_code == 201, created.content
    goal_id = created.json()["id"]
    other = client.post(
        "/api/v1/plan-goals/", {"enrolment": enrolment.pk, "kind": "other"}, content_type=JSON,
        **token,
    )  # fmt: skip
    assert other.status_code == 400 and other.json()["non_field_errors"] == ["Describe the goal."]

    session = CounsellingSession.objects.create(
        client=client_a, counsellor=counsellor, office=office_a
    )
    reviewed = client.post(
        f"/api/v1/plan-goals/{goal_id}/review/",
        {"status": "in_progress", "session": session.pk},
        content_type=JSON,
        **token,
    )
    assert reviewed.status_code == 200, reviewed.content
    assert reviewed.json()["status"] == "in_progress"
    goal = PlanGoal.objects.get(pk=goal_id)
    assert goal.reviews.filter(session=session).exists()
    listed = client.get(f"/api/v1/plan-goals/?enrolment={enrolment.pk}", **token).json()
    assert [g["id"] for g in listed["results"]] == [goal_id]


def test_a_malformed_body_is_a_400(client, auth, counsellor, enrolment):
    token = auth(counsellor)
    for body in ([1, 2], {"client": "x", "programme": None}):
        response = client.post("/api/v1/enrolments/", body, content_type=JSON, **token)
        assert response.status_code == 400
    assert Enrolment.objects.count() == 1


def test_enrolling_at_another_office_or_an_unseen_client_is_a_400(
    client, auth, counsellor, client_a, client_b, office_a, office_b, support_person
):
    token = auth(counsellor)
    body = {
        "client": client_a.pk, "programme": support_person.pk, "office": office_b.pk,
        "responsible": counsellor.pk,
    }  # fmt: skip
    elsewhere = client.post("/api/v1/enrolments/", body, content_type=JSON, **token)
    unseen = client.post(
        "/api/v1/enrolments/", body | {"client": client_b.pk, "office": office_a.pk},
        content_type=JSON, **token,
    )  # fmt: skip

    assert elsewhere.status_code == 400 and "office" in elsewhere.json()
    assert unseen.status_code == 400 and unseen.json() == {"client": ["No such record."]}
    assert not Enrolment.objects.exists()
