"""The nightly retention run, with a controlled clock (`now=`): records past their
period are emptied or deleted, those within it and those of a client under legal hold
are left alone, the dashboards and the funder report count the same before and after,
and the run is audited as numbers."""

from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from django.db.models import F
from django.utils import timezone, translation

from channels.models import Attachment, CallBack, Inquiry, InquiryMessage, RawSubmission
from clients.models import Client
from counselling.models import (
    AuditAction,
    AuditEvent,
    Case,
    CounsellingSession,
    OutgoingMessage,
)
from privacy import retention
from privacy.models import LegalHold, RetentionRule
from referrals.models import Referral
from reports import dashboard, funders
from reports.models import SurveyAnswer, SurveyInvitation
from reports.selectors import Period, Scope
from tests.reports import service_data

DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def facts(office_a, office_b, counsellor, colleague, counsellor_b):
    return service_data.seed(
        [office_a, office_b], {office_a: [counsellor, colleague], office_b: [counsellor_b]}
    )


def anonymous_inquiry(office, *, closed_days_ago: int, name="Aziz Karimov"):
    closed = timezone.now() - timedelta(days=closed_days_ago)
    raw = RawSubmission.objects.create(channel="email", payload=b"From: aziz@example.org")
    raw.received_at = closed - DAY
    raw.save(update_fields=["received_at"])
    inquiry = Inquiry.objects.create(
        channel="email",
        office=office,
        language="ru",
        name=name,
        email="aziz@example.org",
        phone="+37251234567",
        status=Inquiry.Status.CLOSED,
        created_at=closed - DAY,
        due_at=closed,
        closed_at=closed,
        raw=raw,
    )
    message = InquiryMessage.objects.create(inquiry=inquiry, direction="in", body="My permit")
    InquiryMessage.objects.filter(pk=message.pk).update(created_at=closed - DAY)
    Attachment.objects.create(
        message=message,
        file=ContentFile(b"%PDF-1.4 permit", name="permit.pdf"),
        filename="permit.pdf",
        content_type="application/pdf",
        size=15,
    )
    CallBack.objects.create(inquiry=inquiry, phone="+37251234567", language="ru", due_at=closed)
    return inquiry


def session_with_note(client, office, counsellor, *, days_ago: int):
    session = CounsellingSession.objects.create(
        client=client,
        counsellor=counsellor,
        office=office,
        started_at=timezone.now() - timedelta(days=days_ago),
        note="Talked about the violence at home.",
    )
    session.note = "Talked about the violence at home, second version."
    session.save()
    return session


def test_what_passed_its_period_is_emptied_and_the_rest_kept(
    office_a, counsellor, client_a, client_b, coordinator
):
    rules = dict(RetentionRule.objects.values_list("kind", "days"))
    old_inquiry = anonymous_inquiry(office_a, closed_days_ago=rules["anonymous_inquiries"] + 5)
    new_inquiry = anonymous_inquiry(office_a, closed_days_ago=rules["raw_emails"] - 5)
    old_note = session_with_note(
        client_a, office_a, counsellor, days_ago=rules["session_notes"] + 1
    )
    new_note = session_with_note(client_a, office_a, counsellor, days_ago=10)
    held_note = session_with_note(
        client_b, office_a, counsellor, days_ago=rules["session_notes"] + 1
    )
    LegalHold.objects.create(client=client_b, reason="Open complaint", placed_by=coordinator)

    changed = retention.run()

    old_inquiry.refresh_from_db()
    assert (old_inquiry.name, old_inquiry.email, old_inquiry.phone) == ("", "", "")
    assert list(old_inquiry.messages.values_list("body", flat=True)) == [""]
    assert not Attachment.objects.filter(message__inquiry=old_inquiry).exists()
    assert old_inquiry.raw_id is None  # the raw e-mail is deleted
    assert CallBack.objects.get(inquiry=old_inquiry).phone == ""
    # Still counted: the inquiry row, its channel, language and dates stay.
    assert Inquiry.objects.filter(pk=old_inquiry.pk, channel="email", language="ru").exists()

    new_inquiry.refresh_from_db()
    assert new_inquiry.name == "Aziz Karimov"
    assert new_inquiry.raw is not None
    assert Attachment.objects.filter(message__inquiry=new_inquiry).exists()

    old_note.refresh_from_db()
    assert old_note.note == ""
    assert set(old_note.history.values_list("note", flat=True)) == {""}
    assert CounsellingSession.objects.get(pk=new_note.pk).note.startswith("Talked")
    # The held client's note, though past its period, stays with all its history.
    held_note.refresh_from_db()
    assert held_note.note.startswith("Talked")
    assert "" not in set(held_note.history.values_list("note", flat=True))

    assert changed["anonymous_inquiries"] == 1
    assert changed["session_notes"] == 1
    event = AuditEvent.objects.filter(action=AuditAction.DELETE).latest("id")
    assert event.detail["retention"] == changed
    assert "Aziz" not in str(event.detail)


