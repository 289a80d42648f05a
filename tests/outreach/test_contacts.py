"""A person met at the event who wants more becomes an inquiry of the office, and a
client when they want that too."""

from django.urls import reverse

from channels.models import CallBack, Inquiry
from clients.models import Client, Consent
from counselling.models import AuditAction, AuditEvent
from outreach.models import OutreachContact


def _contact(**changes) -> dict:
    return {
        "language": "so",
        "topic": "",
        "question": "How do I find a kindergarten place for my son?",
        "reply_by": "email",
        "email": "hodan@example.org",
        "consent": "on",
    } | changes


def _post(client, event, data):
    return client.post(reverse("outreach-contact", args=[event.pk]), data)


def test_a_contact_becomes_an_inquiry_of_the_events_office(client, sign_in, counsellor, event):
    sign_in(counsellor)

    response = _post(client, event, _contact())

    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    contact = OutreachContact.objects.get()
    inquiry = contact.inquiry
    assert contact.event == event and contact.recorded_by == counsellor
    assert inquiry.office == event.office and inquiry.channel == "walk_in"
    assert inquiry.email == "hodan@example.org" and inquiry.language == "so"
    assert inquiry.assignee == counsellor and inquiry.status == Inquiry.Status.OPEN
    assert inquiry.consent_at is not None
    assert [m.body for m in inquiry.messages.all()] == [
        "How do I find a kindergarten place for my son?"
    ]
    audit = AuditEvent.objects.get(action=AuditAction.CREATE, object_id=inquiry.pk)
    assert audit.detail == {"channel": "outreach", "outreach_event": event.pk}
    page = client.get(event.get_absolute_url()).content.decode()
    assert inquiry.reference in page


def test_a_contact_who_wants_to_become_a_client_is_registered_with_consent(
    client, sign_in, receptionist, event
):
    sign_in(receptionist)

    _post(
        client,
        event,
        _contact(
            register_client="on", given_name="Hodan", family_name="Warsame",
            processing_consent="on", reply_by="phone", phone="+37251234567", email="",
        ),
    )  # fmt: skip

    inquiry = Inquiry.objects.get()
    new = Client.objects.get(given_name="Hodan")
    assert inquiry.client == new
    assert new.registered_office_id == event.office_id and new.preferred_language == "so"
    assert Consent.objects.filter(client=new, scope="processing").exists()
    assert CallBack.objects.get().inquiry == inquiry  # they asked to be called back
    assert inquiry.assignee is None  # reception records, a counsellor takes it


def test_an_existing_client_is_named_by_reference(client, sign_in, counsellor, client_a, event):
    sign_in(counsellor)

    _post(client, event, _contact(client_reference=client_a.reference, topic="education"))

    inquiry = Inquiry.objects.get()
    assert inquiry.client == client_a and inquiry.topic.code == "education"


def test_another_offices_client_reads_like_a_missing_one(
    client, sign_in, counsellor, client_b, event
):
    sign_in(counsellor)

    response = _post(client, event, _contact(client_reference=client_b.reference))

    assert response.status_code == 400
    assert "No client with this reference." in response.content.decode()
    assert not Inquiry.objects.exists()


def test_without_the_persons_agreement_nothing_is_recorded(client, sign_in, counsellor, event):
    sign_in(counsellor)

    response = _post(client, event, _contact(consent="", register_client="on", given_name="X"))

    assert response.status_code == 400
    assert "Record a contact only when the person agrees." in response.content.decode()
    assert not Inquiry.objects.exists() and not OutreachContact.objects.exists()
    assert not Client.objects.filter(given_name="X").exists()


def test_an_answer_by_email_needs_an_address_and_a_new_client_a_name(
    client, sign_in, counsellor, event
):
    sign_in(counsellor)

    response = _post(client, event, _contact(email="", register_client="on"))

    assert response.status_code == 400
    page = response.content.decode()
    assert "Give an e-mail address for the answer." in page
    assert "Give the new client&#x27;s given name." in page
    assert not Inquiry.objects.exists()


def test_an_answer_given_at_the_event_is_kept_in_the_thread(client, sign_in, counsellor, event):
    sign_in(counsellor)

    _post(client, event, _contact(answer="Apply through the city's e-service; leaflet given."))

    inquiry = Inquiry.objects.get()
    assert inquiry.status == Inquiry.Status.ANSWERED and inquiry.first_response_at
    assert [m.direction for m in inquiry.messages.order_by("id")] == ["in", "out"]


def test_another_offices_event_takes_no_taps_and_no_contacts(client, sign_in, counsellor, event_b):
    sign_in(counsellor)

    tap = client.post(
        reverse("outreach-tally", args=[event_b.pk]), {"topic": "work", "language": "ru"}
    )
    contact = _post(client, event_b, _contact())

    assert tap.status_code == 404 and contact.status_code == 404
    assert not Inquiry.objects.exists()
    assert not event_b.tallies.exists()
