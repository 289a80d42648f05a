"""A coordinator restricts the processing of a client's data (GDPR art. 18): the record
can still be read and exported, but nothing of it changes — on the pages, over the API
or in any app's service — and the client is left out of surveys and e-mails, until the
restriction is lifted. Erasure is not blocked by it (only a legal hold blocks that)."""

import json
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from activities import services as activity_services
from activities.models import SignUp
from clients import services as client_services
from clients import taxonomy
from clients.models import Client, Consent, Topic
from counselling import services as counselling_services
from counselling.models import AuditAction, AuditEvent, CounsellingSession, OutgoingMessage
from privacy import services
from privacy.models import Restriction
from programmes import services as programme_services
from programmes.models import Programme
from referrals.models import Organisation, Referral, Service
from referrals.services import send_referral
from reports import surveys
from reports.models import SurveyInvitation
from tests.activities.conftest import make_meeting, make_series
from tests.clients.test_profile_and_consents import _profile
from tests.volunteers.conftest import make_match, make_volunteer
from volunteers import services as volunteer_services
from volunteers.models import Match
from volunteers.selectors import quiet_matches

REFUSED = "Processing of this client&#x27;s data is restricted"


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def restricted(client_a, coordinator):
    services.restrict(client=client_a, reason="Accuracy contested", by=coordinator, office_id=None)
    return client_a


def test_a_coordinator_restricts_and_the_client_page_is_read_only(
    sign_in, coordinator, client, client_a
):
    sign_in(coordinator)
    url = reverse("privacy-restriction-place", args=[client_a.pk])
    response = client.post(url, {"reason": "Accuracy contested"})
    assert response.status_code == 302
    restriction = Restriction.objects.active().get(client=client_a)
    client_a.refresh_from_db()
    assert client_a.restricted_at == restriction.placed_at
    event = AuditEvent.objects.get(action=AuditAction.CREATE, object_type="privacy.restriction")
    assert (event.client_id, event.object_id) == (client_a.pk, restriction.pk)
    page = client.get(client_a.get_absolute_url()).content.decode()
    assert "Processing restricted: Accuracy contested" in page
    assert "The record is read-only" in page
    assert "Lift the restriction" in page
    for button in ("Edit profile", "Log a session", "Open a case", "Record a consent"):
        assert button not in page, button
    assert "Merge a duplicate" not in page


def test_a_second_restriction_is_refused_and_one_needs_a_reason(
    sign_in, coordinator, client, restricted
):
    sign_in(coordinator)
    url = reverse("privacy-restriction-place", args=[restricted.pk])
    again = client.post(url, {"reason": "Objection"})
    assert again.status_code == 400
    assert "already restricted" in again.content.decode()
    assert client.post(url, {"reason": " "}).status_code == 400
    assert Restriction.objects.filter(client=restricted).count() == 1


def test_the_profile_cannot_be_edited_and_nothing_is_saved(sign_in, counsellor, client, restricted):
    sign_in(counsellor)
    phone = restricted.phone
    response = client.post(
        reverse("client-edit", args=[restricted.pk]), _profile(restricted, phone="5123 4567")
    )
    assert response.status_code == 400
    assert REFUSED in response.content.decode()
    restricted.refresh_from_db()
    assert restricted.phone == phone
    assert not AuditEvent.objects.filter(
        action=AuditAction.UPDATE, object_type="clients.client"
    ).exists()


