"""Erasing a client on request: none of their seeded personal strings is left in any text
column of any table or in stored files, partners' links stop working, another client is
untouched, and the refusals (legal hold, another office, twice) change nothing."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone, translation

from channels.models import Attachment, CallBack, Inquiry, InquiryMessage, RawSubmission
from clients.models import Client, Consent, Household
from clients.services import update_client
from counselling.models import (
    AuditAction,
    AuditEvent,
    Case,
    CaseHandover,
    CounsellingSession,
    FollowUp,
    OutgoingMessage,
)
from privacy import access_export
from privacy.models import LegalHold
from referrals import links
from referrals.models import Organisation, Referral, ReferralEvent, Service
from reports.models import ReportFile, SurveyAnswer, SurveyInvitation


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def everything_about(client: Client, counsellor, words: str) -> list[str]:
    """One record of every kind for `client`, each holding a personal string made from
    `words`; returns the strings."""
    name, family = f"{words}given", f"{words}family"
    strings = {
        "name": name,
        "family": family,
        "original": f"{words}Оригинал",
        "email": f"{words}@example.org",
        "phone": "+3725" + str(abs(hash(words)) % 10**7).zfill(7),
        "id_code": "3" + str(abs(hash(words + "id")) % 10**10).zfill(10),
        "note": f"{words} told about violence at home",
        "message": f"{words} asks about a residence permit",
        "reason": f"{words} needs legal aid",
        "comment": f"{words} was helped",
        "file": f"{words} scanned passport",
    }
    household = Household.objects.create(name=f"{family} household")
    Client.objects.filter(pk=client.pk).update(
        given_name=name,
        family_name=family,
        family_name_original=strings["original"],
        email=strings["email"],
        phone=strings["phone"],
        id_code=strings["id_code"],
        household=household,
    )
    client.refresh_from_db()
    client.save()  # a history row with the names, like every edit
    case = Case.objects.get(client=client)
    CaseHandover.objects.create(
        case=case,
        from_owner=counsellor,
        to_owner=counsellor,
        note=strings["note"],
        handed_over_by=counsellor,
    )
    consent = Consent.objects.create(
        client=client, scope="sharing", partner_name="Töötukassa", recorded_by=counsellor
    )
    session = CounsellingSession.objects.create(
        client=client, counsellor=counsellor, office=case.office, case=case, note=strings["note"]
    )
    FollowUp.objects.create(
        client=client,
        session=session,
        assigned_to=counsellor,
        due_on=timezone.localdate(),
        description=strings["note"][:200],
    )
    raw = RawSubmission.objects.create(channel="email", payload=strings["message"].encode())
    inquiry = Inquiry.objects.create(
        channel="email",
        office=case.office,
        language="ru",
        client=client,
        name=f"{name} {family}",
        email=strings["email"],
        phone=strings["phone"],
        due_at=timezone.now(),
        raw=raw,
    )
    message = InquiryMessage.objects.create(
        inquiry=inquiry, direction="in", body=strings["message"]
    )
    attachment = Attachment.objects.create(
        message=message,
        file=ContentFile(strings["file"].encode(), name="passport.pdf"),
        filename="passport.pdf",
        content_type="application/pdf",
        size=20,
    )
    CallBack.objects.create(
        inquiry=inquiry, phone=strings["phone"], language="ru", due_at=timezone.now()
    )
    organisation = Organisation.objects.create(
        name="Legal aid", kind="rights", country="EE", email="legal@example.org", language="et"
    )
    referral = Referral.objects.create(
        client=client,
        case=case,
        office=case.office,
        service=Service.objects.create(organisation=organisation, name="Advice"),
        organisation=organisation,
        made_by=counsellor,
        reason=strings["reason"],
        shared={"phone": strings["phone"], "name": name},
        consent=consent,
        wished_by=timezone.localdate(),
        language="et",
    )
    ReferralEvent.objects.create(referral=referral, status="sent", note=strings["reason"])
    invitation = SurveyInvitation.objects.create(
        source="session", source_id=session.pk, channel="in_person", office_id=case.office_id,
        language="en", client=client,
    )  # fmt: skip
    SurveyAnswer.objects.create(invitation=invitation, rating=5, comment=strings["comment"])
    OutgoingMessage.objects.create(
        kind="reply", to_email=strings["email"], language="ru", subject="Re: permit",
        body_text=f"Dear {name}", status=OutgoingMessage.Status.SENT,
    )  # fmt: skip
    return [*strings.values(), attachment.file.name, links.partner_link(referral)]


def database_holds(text: str) -> list[str]:
    """Every table.column (text, JSON, arrays, bytes) where `text` occurs."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT table_name, column_name, data_type FROM information_schema.columns
               WHERE table_schema = 'public'
                 AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY',
                                   'bytea')"""
        )
        columns = cursor.fetchall()
        found = []
        for table, column, kind in columns:
            if kind == "bytea":
                condition = f"position(convert_to(%s, 'UTF8') in \"{column}\") > 0"
            else:
                condition = f"\"{column}\"::text ILIKE '%%' || %s || '%%'"
            cursor.execute(f'SELECT 1 FROM "{table}" WHERE {condition} LIMIT 1', [text])
            if cursor.fetchone():
                found.append(f"{table}.{column}")
    return found


def erase(browser, client):
    return browser.post(f"/privacy/clients/{client.pk}/erase/", {"confirm": client.reference})


def test_erasure_leaves_no_personal_string_anywhere(
    sign_in, client, coordinator, counsellor, client_a, office_a, django_capture_on_commit_callbacks
):
    other = Client.objects.create(given_name="Other", family_name="Person")
    Case.objects.create(client=other, office=office_a, owner=counsellor)
    kept = everything_about(other, counsellor, "Keepme")
    Client.objects.create(given_name="Alone")  # a living client in no household
    duplicate = Client.objects.create(given_name="Zarinaduplicate", merged_into=client_a)
    seeded = everything_about(client_a, counsellor, "Zarina")
    file_name, link = seeded[-2], seeded[-1]
    # A new address: the old one lives on in the history, and mail went to it.
    client_a.refresh_from_db()
    client_a.email = "zarina.new@example.org"
    client_a.save()
    # Her sister shares the family's address: her mail stays.
    Client.objects.filter(pk=other.pk).update(email="family@example.org")
    OutgoingMessage.objects.create(
        kind="reply", to_email="family@example.org", language="ru", subject="Re",
        body_text="Dear Other", status=OutgoingMessage.Status.SENT,
    )  # fmt: skip
    Inquiry.objects.filter(client=client_a).update(email="family@example.org")
    waiting = ReportFile.objects.create(
        requested_by=coordinator, kind=access_export.KIND, params={"client": client_a.pk}
    )
    assert database_holds("Zarina")

    sign_in(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = erase(client, client_a)
    assert response.status_code == 302

    for text in [*seeded[:-2], "Zarinaduplicate", "zarina.new@example.org"]:
        assert database_holds(text) == [], text
    assert OutgoingMessage.objects.filter(to_email="family@example.org").exists()
    assert not ReportFile.objects.filter(pk=waiting.pk).exists()
    # The household's name is emptied: nobody living is left in it.
    assert set(Household.objects.filter(name__icontains="Zarina")) == set()
    assert not default_storage.exists(file_name)
    # The partner's link now leads nowhere; the open referral was withdrawn.
    assert client.get(link.removeprefix("http://127.0.0.1:8000")).status_code == 400
    assert Referral.objects.get(client=client_a).status == Referral.Status.WITHDRAWN
    # What the statistics count is still there, and the other client is untouched.
    assert Inquiry.objects.filter(client=client_a).count() == 1
    assert CounsellingSession.objects.filter(client=client_a).count() == 1
    client_a.refresh_from_db()
    assert client_a.erased_at is not None and client_a.segment
    assert Client.objects.get(pk=duplicate.pk).given_name == ""
    for text in kept[:-3]:  # the file's content is in the file, which stays too
        assert database_holds(text), text
    assert default_storage.exists(kept[-2])
    event = AuditEvent.objects.get(action=AuditAction.DELETE, client_id=client_a.pk)
    assert event.actor_id == coordinator.pk
    assert "Zarina" not in str(event.detail)
    page = client.get(client_a.get_absolute_url()).content.decode()
    assert f"Erased client {client_a.reference}" in page


def test_an_erased_record_cannot_be_filled_in_again(sign_in, client, coordinator, client_a):
    sign_in(coordinator)
    erase(client, client_a)
    erased = Client.objects.get(pk=client_a.pk)
    erased.given_name = "Zarina"
    with pytest.raises(ValidationError, match="data was erased"):
        update_client(client=erased, changed_by=coordinator)
    assert Client.objects.get(pk=client_a.pk).given_name == ""


def test_erasure_under_a_legal_hold_is_refused_with_the_reason(
    sign_in, client, coordinator, counsellor, client_a
):
    seeded = everything_about(client_a, counsellor, "Heldname")
    LegalHold.objects.create(
        client=client_a, reason="Open complaint 12/2026", placed_by=coordinator
    )
    sign_in(coordinator)
    response = erase(client, client_a)
    assert response.status_code == 400
    assert "under a legal hold and cannot be erased: Open complaint 12/2026" in (
        response.content.decode()
    )
    assert database_holds(seeded[0])
    assert Client.objects.get(pk=client_a.pk).erased_at is None


def test_the_confirmation_must_be_the_clients_number(sign_in, client, coordinator, client_a):
    sign_in(coordinator)
    response = client.post(f"/privacy/clients/{client_a.pk}/erase/", {"confirm": "C-999999"})
    assert response.status_code == 400
    assert "That is not this client&#x27;s number." in response.content.decode()
    assert Client.objects.get(pk=client_a.pk).erased_at is None


def test_another_offices_client_cannot_be_erased(sign_in, client, coordinator, client_b):
    sign_in(coordinator)
    assert erase(client, client_b).status_code == 404
    assert Client.objects.get(pk=client_b.pk).erased_at is None


def test_counsellors_cannot_erase(sign_in, client, counsellor, client_a):
    sign_in(counsellor)
    assert erase(client, client_a).status_code == 403


def test_a_second_erasure_is_refused(sign_in, client, coordinator, client_a):
    sign_in(coordinator)
    assert erase(client, client_a).status_code == 302
    again = erase(client, client_a)
    assert again.status_code == 400
    assert "already been erased" in again.content.decode()
