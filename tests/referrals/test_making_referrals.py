"""Making a referral from a case: consent gate, what is shared, preview, one transaction."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from clients.models import Consent
from counselling.models import AuditEvent, OutgoingMessage
from referrals import links
from referrals.models import Referral, ReferralEvent


def test_referral_without_consent_is_refused_and_nothing_is_saved(send):
    with pytest.raises(
        ValidationError, match="has not consented to sharing with Unemployment Insurance Fund"
    ):
        send()
    assert Referral.objects.count() == 0
    assert OutgoingMessage.objects.count() == 0


def test_a_withdrawn_consent_does_not_count(send, consent, counsellor):
    consent.withdrawn_at, consent.withdrawn_by = timezone.now(), counsellor
    consent.save()
    with pytest.raises(ValidationError, match="has not consented"):
        send()


def test_consent_naming_the_organisation_in_another_language_counts(send, consent):
    consent.partner_name = "  Unemployment   insurance fund "
    consent.save()
    assert send().consent == consent


def test_consent_to_another_organisation_does_not_count(send, client_a, counsellor):
    Consent.objects.create(
        client=client_a, scope="sharing", partner_name="Kela", recorded_by=counsellor
    )
    with pytest.raises(ValidationError, match="has not consented"):
        send()


def test_counsellor_may_not_send_without_consent_even_with_a_legal_basis(send):
    with pytest.raises(ValidationError, match="Only a coordinator"):
        send(override_basis="vital_interests", override_reason="Homeless tonight.")
    assert Referral.objects.count() == 0


def test_coordinator_sends_without_consent_only_with_basis_and_reason(send, coordinator):
    with pytest.raises(ValidationError, match="give the legal basis"):
        send(user=coordinator, override_basis="vital_interests", override_reason="  ")

    referral = send(
        user=coordinator, override_basis="vital_interests", override_reason="Homeless tonight."
    )

    assert referral.consent is None
    assert referral.override_basis == "vital_interests"
    event = AuditEvent.objects.get(object_type="referrals.referral", action="create")
    assert event.detail["without_consent"] == "vital_interests"
    assert event.actor_id == coordinator.pk and event.client_id == referral.client_id


def test_sending_writes_referral_event_email_and_audit_together(
    send, consent, organisation, client_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        referral = send()

    assert len(callbacks) == 1, "delivery is enqueued once, after the commit"
    assert (referral.status, referral.consent, referral.language) == ("sent", consent, "et")
    assert referral.shared == {
        "name": "Olena Kovalenko",
        "language": {"preferred": "uk", "interpreter": ""},
    }
    assert list(referral.events.values_list("status", flat=True)) == ["sent"]
    message = referral.delivery
    assert message.to_email == organisation.email and message.language == "et"
    assert "Tööotsingu nõustamine" in message.body_text  # the service, in Estonian
    assert links.partner_link(referral).split("/partner/link/")[0] in message.body_text
    for private in ("Olena", "Kovalenko", "nurse"):
        assert private not in message.body_text + message.body_html + message.subject
    assert message.attachments == []
    assert AuditEvent.objects.filter(object_id=referral.pk, action="create").count() == 1


def test_a_partner_taking_pdfs_gets_the_letter_attached(send, consent, organisation):
    organisation.attach_pdf = True
    organisation.save()
    assert send().delivery.attachments == [
        {"builder": "referrals.letters.attachment", "id": Referral.objects.get().pk}
    ]


def test_inactive_service_or_partner_is_refused(send, consent, service, organisation):
    service.active = False
    service.save()
    with pytest.raises(ValidationError, match="no longer takes referrals"):
        send()
    service.active, organisation.active = True, False
    service.save()
    organisation.save()
    with pytest.raises(ValidationError, match="no longer takes referrals"):
        send()


def test_referral_from_a_closed_case_is_refused(send, consent, case):
    case.status = "closed"
    case.save()
    with pytest.raises(ValidationError, match="open cases"):
        send()


def test_the_shared_details_stay_as_sent_when_the_record_changes(send, consent, client_a):
    referral = send(shared_fields=["name", "phone"])
    client_a.phone = "+37255599999"
    client_a.save()
    referral.refresh_from_db()
    assert referral.shared == {"name": "Olena Kovalenko", "phone": "+37255512345"}


# The form: preview, then send.


def _form(service, **changes):
    return {
        "client": changes.pop("client_pk", None),
        "service": service.pk,
        "reason": "Looking for work; needs her diploma recognised.",
        "shared_fields": ["name", "language"],
        "wished_by": (timezone.localdate() + timedelta(days=10)).isoformat(),
    } | changes


def test_form_offers_the_minimum_and_a_date_from_the_service_promise(
    client, counsellor, case, service
):
    client.force_login(counsellor)
    response = client.get(f"/cases/{case.pk}/refer/?service={service.pk}")
    assert response.status_code == 200
    form = response.context["form"]
    assert form["shared_fields"].value() == ["name", "language"]
    wished = form["wished_by"].value()
    assert (
        timezone.localdate() + timedelta(days=5)
        <= wished
        <= timezone.localdate() + timedelta(days=9)
    )
    assert "No consent to share with a partner is recorded." in response.content.decode()


def test_preview_shows_exactly_the_shared_details_then_send_creates_it(
    client, counsellor, case, client_a, service, consent
):
    client.force_login(counsellor)
    data = _form(service, client_pk=client_a.pk)

    preview = client.post(f"/cases/{case.pk}/refer/", data)

    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Olena Kovalenko" in page and "українська" in page
    assert "+37255512345" not in page and "olena@example.org" not in page
    assert Referral.objects.count() == 0, "a preview sends nothing"

    sent = client.post(f"/cases/{case.pk}/refer/", data | {"send": ""})

    referral = Referral.objects.get()
    assert sent.status_code == 302 and sent["Location"] == f"/referrals/{referral.pk}/"
    assert referral.reason == data["reason"] and referral.made_by == counsellor


def test_form_refuses_without_consent_with_a_clear_message(
    client, counsellor, case, client_a, service
):
    client.force_login(counsellor)
    response = client.post(f"/cases/{case.pk}/refer/", _form(service, client_pk=client_a.pk))
    assert response.status_code == 400
    assert (
        "has not consented to sharing with Unemployment Insurance Fund" in response.content.decode()
    )
    assert "override_basis" not in response.context["form"].fields, "not offered to counsellors"


def test_form_refuses_an_inactive_service_and_past_dates(
    client, counsellor, case, client_a, service, consent
):
    service.active = False
    service.save()
    client.force_login(counsellor)
    response = client.post(
        f"/cases/{case.pk}/refer/", _form(service, client_pk=client_a.pk) | {"send": ""}
    )
    assert response.status_code == 400
    assert "no longer takes referrals" in response.content.decode()

    service.active = True
    service.save()
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = client.post(
        f"/cases/{case.pk}/refer/", _form(service, client_pk=client_a.pk, wished_by=yesterday)
    )
    assert response.status_code == 400
    assert "Choose today or a later date." in response.content.decode()
    assert Referral.objects.count() == 0


def test_another_offices_case_cannot_be_referred_from(client, counsellor_b, case, service):
    client.force_login(counsellor_b)
    assert client.get(f"/cases/{case.pk}/refer/").status_code == 404


def test_receptionist_cannot_refer(client, receptionist, case):
    client.force_login(receptionist)
    assert client.get(f"/cases/{case.pk}/refer/").status_code == 403


def test_coordinators_see_referrals_sent_without_consent(sign_in, send, coordinator, consent):
    with_consent = send()
    consent.withdrawn_at, consent.withdrawn_by = timezone.now(), coordinator
    consent.save()
    without = send(user=coordinator, override_basis="public_task", override_reason="Court order.")
    client = sign_in(coordinator)
    page = client.get("/referrals/?show=without-consent").content.decode()
    assert without.reference in page and with_consent.reference not in page
    detail = client.get(without.get_absolute_url()).content.decode()
    assert "Court order." in detail and "Public task" in detail


def test_referral_and_its_status_show_on_the_client_page(
    client, send, consent, counsellor, client_a
):
    referral = send()
    ReferralEvent.objects.create(referral=referral, status="accepted", by_partner=True)
    client.force_login(counsellor)
    page = client.get(client_a.get_absolute_url()).content.decode()
    assert referral.reference in page
    assert "Referral to Unemployment Insurance Fund" in page
    assert "Accepted" in page