def test_the_api_refuses_a_profile_change_with_the_reason(sign_in, counsellor, restricted):
    api = sign_in(counsellor)
    response = api.patch(
        f"/api/v1/clients/{restricted.pk}/",
        json.dumps({"phone": "5123 4567"}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "restricted" in response.json()["detail"]
    assert Client.objects.get(pk=restricted.pk).phone == ""
    # Reading stays allowed.
    assert api.get(f"/api/v1/clients/{restricted.pk}/").status_code == 200


def test_no_session_is_logged(sign_in, counsellor, client, office_a, restricted):
    taxonomy.load(Topic)
    sign_in(counsellor)
    response = client.post(
        reverse("session-create", args=[restricted.pk]),
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "duration_minutes": "45",
            "channel": "in_person",
            "office": office_a.pk,
            "topics": ["residence-extension"],
            "note": "Explained the steps.",
            "outcome": "answered",
        },
    )
    assert response.status_code == 400
    assert REFUSED in response.content.decode()
    assert not CounsellingSession.objects.filter(client=restricted).exists()


def test_no_consent_is_recorded_and_no_case_opened(counsellor, office_a, restricted):
    with pytest.raises(ValidationError, match="restricted"):
        counselling_services.open_case(
            case=restricted.cases.model(client=restricted, office=office_a, owner=counsellor),
            opened_by=counsellor,
            topics=[],
        )
    with pytest.raises(ValidationError, match="restricted"):
        client_services.record_consent(
            client=restricted, scope=Consent.Scope.CONTACT_EMAIL, recorded_by=counsellor
        )
    assert restricted.cases.count() == 1 and not restricted.consents.exists()


def test_no_referral_is_sent(counsellor, restricted):
    organisation = Organisation.objects.create(
        name="Töötukassa", kind="employment", country="EE", email="r@example.org", language="et"
    )
    service = Service.objects.create(organisation=organisation, name="Jobs", response_days=5)
    with pytest.raises(ValidationError, match="restricted"):
        send_referral(
            user=counsellor,
            case=restricted.cases.get(),
            client=restricted,
            service=service,
            reason="Work",
            shared_fields=["name"],
            wished_by=timezone.localdate() + timedelta(days=7),
        )
    assert not Referral.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_no_activity_sign_up_on_the_client_page(sign_in, counsellor, client, restricted):
    series = make_series(counsellor.offices.get(), counsellor)
    sign_in(counsellor)
    page = client.get(restricted.get_absolute_url()).content.decode()
    assert "Sign up" not in page
    response = client.post(f"/clients/{restricted.pk}/activities/", {"series": series.pk})
    assert response.status_code == 400
    assert REFUSED in response.content.decode()
    assert not SignUp.objects.exists()


def test_no_volunteer_match(coordinator, office_a, restricted):
    mentor = make_volunteer("Farid", office_a, languages=["ru"])
    with pytest.raises(ValidationError, match="restricted"):
        volunteer_services.make_match(
            user=coordinator,
            client=restricted,
            volunteer=mentor,
            office=office_a,
            kind="adaptation_mentor",
            starts_on=timezone.localdate(),
            shared_fields=["first_name"],
        )
    assert not Match.objects.exists()


def test_a_duplicate_is_not_merged_into_or_from_a_restricted_record(
    coordinator, office_a, restricted
):
    other = Client.objects.create(given_name="Olena", registered_office_id=office_a.pk)
    for keep, duplicate in ((restricted, other), (other, restricted)):
        with pytest.raises(ValidationError, match="restricted"):
            counselling_services.merge_clients(
                keep=keep, duplicate=duplicate, merged_by=coordinator
            )
    other.refresh_from_db()
    assert other.merged_into_id is None


def _emailable(client, counsellor):
    client.email = "olena@example.org"
    client.save(update_fields=["email"])
    Consent.objects.create(client=client, scope=Consent.Scope.CONTACT_EMAIL, recorded_by=counsellor)


def test_no_survey_invitation_and_no_activity_reminder_until_lifted(
    counsellor, coordinator, client_a
):
    _emailable(client_a, counsellor)
    CounsellingSession.objects.create(
        client=client_a,
        counsellor=counsellor,
        office=counsellor.offices.get(),
        started_at=timezone.now() - timedelta(hours=3),
        channel="phone",
    )
    series = make_series(counsellor.offices.get(), counsellor)
    make_meeting(series, days=1)
    activity_services.sign_up(user=counsellor, series=series, client=client_a)
    restriction = services.restrict(
        client=client_a, reason="Objection", by=coordinator, office_id=None
    )

    assert surveys.invite_after_sessions() == 0
    assert activity_services.send_reminders() == 0
    assert not SurveyInvitation.objects.exists()
    assert not OutgoingMessage.objects.filter(to_email="olena@example.org").exists()

    services.lift_restriction(
        restriction=restriction, reason="Corrected", by=coordinator, office_id=None
    )
    assert surveys.invite_after_sessions() == 1
    assert activity_services.send_reminders() == 1


def test_lifting_restores_editing_and_is_audited_once(sign_in, coordinator, client, restricted):
    sign_in(coordinator)
    restriction = Restriction.objects.active().get(client=restricted)
    url = reverse("privacy-restriction-lift", args=[restriction.pk])
    assert client.post(url, {"reason": "Data corrected"}).status_code == 302
    restriction.refresh_from_db()
    restricted.refresh_from_db()
    assert (restriction.is_active, restriction.lifted_by, restriction.lift_reason) == (
        False,
        coordinator,
        "Data corrected",
    )
    assert restricted.restricted_at is None
    assert AuditEvent.objects.filter(
        action=AuditAction.UPDATE, object_type="privacy.restriction", detail__lifted=True
    ).exists()
    again = client.post(url, {"reason": "Again"})
    assert again.status_code == 400 and "already been lifted" in again.content.decode()
    page = client.get(restricted.get_absolute_url()).content.decode()
    assert "Processing is not restricted." in page and "Edit profile" in page
    response = client.post(
        reverse("client-edit", args=[restricted.pk]), _profile(restricted, phone="5123 4567")
    )
    assert response.status_code == 302
    restricted.refresh_from_db()
    assert restricted.phone == "+37251234567"


def test_another_offices_client_is_not_found_and_counsellors_may_not_restrict(
    sign_in, coordinator, counsellor, client, client_a, client_b
):
    sign_in(coordinator)
    place = reverse("privacy-restriction-place", args=[client_b.pk])
    assert client.post(place, {"reason": "x"}).status_code == 404
    other = services.restrict(client=client_b, reason="x", by=coordinator, office_id=None)
    lift = reverse("privacy-restriction-lift", args=[other.pk])
    assert client.post(lift, {"reason": "x"}).status_code == 404
    assert Restriction.objects.active().filter(client=client_b).exists()
    sign_in(counsellor)
    own = reverse("privacy-restriction-place", args=[client_a.pk])
    assert client.post(own, {"reason": "x"}).status_code == 403
    assert not Restriction.objects.filter(client=client_a).exists()


def test_erasure_is_not_blocked_by_a_restriction(coordinator, restricted):
    services.erase_client(client=restricted, by=coordinator, office_id=None)
    restricted.refresh_from_db()
    assert restricted.erased_at is not None
    assert Restriction.objects.get(client=restricted).reason == ""


def test_the_case_page_is_read_only_too(sign_in, counsellor, client, restricted):
    sign_in(counsellor)
    case = restricted.cases.get()
    page = client.get(case.get_absolute_url()).content.decode()
    assert "the case is read-only until the restriction is lifted" in page
    assert "Edit case" not in page and "Refer to a partner" not in page
    response = client.post(reverse("case-status", args=[case.pk]), {"status": "closed"})
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.status == "open"


def test_the_programme_stands_still_and_volunteer_alerts_skip_the_match(
    counsellor, coordinator, office_a, client_a
):
    programme = Programme.objects.get(code="support_person")
    enrolment = programme_services.enrol(
        client=client_a, programme=programme, office=office_a, responsible=counsellor, by=counsellor
    )
    mentor = make_volunteer("Farid", office_a, languages=["ru"])
    make_match(
        client_a,
        mentor,
        office_a,
        made_by=coordinator,
        starts_on=timezone.localdate() - timedelta(weeks=20),
    )
    coordinator.email = "coordinator@example.org"
    coordinator.save(update_fields=["email"])
    restriction = services.restrict(
        client=client_a, reason="Objection", by=coordinator, office_id=None
    )

    with pytest.raises(ValidationError, match="restricted"):
        programme_services.advance(enrolment=enrolment, by=counsellor)
    with pytest.raises(ValidationError, match="restricted"):
        programme_services.add_goal(enrolment=enrolment, kind="language", by=counsellor)
    enrolment.refresh_from_db()
    assert enrolment.phase.order == 1 and not enrolment.goals.exists()
    assert quiet_matches(Match.objects.all(), today=timezone.localdate()).count() == 1
    assert volunteer_services.send_alert_digests() == 0, "a frozen match is not chased"
    services.lift_restriction(
        restriction=restriction, reason="Done", by=coordinator, office_id=None
    )
    assert volunteer_services.send_alert_digests() == 1
