"""The nightly retention run: what has passed its period (privacy.models.RetentionRule)
is anonymised or deleted, and the statistics stay whole.

Each step names the rows it is due to change (`due`) and what it does to a batch of them
(`apply`). Rows stay where the dashboards count them (an inquiry, a session, a referral,
a survey answer): only their personal fields are emptied, so counts by channel, segment,
topic, language and month are the same after a run. Nothing of a client under an active
legal hold is touched. The run writes one audit event with numbers, never names.

`preview()` answers "what would the next run change" with the same querysets, so the
administrator's preview and the run cannot disagree.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from channels.models import (
    Attachment,
    CallAttempt,
    CallBack,
    Inquiry,
    InquiryMessage,
    RawSubmission,
)
from clients.models import Client
from counselling import audit
from counselling.models import (
    AuditAction,
    AuditEvent,
    Case,
    CounsellingSession,
    OutgoingMessage,
    User,
)
from programmes.models import Enrolment
from referrals.models import Referral, ReferralEvent
from reports.models import SurveyAnswer, SurveyInvitation
from volunteers.models import Volunteer

from . import services
from .holdings import delete_attachments
from .kinds import RecordKind
from .models import LegalHold, RetentionRule

# Rows changed per transaction: a year of work is cleaned in short steps that never hold
# locks for long, and a run stopped halfway has finished whole batches.
BATCH = 2_000


@dataclass(frozen=True)
class Step:
    code: str
    kind: str
    what: str
    due: Callable[[datetime], QuerySet]
    apply: Callable[[list[int]], int]

    @property
    def kind_label(self) -> str:
        return str(RecordKind(self.kind).label)


def held(client_field: str = "client") -> Q:
    """Rows of clients under an active legal hold."""
    holds = LegalHold.objects.active().filter(client=OuterRef(f"{client_field}_id"))
    return Q(Exists(holds))


# Closed cases and their clients.


def _closed_cases_due(cutoff: datetime) -> QuerySet:
    """Clients whose every case closed before the cutoff, with nothing newer: no session,
    inquiry or open programme since. A merged record goes with the one it was merged into."""
    day = timezone.localdate(cutoff)
    still = Case.objects.filter(client=OuterRef("pk")).filter(
        Q(status=Case.Status.OPEN) | Q(closed_on__gte=day)
    )
    return (
        Client.objects.filter(
            Exists(Case.objects.filter(client=OuterRef("pk"))),
            erased_at__isnull=True,
            merged_into__isnull=True,
        )
        .exclude(Exists(still))
        .exclude(
            Exists(CounsellingSession.objects.filter(client=OuterRef("pk"), started_at__gte=cutoff))
        )
        .exclude(Exists(Inquiry.objects.filter(client=OuterRef("pk"), created_at__gte=cutoff)))
        .exclude(Exists(Enrolment.objects.filter(client=OuterRef("pk"), ended_at__isnull=True)))
        .exclude(Exists(LegalHold.objects.active().filter(client=OuterRef("pk"))))
    )


def _closed_cases_apply(ids: list[int]) -> int:
    """The same erasure as on request (privacy.holdings) for the whole batch, the records
    merged into theirs included, keeping what the statistics count."""
    everyone, merged = list(ids), ids
    while merged:
        merged = list(Client.objects.filter(merged_into__in=merged).values_list("pk", flat=True))
        everyone += merged
    services.erase(everyone, retention=True)
    return len(ids)


# Raw e-mails and attachments.


def _raw_due(cutoff: datetime) -> QuerySet:
    # A raw submission of a held client's inquiry stays with it.
    of_held = Inquiry.objects.filter(raw=OuterRef("pk")).filter(held())
    return RawSubmission.objects.filter(received_at__lt=cutoff).exclude(Exists(of_held))


def _raw_apply(ids: list[int]) -> int:
    return RawSubmission.objects.filter(pk__in=ids).delete()[0]


def _attachments_due(cutoff: datetime) -> QuerySet:
    return Attachment.objects.filter(
        message__created_at__lt=cutoff, message__inquiry__status=Inquiry.Status.CLOSED
    ).exclude(held("message__inquiry__client"))


def _attachments_apply(ids: list[int]) -> int:
    return delete_attachments(Attachment.objects.filter(pk__in=ids))


def _sent_mail_due(cutoff: datetime) -> QuerySet:
    # The outbox's copies of what was sent (replies, referral notices, surveys).
    return OutgoingMessage.objects.filter(
        status__in=[OutgoingMessage.Status.SENT, OutgoingMessage.Status.FAILED],
        created_at__lt=cutoff,
    )


def _sent_mail_apply(ids: list[int]) -> int:
    return OutgoingMessage.objects.filter(pk__in=ids).delete()[0]


# Anonymous inquiries.


def _inquiries_due(cutoff: datetime) -> QuerySet:
    left = (
        ~Q(name="")
        | ~Q(email="")
        | ~Q(phone="")
        | Exists(InquiryMessage.objects.filter(inquiry=OuterRef("pk")).exclude(body=""))
    )
    return Inquiry.objects.filter(
        left, client__isnull=True, status=Inquiry.Status.CLOSED, closed_at__lt=cutoff
    )


def _inquiries_apply(ids: list[int]) -> int:
    InquiryMessage.objects.filter(inquiry_id__in=ids).update(body="")
    CallBack.objects.filter(inquiry_id__in=ids).update(phone="")
    CallAttempt.objects.filter(call_back__inquiry_id__in=ids).update(note="")
    _attachments_apply(
        list(Attachment.objects.filter(message__inquiry_id__in=ids).values_list("pk", flat=True))
    )
    return Inquiry.objects.filter(pk__in=ids).update(name="", email="", phone="")


# Session notes.


def _notes_due(cutoff: datetime) -> QuerySet:
    # The note as it is, or an earlier version of it kept in the history.
    versions = CounsellingSession.history.filter(id=OuterRef("pk")).exclude(note="")
    left = ~Q(note="") | ~Q(place="") | Exists(versions)
    return CounsellingSession.objects.filter(left, started_at__lt=cutoff).exclude(held())


def _notes_apply(ids: list[int]) -> int:
    # The history keeps a copy of every version of the note: those go too.
    CounsellingSession.history.filter(id__in=ids).update(note="", place="")
    return CounsellingSession.objects.filter(pk__in=ids).update(note="", place="")


# Referrals.


def _referrals_due(cutoff: datetime) -> QuerySet:
    left = ~Q(reason="") | ~Q(shared={}) | ~Q(override_reason="")
    return Referral.objects.filter(left, created_at__lt=cutoff).exclude(held())


def _referrals_apply(ids: list[int]) -> int:
    ReferralEvent.objects.filter(referral_id__in=ids).exclude(note="").update(note="")
    return Referral.objects.filter(pk__in=ids).update(reason="", shared={}, override_reason="")


# Survey answers.


def _comments_due(cutoff: datetime) -> QuerySet:
    return (
        SurveyAnswer.objects.filter(answered_at__lt=cutoff)
        .exclude(comment="")
        .exclude(held("invitation__client"))
    )


def _comments_apply(ids: list[int]) -> int:
    return SurveyAnswer.objects.filter(pk__in=ids).update(comment="")


def _survey_links_due(cutoff: datetime) -> QuerySet:
    # The invitation's links to the person: the client (kept for their access request)
    # and the inquiry or session it followed, which names the client too.
    linked = Q(client__isnull=False) | Q(source_id__gt=0)
    return SurveyInvitation.objects.filter(linked, created_at__lt=cutoff).exclude(held())


def _survey_links_apply(ids: list[int]) -> int:
    # A negative id of its own keeps "one invitation each" unique and points at nothing.
    return SurveyInvitation.objects.filter(pk__in=ids).update(client=None, source_id=-F("pk"))


# Volunteer data.


def _volunteers_due(cutoff: datetime) -> QuerySet:
    # Who left long enough ago and still has a name: the emptied rows stay behind.
    return Volunteer.objects.filter(active=False, left_on__lt=timezone.localdate(cutoff)).exclude(
        first_name="", last_name="", email="", phone=""
    )


def _volunteers_apply(ids: list[int]) -> int:
    """Their contact details, skills, places, check and training go; their kinds and
    languages stay, so the matches they had are still counted. A limited account is
    closed."""
    # The account is closed and emptied too: its name and address were the volunteer's.
    for account in User.objects.filter(volunteer__pk__in=ids):
        User.objects.filter(pk=account.pk).update(
            is_active=False,
            username=f"left-volunteer-{account.pk}",
            first_name="",
            last_name="",
            email="",
        )
    return Volunteer.objects.filter(pk__in=ids).update(
        first_name="",
        last_name="",
        email="",
        phone="",
        skills=[],
        availability="",
        places=[],
        training="",
        trained_on=None,
        background_checked_on=None,
        background_check_expires_on=None,
        agreement_signed_on=None,
        user=None,
    )


# Audit events.


def _audit_due(cutoff: datetime) -> QuerySet:
    return AuditEvent.objects.filter(occurred_at__lt=cutoff).exclude(held())


def _audit_apply(ids: list[int]) -> int:
    # The append-only trigger lets this transaction, and only it, delete (migration
    # counselling 0002).
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL silta.audit_purge = 'on'")
    return AuditEvent.objects.filter(pk__in=ids).delete()[0]


STEPS = [
    Step(
        "closed_cases",
        RecordKind.CLOSED_CASES,
        _("Clients of closed cases anonymised"),
        _closed_cases_due,
        _closed_cases_apply,
    ),
    Step(
        "raw_submissions", RecordKind.RAW_EMAILS, _("Raw submissions deleted"), _raw_due, _raw_apply
    ),
    Step(
        "attachments",
        RecordKind.RAW_EMAILS,
        _("Attachments of closed inquiries deleted"),
        _attachments_due,
        _attachments_apply,
    ),
    Step(
        "sent_emails",
        RecordKind.RAW_EMAILS,
        _("Copies of sent e-mails deleted"),
        _sent_mail_due,
        _sent_mail_apply,
    ),
    Step(
        "anonymous_inquiries",
        RecordKind.ANONYMOUS_INQUIRIES,
        _("Anonymous inquiries emptied"),
        _inquiries_due,
        _inquiries_apply,
    ),
    Step(
        "session_notes",
        RecordKind.SESSION_NOTES,
        _("Session notes emptied"),
        _notes_due,
        _notes_apply,
    ),
    Step(
        "referrals",
        RecordKind.REFERRALS,
        _("Referrals emptied of what was shared"),
        _referrals_due,
        _referrals_apply,
    ),
    Step(
        "survey_comments",
        RecordKind.SURVEY_ANSWERS,
        _("Survey comments removed"),
        _comments_due,
        _comments_apply,
    ),
    Step(
        "survey_links",
        RecordKind.SURVEY_ANSWERS,
        _("Survey invitations unlinked from the person"),
        _survey_links_due,
        _survey_links_apply,
    ),
    Step(
        "volunteers",
        RecordKind.VOLUNTEER_DATA,
        _("Volunteers who left emptied"),
        _volunteers_due,
        _volunteers_apply,
    ),
    Step(
        "audit_events", RecordKind.AUDIT_EVENTS, _("Audit events deleted"), _audit_due, _audit_apply
    ),
]


@dataclass
class Line:
    step: Step
    cutoff: datetime
    rows: int


def _cutoffs(now: datetime) -> dict[str, datetime]:
    return {rule.kind: now - timedelta(days=rule.days) for rule in RetentionRule.objects.all()}


def preview(*, now: datetime | None = None) -> list[Line]:
    """What the next run would change, step by step: one count per step."""
    now = now or timezone.now()
    cutoffs = _cutoffs(now)
    return [
        Line(step, cutoffs[step.kind], step.due(cutoffs[step.kind]).count())
        for step in STEPS
        if step.kind in cutoffs
    ]


def run(*, now: datetime | None = None) -> dict[str, int]:
    """Apply every step in batches. Returns, and audits, the rows changed per step."""
    now = now or timezone.now()
    cutoffs = _cutoffs(now)
    changed: dict[str, int] = {}
    for step in STEPS:
        if step.kind not in cutoffs:
            continue
        total, after = 0, 0
        while True:
            with transaction.atomic():
                # Onwards from the last batch's highest id: the rows already emptied stay
                # behind, so each batch reads only what is left (no rescan from the start).
                ids = list(
                    step.due(cutoffs[step.kind])
                    .filter(pk__gt=after)
                    .order_by("pk")
                    .select_for_update(skip_locked=True, of=("self",))
                    .values_list("pk", flat=True)[:BATCH]
                )
                if not ids:
                    break
                total += step.apply(ids)
                after = ids[-1]
        changed[step.code] = total
    audit.record(
        actor=None, action=AuditAction.DELETE, detail={"retention": changed, "at": now.isoformat()}
    )
    return changed
