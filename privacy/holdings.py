"""Everything Silta holds about a client, model by model: which rows are theirs, and what
erasing them does. A person's access request reads the same table, so what is exported
and what is erased cannot drift apart.

tests/privacy/test_completeness.py walks every model with a path to a client (a foreign
key to Client, or to a model that has one) and fails for any model that is neither here
nor in EXCLUDED with a reason: a new app's model cannot be forgotten.

Erasing keeps rows that the statistics count (an inquiry, a session, a referral) and
empties what is personal in them; rows that are only personal are deleted. The client
row itself stays as an empty shell with its segment, sex and birth year, so counts by
segment and the funder report's participants stay whole.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.contrib.postgres.functions import RandomUUID
from django.db import transaction
from django.db.models import DateField, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Cast, TruncYear

from activities.models import Attendance, Reminder, SignUp
from channels.models import (
    Attachment,
    CallAttempt,
    CallBack,
    Inquiry,
    InquiryMessage,
    RawSubmission,
    Visit,
)
from clients.models import Client, Consent, Household
from counselling.models import Case, CaseHandover, CounsellingSession, FollowUp
from programmes.models import Enrolment, GoalReview, PhaseSpell, PlanGoal
from referrals import services as referral_services
from referrals.models import PartnerCode, Referral, ReferralEvent
from reports.models import SurveyAnswer, SurveyInvitation
from volunteers.models import CheckIn, Match

from .models import LegalHold, Restriction

Ids = list[int]


@dataclass(frozen=True)
class Holding:
    rows: Callable[[Ids], QuerySet]
    # What erasure does to those rows; returns how many it changed or deleted.
    erase: Callable[[QuerySet], int]


def _blank(*fields: str) -> Callable[[QuerySet], int]:
    def erase(rows: QuerySet) -> int:
        return rows.update(**{field: "" for field in fields})

    return erase


def _delete(rows: QuerySet) -> int:
    return rows.delete()[0]


def _keep(rows: QuerySet) -> int:
    """Kept as it is: counted by the statistics, and nothing in it is personal."""
    return 0


def delete_attachments(rows: QuerySet) -> int:
    # The files once the rows are gone for good: a rolled-back erasure keeps both.
    files = [(attachment.file.storage, attachment.file.name) for attachment in rows]
    transaction.on_commit(lambda: [storage.delete(name) for storage, name in files])
    return rows.delete()[0]


def _inquiries(rows: QuerySet) -> int:
    # The raw e-mail is the person's message as it arrived: it goes with them.
    RawSubmission.objects.filter(pk__in=rows.exclude(raw=None).values("raw")).delete()
    return rows.update(name="", email="", phone="", raw=None)


def _referrals(rows: QuerySet, *, withdraw: bool = True) -> int:
    """What was shared goes, and so do the partner's links: an open referral is withdrawn
    (the partner is told, without the client's name), a new uid makes every link ever sent
    point at nothing, and the one-time codes are deleted."""
    open_ones = rows.filter(status__in=[Referral.Status.SENT, Referral.Status.ACCEPTED])
    for referral in open_ones if withdraw else []:
        referral_services.change_status(referral=referral, to=Referral.Status.WITHDRAWN)
    return rows.update(uid=RandomUUID(), reason="", shared={}, override_reason="")


def _clients(rows: QuerySet, *, keep_birth_date: bool = False) -> int:
    """An empty shell: the segment, sex and year of birth stay for the statistics."""
    year = Cast(TruncYear("birth_date"), output_field=DateField())
    return rows.update(
        given_name="",
        family_name="",
        given_name_original="",
        family_name_original="",
        preferred_name="",
        email="",
        phone="",
        id_code="",
        municipality="",
        citizenship="",
        arrival_date=None,
        first_permit_date=None,
        birth_date=F("birth_date") if keep_birth_date else year,
        search_name="",
        # Out of the household, so the living members' page shows no ghost.
        household=None,
        relationship="",
    )


def _left_alone(household: str = "pk") -> Exists:
    """A household with a member not erased: its name is theirs too, and stays."""
    return Exists(Client.objects.filter(household=OuterRef(household), erased_at__isnull=True))


def _households(rows: QuerySet) -> int:
    return rows.exclude(_left_alone()).update(name="")


def _household_history(rows: QuerySet) -> int:
    return rows.exclude(_left_alone("id")).update(name="")


def _history(model, *fields: str) -> Holding:
    """A model's history rows (simple_history) hold every earlier version of it."""
    return Holding(
        rows=lambda ids: model.history.model.objects.filter(client_id__in=ids),
        erase=_blank(*fields) if fields else _keep,
    )


def _case_ids(ids: Ids) -> QuerySet:
    return Case.objects.filter(client_id__in=ids).values("pk")


HOLDINGS: dict[str, Holding] = {
    "clients.Client": Holding(lambda ids: Client.objects.filter(pk__in=ids), _clients),
    "clients.HistoricalClient": Holding(
        lambda ids: Client.history.model.objects.filter(id__in=ids), _delete
    ),
    "clients.Household": Holding(
        lambda ids: Household.objects.filter(members__pk__in=ids).distinct(), _households
    ),
    "clients.HistoricalHousehold": Holding(
        lambda ids: Household.history.model.objects.filter(
            id__in=Client.objects.filter(pk__in=ids).values("household")
        ),
        _household_history,
    ),
    # What the person agreed to, and when: the scope and the partner organisation's name.
    "clients.Consent": Holding(lambda ids: Consent.objects.filter(client_id__in=ids), _keep),
    "clients.HistoricalConsent": _history(Consent),
    "counselling.Case": Holding(lambda ids: Case.objects.filter(client_id__in=ids), _keep),
    "counselling.HistoricalCase": _history(Case),
    "counselling.CaseHandover": Holding(
        lambda ids: CaseHandover.objects.filter(case__in=_case_ids(ids)), _blank("note")
    ),
    "counselling.CounsellingSession": Holding(
        lambda ids: CounsellingSession.objects.filter(client_id__in=ids), _blank("note", "place")
    ),
    "counselling.HistoricalCounsellingSession": _history(CounsellingSession, "note", "place"),
    "counselling.FollowUp": Holding(
        lambda ids: FollowUp.objects.filter(client_id__in=ids), _blank("description")
    ),
    "counselling.HistoricalFollowUp": _history(FollowUp, "description"),
    "channels.Inquiry": Holding(lambda ids: Inquiry.objects.filter(client_id__in=ids), _inquiries),
    "channels.InquiryMessage": Holding(
        lambda ids: InquiryMessage.objects.filter(inquiry__client_id__in=ids), _blank("body")
    ),
    "channels.Attachment": Holding(
        lambda ids: Attachment.objects.filter(message__inquiry__client_id__in=ids),
        delete_attachments,
    ),
    "channels.CallBack": Holding(
        lambda ids: CallBack.objects.filter(inquiry__client_id__in=ids), _blank("phone")
    ),
    "channels.CallAttempt": Holding(
        lambda ids: CallAttempt.objects.filter(call_back__inquiry__client_id__in=ids),
        _blank("note"),
    ),
    "channels.Visit": Holding(lambda ids: Visit.objects.filter(client_id__in=ids), _keep),
    "referrals.Referral": Holding(
        lambda ids: Referral.objects.filter(client_id__in=ids), _referrals
    ),
    "referrals.ReferralEvent": Holding(
        lambda ids: ReferralEvent.objects.filter(referral__client_id__in=ids), _blank("note")
    ),
    "referrals.PartnerCode": Holding(
        lambda ids: PartnerCode.objects.filter(referral__client_id__in=ids), _delete
    ),
    "reports.SurveyInvitation": Holding(
        lambda ids: SurveyInvitation.objects.filter(client_id__in=ids),
        lambda rows: rows.update(client=None),
    ),
    "reports.SurveyAnswer": Holding(
        lambda ids: SurveyAnswer.objects.filter(invitation__client_id__in=ids), _blank("comment")
    ),
    # Counted by programme and phase: the rows stay, their words go.
    "programmes.Enrolment": Holding(lambda ids: Enrolment.objects.filter(client_id__in=ids), _keep),
    "programmes.PhaseSpell": Holding(
        lambda ids: PhaseSpell.objects.filter(enrolment__client_id__in=ids), _blank("note")
    ),
    "programmes.PlanGoal": Holding(
        lambda ids: PlanGoal.objects.filter(enrolment__client_id__in=ids), _blank("description")
    ),
    "programmes.GoalReview": Holding(
        lambda ids: GoalReview.objects.filter(goal__enrolment__client_id__in=ids), _blank("note")
    ),
    # The volunteer then sees nothing of the person: no shared field is left.
    "volunteers.Match": Holding(
        lambda ids: Match.objects.filter(client_id__in=ids),
        lambda rows: rows.update(needs="", outcome_note="", shared_fields=[]),
    ),
    "volunteers.CheckIn": Holding(
        lambda ids: CheckIn.objects.filter(match__client_id__in=ids), _blank("note")
    ),
    # Which group activities the person signed up for and came to: counted for the funder
    # report, and nothing in them is personal beyond the link to the client.
    "activities.SignUp": Holding(lambda ids: SignUp.objects.filter(client_id__in=ids), _keep),
    "activities.Attendance": Holding(
        lambda ids: Attendance.objects.filter(sign_up__client_id__in=ids), _keep
    ),
    # That a reminder went: its e-mail's copy goes with the outbox copies (by address).
    "activities.Reminder": Holding(
        lambda ids: Reminder.objects.filter(sign_up__client_id__in=ids), _keep
    ),
    "privacy.LegalHold": Holding(
        lambda ids: LegalHold.objects.filter(client_id__in=ids), _blank("reason", "lift_reason")
    ),
    "privacy.Restriction": Holding(
        lambda ids: Restriction.objects.filter(client_id__in=ids), _blank("reason", "lift_reason")
    ),
}

# At the end of a retention period nobody asked: the statistics must come out the same
# (privacy.retention). The date of birth stays, without a name, for the funder report's
# age groups, and a referral keeps its status (its links are still revoked).
STATISTICS_KEPT: dict[str, Callable[[QuerySet], int]] = {
    "clients.Client": partial(_clients, keep_birth_date=True),
    "referrals.Referral": partial(_referrals, withdraw=False),
}

# Models with a path to a client that hold nothing of theirs, or must be kept.
EXCLUDED: dict[str, str] = {
    "counselling.AuditEvent": (
        "who opened the file and when: kept for accountability (GDPR Art. 5(2)) after an "
        "erasure; it names the client by number only. The access export lists it."
    ),
    "counselling.HistoricalCase_topics": "which topics a case version had: no personal data",
    "counselling.HistoricalCounsellingSession_topics": (
        "which topics a session version had: no personal data"
    ),
    "outreach.OutreachEvent": (
        "an event and the sessions held there (by id): the sessions are covered above"
    ),
    "outreach.Tally": "anonymous counts by topic and language at an event: no personal data",
    "outreach.OutreachContact": (
        "ties an inquiry (covered above, and emptied with it) to the event it came from"
    ),
}


def client_ids(client: Client) -> Ids:
    """The client and every record merged into them: a merged duplicate is the same person."""
    ids, frontier = [client.pk], [client.pk]
    while frontier:
        frontier = list(
            Client.objects.filter(merged_into__in=frontier).values_list("pk", flat=True)
        )
        ids += frontier
    return ids


def outbox_copies(ids: Ids) -> Q:
    """The outbox's copies of e-mails to the person, matched by address as they have no
    link to the client: every address the record ever had, less those another living
    client still uses (a family sharing one)."""
    addresses = {
        address
        for address in [
            *Client.objects.filter(pk__in=ids).values_list("email", flat=True),
            *Client.history.model.objects.filter(id__in=ids).values_list("email", flat=True),
            *Inquiry.objects.filter(client_id__in=ids).values_list("email", flat=True),
        ]
        if address
    }
    shared = Client.objects.filter(email__in=addresses, erased_at__isnull=True).exclude(pk__in=ids)
    return Q(to_email__in=addresses - set(shared.values_list("email", flat=True)))
