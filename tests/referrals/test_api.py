"""Referrals through /api/v1/: the same rules as the pages; a partner user's token sees
their organisation's referrals only and may answer them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from clients.models import Consent
from counselling.models import AuditEvent
from referrals.models import Referral
from tests.conftest import PASSWORD

JSON = "application/json"


def _token(client, user) -> dict:
    response = client.post(
        "/api/v1/auth/token/", {"username": user.username, "password": PASSWORD}, content_type=JSON
    )
    assert response.status_code == 200, response.content
    return {"HTTP_AUTHORIZATION": f"Token {response.json()['token']}"}


@pytest.fixture
def referral(send, consent):
    return send()


def _referral_body(the_case, the_client, the_service, **changes):
    return {
        "case": the_case.pk, "client": the_client.pk, "service": the_service.pk,
        "reason": "Needs help finding work.", "shared_fields": ["name"],
        "wished_by": (timezone.localdate() + timedelta(days=7)).isoformat(),
    } | changes  # fmt: skip


def test_staff_send_a_referral_through_the_api(
    client, counsellor, case, client_a, service, consent
):
    auth = _token(client, counsellor)
    response = client.post(
        "/api/v1/referrals/", _referral_body(case, client_a, service), content_type=JSON, **auth
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "sent" and body["consent"] == consent.pk
    assert body["shared"] == [{"label": "Name", "value": "Olena Kovalenko"}]
    assert [event["status"] for event in body["events"]] == ["sent"]


def test_the_api_applies_the_consent_gate(client, counsellor, case, client_a, service):
    auth = _token(client, counsellor)
    response = client.post(
        "/api/v1/referrals/", _referral_body(case, client_a, service), content_type=JSON, **auth
    )
    assert response.status_code == 400
    assert "has not consented" in response.json()["non_field_errors"][0]
    assert Referral.objects.count() == 0


def test_bad_input_gets_a_400_naming_the_field(
    client, counsellor, case, client_a, service, consent
):
    auth = _token(client, counsellor)
    for changes, field in [
        ({"service": 999999}, "service"),
        ({"wished_by": "tomorrow"}, "wished_by"),
        ({"shared_fields": ["diagnosis"]}, "shared_fields"),
        ({"case": "x"}, "case"),
    ]:
        response = client.post(
            "/api/v1/referrals/",
            _referral_body(case, client_a, service, **changes),
            content_type=JSON,
            **auth,
        )
        assert response.status_code == 400, (changes, response.content)
        assert field in response.json()
    assert Referral.objects.count() == 0


def test_partner_token_sees_only_its_organisations_referrals_and_answers_them(
    client, referral, partner_user, other_organisation, send, service
):
    service.organisation = other_organisation
    service.save()
    Consent.objects.create(
        client=referral.client, scope="sharing", partner_name="Kela", recorded_by=referral.made_by
    )
    elsewhere = send()
    auth = _token(client, partner_user)

    listed = client.get("/api/v1/referrals/", **auth).json()["results"]
    assert [item["uid"] for item in listed] == [str(referral.uid)]
    assert "client" not in listed[0] and "id" not in listed[0]
    assert client.get(f"/api/v1/referrals/{elsewhere.uid}/", **auth).status_code == 404
    assert client.get(f"/api/v1/referrals/{referral.pk}/", **auth).status_code == 404
    refused = client.post(
        f"/api/v1/referrals/{elsewhere.uid}/status/",
        {"status": "accepted"},
        content_type=JSON,
        **auth,
    )
    assert refused.status_code == 404

    accepted = client.post(
        f"/api/v1/referrals/{referral.uid}/status/",
        {"status": "accepted"},
        content_type=JSON,
        **auth,
    )
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    events = client.get(f"/api/v1/referrals/{referral.uid}/events/", **auth).json()
    assert [(e["status"], e["by_partner"]) for e in events] == [("sent", False), ("accepted", True)]
    assert all("actor" not in event for event in events)
    assert AuditEvent.objects.filter(
        object_id=referral.pk, actor_id=partner_user.pk, action="update"
    ).exists()


def test_partner_cannot_withdraw_and_staff_cannot_accept(
    client, referral, partner_user, counsellor
):
    auth = _token(client, partner_user)
    response = client.post(
        f"/api/v1/referrals/{referral.uid}/status/",
        {"status": "withdrawn"},
        content_type=JSON,
        **auth,
    )
    assert response.status_code == 400
    auth = _token(client, counsellor)
    response = client.post(
        f"/api/v1/referrals/{referral.pk}/status/",
        {"status": "accepted"},
        content_type=JSON,
        **auth,
    )
    assert response.status_code == 400
    response = client.post(
        f"/api/v1/referrals/{referral.pk}/status/",
        {"status": "withdrawn", "note": "Found another way."},
        content_type=JSON,
        **auth,
    )
    assert response.status_code == 200 and response.json()["status"] == "withdrawn"


def test_a_closed_referral_shows_the_partner_no_details(client, referral, partner_user):
    auth = _token(client, partner_user)
    client.post(
        f"/api/v1/referrals/{referral.uid}/status/",
        {"status": "declined", "decline_reason": "no_capacity"},
        content_type=JSON,
        **auth,
    )
    body = client.get(f"/api/v1/referrals/{referral.uid}/", **auth).json()
    assert body["status"] == "declined" and body["shared"] == [] and body["reason"] == ""


def test_partners_cannot_read_client_or_directory_endpoints(client, partner_user, referral):
    auth = _token(client, partner_user)
    for path in ("/api/v1/clients/", "/api/v1/cases/", "/api/v1/partners/", "/api/v1/inquiries/"):
        assert client.get(path, **auth).status_code == 403, path


def test_staff_read_the_directory(client, counsellor, service):
    auth = _token(client, counsellor)
    partners = client.get("/api/v1/partners/", **auth).json()["results"]
    assert partners[0]["uid"] == str(service.organisation.uid)
    services_ = client.get("/api/v1/services/?active=true", **auth).json()["results"]
    assert services_[0]["name"] == "Job search counselling"


def test_another_office_cannot_see_the_referral_through_the_api(client, counsellor_b, referral):
    auth = _token(client, counsellor_b)
    assert client.get(f"/api/v1/referrals/{referral.pk}/", **auth).status_code == 404
    assert client.get("/api/v1/referrals/", **auth).json()["results"] == []