def test_referrals_surveys_sent_mail_and_audit_events(
    office_a, counsellor, client_a, client_b, coordinator, facts
):
    now = timezone.now()
    later = now + timedelta(days=10 * 365)
    LegalHold.objects.create(client=client_b, reason="Court case", placed_by=coordinator)
    case = client_a.cases.first()
    referral = Referral.objects.filter(client__isnull=False).first()
    Referral.objects.filter(pk=referral.pk).update(shared={"phone": "+37251234567"})
    held_referral = Referral.objects.create(
        client=client_b,
        case=client_b.cases.first(),
        office=client_b.cases.first().office,
        service=referral.service,
        organisation=referral.organisation,
        made_by=counsellor,
        reason="Needs a lawyer for the residence case",
        wished_by=now.date(),
        language="et",
        override_basis="public_task",
    )
    invitation = SurveyInvitation.objects.create(
        source="session", source_id=1, channel="in_person", office_id=office_a.pk,
        language="en", client=client_a,
    )  # fmt: skip
    SurveyAnswer.objects.create(invitation=invitation, rating=2, comment="Aziz was rude")
    OutgoingMessage.objects.create(
        kind="reply", to_email="aziz@example.org", language="ru", subject="Re", body_text="x",
        status=OutgoingMessage.Status.SENT,
    )  # fmt: skip
    AuditEvent.objects.create(action="view", client_id=client_a.pk)
    AuditEvent.objects.create(action="view", client_id=client_b.pk)
    assert case is not None

    retention.run(now=later)

    referral.refresh_from_db()
    assert (referral.reason, referral.shared) == ("", {})
    assert referral.status and referral.organisation_id  # the outcome stays
    held_referral.refresh_from_db()
    assert held_referral.reason == "Needs a lawyer for the residence case"
    answer = SurveyAnswer.objects.get(invitation=invitation)
    assert (answer.comment, answer.rating) == ("", 2)
    unlinked = SurveyInvitation.objects.get(pk=invitation.pk)
    assert (unlinked.client_id, unlinked.source_id) == (None, -unlinked.pk)
    assert not OutgoingMessage.objects.filter(to_email="aziz@example.org").exists()
    remaining = set(AuditEvent.objects.values_list("client_id", flat=True))
    assert client_a.pk not in remaining
    assert client_b.pk in remaining  # held


def test_the_dashboards_and_the_funder_report_count_the_same_after_a_run(
    office_a, office_b, coordinator, facts
):
    coordinator.offices.add(office_b)
    today = timezone.localdate()
    scope = Scope(period=Period(today - timedelta(days=60), today))

    def numbers():
        tables = dashboard.build(user=coordinator, scope=scope).tables
        funder = funders.funder_tables(funders.funder_numbers(user=coordinator, scope=scope))
        return [(t.slug, t.rows, getattr(t, "total", None)) for t in [*tables, *funder]]

    # Every seeded record holds something the run removes, and every case is closed.
    CounsellingSession.objects.update(note="Talked about the family's asylum case.")
    Case.objects.update(status=Case.Status.CLOSED, closed_on=today)
    Client.objects.filter(pk__in=Case.objects.values("client")).update(birth_date=date(1990, 7, 9))
    Inquiry.objects.filter(client__isnull=True).update(
        status=Inquiry.Status.CLOSED, closed_at=F("created_at") + DAY, name="Aziz Karimov"
    )
    before = numbers()
    # Ten years on, everything seeded is past every period.
    changed = retention.run(now=timezone.now() + timedelta(days=3650))
    # Emptied by the anonymisation of their clients, or by the notes' own step.
    assert CounsellingSession.objects.exists()
    assert not CounsellingSession.objects.exclude(note="").exists()
    assert changed["anonymous_inquiries"] == Inquiry.objects.filter(client=None).count() > 0
    assert Referral.objects.exists() and not Referral.objects.exclude(reason="").exists()
    assert changed["closed_cases"] == Client.objects.filter(erased_at__isnull=False).count() > 0
    assert not Client.objects.filter(pk__in=Case.objects.values("client")).exclude(given_name="")
    assert numbers() == before


