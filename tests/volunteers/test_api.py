"""Volunteers and matches under /api/v1/: the same rules as the pages (the form and the
service), the same scope, and audited reads."""

from datetime import timedelta

import pytest

from counselling.models import AuditEvent
from volunteers.models import CheckIn, Match

from .conftest import TODAY, make_match, make_volunteer


@pytest.fixture
def api(coordinator, sign_in):
    return sign_in(coordinator)


def _post(api, url, data):
    return api.post(url, data, content_type="application/json")


def test_coordinator_lists_and_reads_volunteers_of_their_offices(api, office_a, office_b, mentor):
    make_volunteer("Sergei", office_b)

    listed = api.get("/api/v1/volunteers/?language=prs")

    assert listed.status_code == 200
    assert [row["first_name"] for row in listed.json()["results"]] == ["Farid"]
    assert api.get(f"/api/v1/volunteers/{mentor.pk}/").json()["languages"] == ["prs", "en"]
    assert AuditEvent.objects.filter(detail__list="volunteers", detail__via="api").exists()


def test_coordinator_adds_and_changes_a_volunteer(api, office_a):
    created = _post(
        api,
        "/api/v1/volunteers/",
        {
            "first_name": "Abdi", "offices": [office_a.pk], "kinds": ["work_mentor"],
            "languages": ["so"], "skills": ["forklift"], "places": ["Itäkeskus"],
        },
    )  # fmt: skip
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]

    changed = api.patch(
        f"/api/v1/volunteers/{pk}/", {"availability": "Saturdays"}, content_type="application/json"
    )
    assert changed.status_code == 200, changed.json()
    assert changed.json()["availability"] == "Saturdays"
    assert changed.json()["skills"] == ["forklift"] and changed.json()["offices"] == [office_a.pk]

    bad = api.patch(
        f"/api/v1/volunteers/{pk}/",
        {"background_checked_on": TODAY.isoformat()},
        content_type="application/json",
    )
    assert bad.status_code == 400
    assert "background_check_expires_on" in bad.json()


def test_a_match_through_the_api_follows_the_same_rules(api, newcomer, mentor, office_a):
    expired = make_volunteer("Old", office_a, expires_on=TODAY - timedelta(days=1))
    data = {"client": newcomer.pk, "office": office_a.pk, "kind": "adaptation_mentor"}

    refused = _post(api, "/api/v1/matches/", {**data, "volunteer": expired.pk})
    assert refused.status_code == 400
    assert "no valid background check" in refused.json()["non_field_errors"][0]
    assert not Match.objects.exists()

    made = _post(api, "/api/v1/matches/", {**data, "volunteer": mentor.pk})
    assert made.status_code == 201, made.json()
    assert made.json()["shared_fields"] == ["first_name", "languages"]

    overlap = _post(api, "/api/v1/matches/", {**data, "volunteer": mentor.pk})
    assert overlap.status_code == 400
    assert "already has" in overlap.json()["non_field_errors"][0]
    assert Match.objects.count() == 1

    garbage = _post(api, "/api/v1/matches/", {**data, "volunteer": "x", "starts_on": "soon"})
    assert garbage.status_code == 400
    assert {"volunteer", "starts_on"} <= set(garbage.json())


def test_a_client_of_another_office_is_no_such_record(api, client_b, mentor, office_a):
    response = _post(
        api,
        "/api/v1/matches/",
        {
            "client": client_b.pk,
            "volunteer": mentor.pk,
            "office": office_a.pk,
            "kind": "work_mentor",
        },
    )
    assert response.status_code == 400
    assert response.json() == {"client": ["No such record."]}


def test_check_ins_and_ending_through_the_api(api, newcomer, mentor, office_a, coordinator):
    match = make_match(newcomer, mentor, office_a, made_by=coordinator)
    url = f"/api/v1/matches/{match.pk}/"

    logged = _post(api, url + "check-ins/", {"on": TODAY.isoformat(), "note": "All well."})
    assert logged.status_code == 201, logged.json()
    assert [row["note"] for row in api.get(url + "check-ins/").json()] == ["All well."]
    assert _post(api, url + "check-ins/", {"on": "2000-01-01"}).status_code == 400
    assert CheckIn.objects.count() == 1

    assert _post(api, url + "end/", {"ended_on": TODAY.isoformat()}).status_code == 400
    ended = _post(api, url + "end/", {"ended_on": TODAY.isoformat(), "outcome": "partly_met"})
    assert ended.status_code == 200
    assert (ended.json()["status"], ended.json()["outcome"]) == ("ended", "partly_met")
    again = _post(api, url + "end/", {"ended_on": TODAY.isoformat(), "outcome": "partly_met"})
    assert again.status_code == 400


def test_reading_a_match_is_audited_with_its_client(api, newcomer, mentor, office_a, coordinator):
    match = make_match(newcomer, mentor, office_a, made_by=coordinator)
    assert api.get(f"/api/v1/matches/{match.pk}/").status_code == 200
    assert AuditEvent.objects.filter(
        object_type="volunteers.match", object_id=match.pk, client_id=newcomer.pk, action="view"
    ).exists()
