"""Verbs of outreach. Each runs in one transaction and writes its audit event."""

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from channels import services as channel_services
from channels.models import Inquiry, InquiryChannel, InquiryMessage
from clients import services as client_services
from clients.languages import CODES
from clients.models import Client, Topic
from clients.restriction import refuse_if_restricted, unrestricted
from counselling import audit
from counselling.access import CASEWORKER_ROLES
from counselling.models import AuditAction, Channel, CounsellingSession, User

from .models import OutreachContact, OutreachEvent, Tally

# More than this in one go is a typing slip, not a crowd at a desk.
MAX_TALLY_STEP = 500


@transaction.atomic
def create_event(
    *, event: OutreachEvent, staff, created_by: User, request: HttpRequest | None = None
) -> OutreachEvent:
    """Save a new event (an unsaved, validated instance) with the staff present."""
    event.created_by = created_by
    event.save()
    event.staff.set(staff)
    audit.record(actor=created_by, action=AuditAction.CREATE, obj=event, request=request)
    return event


@transaction.atomic
def update_event(
    *,
    event: OutreachEvent,
    staff,
    changed: list[str],
    changed_by: User,
    request: HttpRequest | None = None,
) -> OutreachEvent:
    """Save an edited event (the form's instance); the audit names the fields."""
    event.save()
    event.staff.set(staff)
    audit.record(
        actor=changed_by,
        action=AuditAction.UPDATE,
        obj=event,
        request=request,
        detail={"fields": sorted(changed)},
    )
    return event


def check_tally(*, topic: Topic | None, language: str, count: int) -> None:
    """Refuse what a tally cannot count: a topic below the first level (or none), a
    language the service does not list, a count that is not a positive number."""
    if topic is None or topic.parent_id is not None:
        raise ValidationError(_("Choose one of the main topics."), code="topic")
    if language not in CODES:
        raise ValidationError(_("Choose a language from the list."), code="language")
    if not 1 <= count <= MAX_TALLY_STEP:
        raise ValidationError(
            _("Add between 1 and %(most)s at a time.") % {"most": MAX_TALLY_STEP}, code="count"
        )


TALLY_TABLE = Tally._meta.db_table


@transaction.atomic
def add_to_tally(
    *,
    event: OutreachEvent,
    topic: Topic,
    language: str,
    count: int = 1,
    by: User,
    request: HttpRequest | None = None,
) -> int:
    """Count `count` more people for the topic and language; returns the new total.
    One upsert: two staff tapping at once both count."""
    check_tally(topic=topic, language=language, count=count)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {TALLY_TABLE} AS t (event_id, topic_id, language, count)
            VALUES (%s, %s, %s, %s)
            ON CONFLICT (event_id, topic_id, language) DO UPDATE SET count = t.count + %s
            RETURNING count
            """,
            [event.pk, topic.pk, language, count, count],
        )
        total = cursor.fetchone()[0]
    _record_tally(event, topic, language, count, by, request)
    return total


@transaction.atomic
def undo_tally(
    *,
    event: OutreachEvent,
    topic: Topic,
    language: str,
    count: int = 1,
    by: User,
    request: HttpRequest | None = None,
) -> None:
    """Take back a tap (or a batch) counted by mistake. The count never goes below
    zero: if a colleague already took it back, there is nothing left to undo."""
    check_tally(topic=topic, language=language, count=count)
    taken = Tally.objects.filter(
        event=event, topic=topic, language=language, count__gte=count
    ).update(count=F("count") - count)
    if not taken:
        raise ValidationError(_("There is nothing to undo."), code="nothing")
    _record_tally(event, topic, language, -count, by, request)


def _record_tally(event, topic, language, change, by, request) -> None:
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=event,
        request=request,
        detail={"tally": {"topic": topic.code, "language": language, "change": change}},
    )


@transaction.atomic
def record_contact(
    *,
    event: OutreachEvent,
    inquiry: Inquiry,
    question: str,
    answer: str = "",
    new_client: Client | None = None,
    processing_consent: bool = False,
    by: User,
    request: HttpRequest | None = None,
) -> OutreachContact:
    """A person met at the event wants more: save their inquiry (an unsaved instance
    naming what they chose to give) in the event's office with what they asked, and
    register them as a client first when they want that too. They agreed to it there,
    so the consent is now."""
    now = timezone.now()
    refuse_if_restricted(inquiry.client if inquiry.client_id else None)
    if new_client is not None:
        inquiry.client = client_services.register_client(
            client=new_client,
            registered_by=by,
            office_id=event.office_id,
            processing_consent=processing_consent,
            request=request,
        )
    inquiry.channel = InquiryChannel.WALK_IN  # met in person, away from the office
    inquiry.office_id = event.office_id
    inquiry.created_at = now
    inquiry.consent_at = now
    inquiry.due_at = channel_services.due_by(now, InquiryChannel.WALK_IN)
    if by.role in CASEWORKER_ROLES:
        inquiry.assignee = by
    inquiry.status = Inquiry.Status.ANSWERED if answer else Inquiry.Status.OPEN
    inquiry.first_response_at = now if answer else None
    inquiry.save()
    InquiryMessage.objects.create(
        inquiry=inquiry, direction=InquiryMessage.Direction.IN, body=question, created_at=now
    )
    if answer:
        InquiryMessage.objects.create(
            inquiry=inquiry,
            direction=InquiryMessage.Direction.OUT,
            body=answer,
            author=by,
            created_at=now,
        )
    if inquiry.reply_by == Inquiry.ReplyBy.PHONE and inquiry.phone:
        channel_services.request_call_back(inquiry=inquiry)
    contact = OutreachContact.objects.create(event=event, inquiry=inquiry, recorded_by=by)
    audit.record(
        actor=by,
        action=AuditAction.CREATE,
        obj=inquiry,
        request=request,
        detail={"channel": "outreach", "outreach_event": event.pk},
    )
    return contact


@transaction.atomic
def link_sessions(*, event: OutreachEvent, by: User, request: HttpRequest | None = None) -> int:
    """Tie to the event the outreach sessions its office logged while it ran; returns
    how many were not tied already."""
    held = CounsellingSession.objects.filter(
        office_id=event.office_id,
        channel=Channel.OUTREACH,
        started_at__gte=event.starts_at,
        started_at__lt=event.ends_at,
    ).exclude(outreach_events=event)
    # A restricted client's session is frozen: it is tied to the event once lifted.
    held = held.filter(unrestricted("client__"))
    new = list(held.values_list("pk", flat=True))
    event.sessions.add(*new)
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=event,
        request=request,
        detail={"fields": ["sessions"], "sessions": new},
    )
    return len(new)