def test_clients_of_long_closed_cases_are_anonymised_and_the_rest_kept(
    office_a, counsellor, coordinator, client_a, client_b
):
    days = RetentionRule.objects.get(kind="closed_cases").days
    closed = timezone.localdate() - timedelta(days=days + 10)
    quiet, recent, held = client_a, client_b, Client.objects.create(given_name="Held")
    Case.objects.create(client=held, office=office_a, owner=counsellor)
    Case.objects.filter(client__in=[quiet, recent, held]).update(status="closed", closed_on=closed)
    Client.objects.filter(pk=quiet.pk).update(birth_date=date(1988, 11, 30))
    CounsellingSession.objects.create(
        client=recent, counsellor=counsellor, office=office_a, started_at=timezone.now()
    )
    LegalHold.objects.create(client=held, reason="Complaint", placed_by=coordinator)
    duplicate = Client.objects.create(given_name="Quietduplicate", merged_into=quiet)

    changed = retention.run()

    assert changed["closed_cases"] == 1
    assert Client.objects.get(pk=duplicate.pk).given_name == ""  # the same person
    quiet.refresh_from_db()
    assert (quiet.erased_at is not None, quiet.given_name) == (True, "")
    assert quiet.birth_date == date(1988, 11, 30)  # kept, without a name, for the age groups
    assert Client.objects.get(pk=recent.pk).given_name == client_b.given_name
    assert Client.objects.get(pk=held.pk).given_name == "Held"


def test_the_preview_counts_what_the_run_then_changes(sign_in, administrator, client, office_a):
    rules = dict(RetentionRule.objects.values_list("kind", "days"))
    for _n in range(3):
        anonymous_inquiry(office_a, closed_days_ago=rules["anonymous_inquiries"] + 5)
    sign_in(administrator)
    page = client.get("/privacy/retention/preview/").content.decode()
    lines = {line.step.code: line.rows for line in retention.preview()}
    assert lines["anonymous_inquiries"] == 3
    assert "Anonymous inquiries emptied" in page
    changed = retention.run()
    assert {code: changed[code] for code in lines if lines[code]} == {
        code: rows for code, rows in lines.items() if rows
    }
    assert all(line.rows == 0 for line in retention.preview())


def test_a_second_run_changes_nothing(office_a):
    rules = dict(RetentionRule.objects.values_list("kind", "days"))
    anonymous_inquiry(office_a, closed_days_ago=rules["anonymous_inquiries"] + 5)
    assert sum(retention.run().values()) > 0
    assert sum(retention.run().values()) == 0


def test_volunteers_who_left_long_ago_are_emptied(office_a, coordinator):
    from tests.conftest import make_user
    from volunteers.models import Volunteer
    from volunteers.services import save_volunteer

    account = make_user("samira.peer", "volunteer")
    leaving = save_volunteer(
        user=coordinator,
        values={"first_name": "Samira", "last_name": "Haddad", "email": "samira@example.org",
                "kinds": ["peer_counsellor"], "languages": ["ar"], "active": True},
        offices=[office_a],
    )  # fmt: skip
    Volunteer.objects.filter(pk=leaving.pk).update(user=account)
    leaving.refresh_from_db()
    leaving = save_volunteer(
        user=coordinator, values={"active": False}, offices=[office_a], volunteer=leaving
    )
    assert leaving.left_on == timezone.localdate()
    staying = Volunteer.objects.create(first_name="Olena", kinds=["mentor"], active=True)
    days = RetentionRule.objects.get(kind="volunteer_data").days

    assert retention.run(now=timezone.now() + timedelta(days=days - 1))["volunteers"] == 0
    changed = retention.run(now=timezone.now() + timedelta(days=days + 1))

    assert changed["volunteers"] == 1
    leaving.refresh_from_db()
    assert (leaving.first_name, leaving.last_name, leaving.email, leaving.user) == (
        "",
        "",
        "",
        None,
    )
    assert (leaving.kinds, leaving.languages) == (["peer_counsellor"], ["ar"])
    account.refresh_from_db()
    assert not account.is_active
    assert Volunteer.objects.get(pk=staying.pk).first_name == "Olena"


def test_every_kind_of_record_has_a_step_in_the_run():
    """A kind with a rule but no step would be a promise the run does not keep."""
    from privacy.kinds import RecordKind

    assert {step.kind for step in retention.STEPS} == set(RecordKind.values)
