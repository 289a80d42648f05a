"""Verbs of intake. Each runs in one transaction and writes its audit event; e-mails go
through the outbox in the same transaction."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from clients.restriction import refuse_if_restricted
from common import limits
from counselling import access as counselling_access
from counselling import audit, outbox
from counselling.caching import forget, remembered
from counselling.models import AuditAction, Office, User
from counselling.services import check_new_owner, check_reassignment, lock_movable
from counselling.workdays import add_working_days
from knowledge.services import record_shares

from . import access
from .models import (
    Attachment,
    CallAttempt,
    CallBack,
    Inquiry,
    InquiryChannel,
    InquiryMessage,
    RawSubmission,
    RejectedSubmission,
    Visit,
)


def due_by(received: datetime, channel: str) -> datetime:
    """The answer is due this many working days after it came in, at the same local time
    (counselling/workdays.py). With no days, it is due the moment it came in."""
    days = settings.INQUIRY_RESPONSE_DAYS.get(channel, 2)
    return add_working_days(timezone.localtime(received), days)


DEFAULT_OFFICE_KEY = "channels:default-office"


def default_office() -> Office:
    """Where inquiries naming no office go. Cached: every web form asks, and an office
    saved or deleted clears it (apps.py)."""
    return remembered(DEFAULT_OFFICE_KEY, _default_office, timeout=600)


def _default_office() -> Office:
    code = settings.INQUIRY_DEFAULT_OFFICE
    office = Office.objects.filter(code=code).first() if code else None
    return office or Office.objects.order_by("pk").first()


def forget_default_office(**kwargs) -> None:
    forget(DEFAULT_OFFICE_KEY)


def drop_unaccepted_raw(batch: int = 1000) -> int:
    """Delete raw submissions that never became an inquiry or a message (invalid,
    refused or repeated posts, auto-replies, duplicates) once they are
    RAW_UNACCEPTED_DAYS old: kept to diagnose a fault, not for ever. E-mail still waiting
    to be parsed (accepted is None) is kept: mail.poll retries it. Deleted in batches of
    ids, so payloads never fill the worker's memory; the audit trail gets the number."""
    cutoff = timezone.now() - timedelta(days=settings.RAW_UNACCEPTED_DAYS)
    unaccepted = Q(accepted=False) | Q(accepted__isnull=True, channel=InquiryChannel.WEB_FORM)
    stale = RawSubmission.objects.filter(unaccepted, received_at__lt=cutoff)
    deleted = 0
    while ids := list(stale.values_list("pk", flat=True)[:batch]):
        deleted += RawSubmission.objects.filter(pk__in=ids).only("pk").delete()[0]
    if deleted:
        audit.record(
            actor=None,
            action=AuditAction.DELETE,
            detail={"raw_submissions": deleted, "older_than_days": settings.RAW_UNACCEPTED_DAYS},
        )
    return deleted


def keep_raw(*, channel: str, payload: bytes, content_type: str = "") -> RawSubmission:
    """Save inbound data before parsing it: committed on its own, so that nothing is
    lost even if what follows fails."""
    return RawSubmission.objects.create(
        channel=channel, payload=payload, content_type=content_type[:200]
    )


def submit_inquiry(
    *,
    inquiry: Inquiry,
    message: str,
    attachments: list,
    page_language: str,
    submission_key: str,
    raw: RawSubmission | None = None,
    request: HttpRequest | None = None,
) -> tuple[Inquiry, bool]:
    """Save a newcomer's inquiry (an unsaved instance) with its first message and
    attachments, and acknowledge it by e-mail in the language of the page they used.
    Returns (inquiry, created): a second post with the same key returns the first."""
    try:
        with transaction.atomic():
            inquiry.submission_key = submission_key
            inquiry.office = inquiry.office if inquiry.office_id else default_office()
            inquiry.consent_at = timezone.now()
            inquiry.due_at = due_by(inquiry.created_at, inquiry.channel)
            inquiry.raw = raw
            inquiry.save()
            first = InquiryMessage(
                inquiry=inquiry, direction=InquiryMessage.Direction.IN, body=message
            )
            if inquiry.email:
                # Our acknowledgement starts the thread; the newcomer's reply points at it.
                first.message_id = acknowledge(inquiry, language=page_language)
            first.save()
            for upload in attachments:
                Attachment.objects.create(
                    message=first,
                    file=upload,
                    filename=upload.name[:200],
                    content_type=upload.sniffed_type,
                    size=upload.size,
                )
            if inquiry.reply_by == Inquiry.ReplyBy.PHONE and inquiry.phone:
                request_call_back(inquiry=inquiry)
            if raw is not None:
                raw.accepted = True
                raw.save(update_fields=["accepted"])
            audit.record(
                actor=None,
                action=AuditAction.CREATE,
                obj=inquiry,
                request=request,
                detail={"channel": inquiry.channel},
            )
    except IntegrityError:
        # The same form posted twice (a double click): the first post saved it.
        existing = Inquiry.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return existing, False
    return inquiry, True


def acknowledge(inquiry: Inquiry, *, language: str, in_reply_to: str = "") -> str:
    """Queue the acknowledgement (the reference number, in the newcomer's language),
    threaded under their e-mail when it answers one. Returns its Message-ID."""
    headers = {**outbox.AUTOMATIC, "Reply-To": settings.INBOX_EMAIL}
    if in_reply_to:
        headers.update({"In-Reply-To": in_reply_to, "References": in_reply_to})
    sent = outbox.queue_email(
        kind="inquiry_received",
        to_email=inquiry.email,
        language=language,
        template="inquiry_received",
        context={"inquiry": inquiry},
        headers=headers,
    )
    return sent.message_id


@transaction.atomic
def reply(
    *, inquiry: Inquiry, author: User, body: str, request: HttpRequest | None = None
) -> InquiryMessage:
    """Answer by e-mail, threaded under the newcomer's last message so that their mail
    program groups it, from an address whose replies come back to the inbox."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    thread = list(
        inquiry.messages.exclude(message_id="")
        .order_by("created_at", "id")
        .values_list("message_id", flat=True)
    )
    headers = {"Reply-To": settings.INBOX_EMAIL}
    if thread:
        headers["In-Reply-To"] = thread[-1]
        headers["References"] = " ".join(thread[-10:])
    sent = outbox.queue_email(
        kind="inquiry_reply",
        to_email=inquiry.email,
        language=_reply_language(inquiry, author),
        template="inquiry_reply",
        context={"inquiry": inquiry, "body": body, "author": author},
        headers=headers,
    )
    message = InquiryMessage.objects.create(
        inquiry=inquiry,
        direction=InquiryMessage.Direction.OUT,
        body=body,
        author=author,
        message_id=sent.message_id,
        outgoing=sent,
    )
    now = timezone.now()
    inquiry.status = Inquiry.Status.ANSWERED
    inquiry.first_response_at = inquiry.first_response_at or now
    if inquiry.assignee_id is None:
        inquiry.assignee = author
    inquiry.save(update_fields=["status", "first_response_at", "assignee"])
    record_shares(text=body)
    audit.record(
        actor=author,
        action=AuditAction.UPDATE,
        obj=inquiry,
        request=request,
        detail={"reply": message.pk},
    )
    return message


def _reply_language(inquiry: Inquiry, author: User) -> str:
    """The frame of the e-mail (greeting, reference) in the inquiry's language when the
    interface has it, else in the counsellor's; the body is what they wrote."""
    languages = dict(settings.LANGUAGES)
    return inquiry.language if inquiry.language in languages else author.language


@transaction.atomic
def assign(
    *, inquiry: Inquiry, assignee: User | None, by: User, request: HttpRequest | None = None
) -> Inquiry:
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    inquiry.assignee = assignee
    if inquiry.status == Inquiry.Status.NEW and assignee is not None:
        inquiry.status = Inquiry.Status.OPEN
    inquiry.save(update_fields=["assignee", "status"])
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=inquiry,
        request=request,
        detail={"fields": ["assignee"], "assignee": assignee.pk if assignee else None},
    )
    return inquiry


@transaction.atomic
def reassign_inquiries(
    *,
    by: User,
    from_user: User,
    to_user: User,
    reason: str,
    inquiries: Iterable[Inquiry] | None = None,
    request: HttpRequest | None = None,
) -> list[Inquiry]:
    """Give `to_user` the inquiries `from_user` holds, not yet closed, in `by`'s offices:
    all of them, or only the chosen `inquiries`. A new one becomes in progress, as when
    it is assigned by hand; each gets an audit event (inquiries keep no other history).
    The whole move is refused, and nothing moves, on the rules of
    counselling.services.hand_over_caseload. The reason is checked here and kept by the
    caller, who also tells the new owner (reports.services.reassign_work)."""
    counselling_access.require_role(by, *counselling_access.REASSIGN_ROLES)
    check_reassignment(from_user=from_user, to_user=to_user, reason=reason)
    movable = access.inquiries_for(by).filter(assignee=from_user)
    movable = movable.exclude(status=Inquiry.Status.CLOSED)
    locked = lock_movable(movable, inquiries)  # a reply or a close in progress ends first
    if not locked:
        return []
    check_new_owner(to_user, {inquiry.office_id for inquiry in locked})
    Inquiry.objects.filter(pk__in=[inquiry.pk for inquiry in locked]).update(
        assignee=to_user,
        status=models.Case(
            models.When(status=Inquiry.Status.NEW, then=models.Value(Inquiry.Status.OPEN)),
            default=models.F("status"),
        ),
    )
    for inquiry in locked:
        inquiry.assignee = to_user
        if inquiry.status == Inquiry.Status.NEW:
            inquiry.status = Inquiry.Status.OPEN
    audit.record_each(
        actor=by,
        action=AuditAction.UPDATE,
        objs=locked,
        request=request,
        detail={"fields": ["assignee"], "assignee": to_user.pk, "from": from_user.pk, "bulk": True},
    )
    return locked


@transaction.atomic
def close(
    *,
    inquiry: Inquiry,
    outcome: str,
    by: User,
    answered: bool = False,
    request: HttpRequest | None = None,
) -> Inquiry:
    """Close with an outcome. `answered`: closing is itself the answer (the newcomer was
    served in a counselling session), so it counts as the first response if none came
    before."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    inquiry.status = Inquiry.Status.CLOSED
    inquiry.outcome = outcome
    inquiry.closed_at = timezone.now()
    if answered and inquiry.first_response_at is None:
        inquiry.first_response_at = inquiry.closed_at
    inquiry.save(update_fields=["status", "outcome", "closed_at", "first_response_at"])
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=inquiry,
        request=request,
        detail={"fields": ["status", "outcome"], "outcome": outcome, "answered": answered},
    )
    return inquiry


@transaction.atomic
def link_client(
    *, inquiry: Inquiry, client, by: User, request: HttpRequest | None = None
) -> Inquiry:
    refuse_if_restricted(client)
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    inquiry.client = client
    inquiry.save(update_fields=["client"])
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=inquiry,
        request=request,
        detail={"fields": ["client"]},
    )
    return inquiry


TOO_MANY = _lazy("Too many messages in a short time. Please try again in an hour.")


def too_many_from(ip: str) -> bool:
    """True (and counted) once this address has spent its hourly allowance of posts."""
    if limits.over_limit("contact-ip", ip, settings.CONTACT_PER_IP_PER_HOUR):
        count_rejection(RejectedSubmission.Reason.RATE_IP)
        return True
    return False


def screen(*, form, raw: RawSubmission) -> str:
    """Why a valid contact form is refused — a bot's post, or too many for one e-mail or
    phone — or "". A refused post is counted and its raw copy dropped: it never
    becomes an inquiry."""
    reason = form.is_spam()
    address = form.cleaned_data["email"] or form.cleaned_data["phone"]
    per_address = settings.CONTACT_PER_ADDRESS_PER_HOUR
    if not reason and address and limits.over_limit("contact-address", address, per_address):
        reason = RejectedSubmission.Reason.RATE_CONTACT
    if reason:
        raw.delete()
        count_rejection(reason)
    return reason


TABLE = RejectedSubmission._meta.db_table


def count_rejection(reason: str) -> None:
    """One more rejected submission today: one upsert, so concurrent bots lose no count."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {TABLE} AS t (day, reason, count) VALUES (%s, %s, 1)
            ON CONFLICT (day, reason) DO UPDATE SET count = t.count + 1
            """,
            [timezone.localdate(), reason],
        )


def move_inquiries(sender, *, keep, duplicate, **kwargs) -> dict[str, int]:
    """A merged client's inquiries follow them to the kept record (see clients.signals)."""
    return {"inquiries": Inquiry.objects.filter(client=duplicate).update(client=keep)}


@transaction.atomic
def register_visit(
    *, visit: Visit, registered_by: User, request: HttpRequest | None = None
) -> Visit:
    """Give a walk-in the office's next queue number for today."""
    # The office row lock serialises numbering: two receptionists never hand out one
    # number twice.
    Office.objects.select_for_update().get(pk=visit.office_id)
    today = timezone.localdate()
    last = Visit.objects.filter(office_id=visit.office_id, day=today).order_by("-number").first()
    visit.day = today
    visit.number = (last.number if last else 0) + 1
    visit.registered_by = registered_by
    visit.save()
    audit.record(
        actor=registered_by,
        action=AuditAction.CREATE,
        obj=visit,
        request=request,
    )
    return visit


@transaction.atomic
def call_next(
    *, office: Office, counsellor: User, request: HttpRequest | None = None
) -> Visit | None:
    """The longest-waiting visitor of today is called in by this counsellor; None when
    nobody waits. Two counsellors pressing at once call two different people."""
    visit = (
        Visit.objects.select_for_update(skip_locked=True)
        .filter(office=office, day=timezone.localdate(), status=Visit.Status.WAITING)
        .order_by("number")
        .first()
    )
    if visit is None:
        return None
    visit.status = Visit.Status.CALLED
    visit.called_at = timezone.now()
    visit.served_by = counsellor
    visit.save(update_fields=["status", "called_at", "served_by"])
    audit.record(
        actor=counsellor,
        action=AuditAction.UPDATE,
        obj=visit,
        request=request,
        detail={"fields": ["status"], "status": visit.status},
    )
    return visit


VISIT_ENDINGS = {Visit.Status.SERVED, Visit.Status.LEFT}


@transaction.atomic
def end_visit(*, visit: Visit, status: str, by: User, request: HttpRequest | None = None) -> Visit:
    """Served, or left without being served; a visit ends once."""
    visit = Visit.objects.select_for_update().get(pk=visit.pk)
    if status not in VISIT_ENDINGS or visit.status in VISIT_ENDINGS:
        raise ValidationError(_("This visit has already ended."), code="ended")
    visit.status = status
    visit.ended_at = timezone.now()
    visit.save(update_fields=["status", "ended_at"])
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=visit,
        request=request,
        detail={"fields": ["status"], "status": status},
    )
    return visit


CALL_BACK_GIVE_UP_AFTER = 3  # unanswered attempts before a call-back is closed as unreachable


def request_call_back(*, inquiry: Inquiry, when: str = "") -> CallBack:
    """Queue a call-back for the inquiry (call inside its transaction)."""
    return CallBack.objects.create(
        inquiry=inquiry,
        phone=inquiry.phone,
        language=inquiry.language,
        when=when,
        due_at=due_by(timezone.now(), InquiryChannel.PHONE),
    )


@transaction.atomic
def log_call(
    *,
    inquiry: Inquiry,
    question: str,
    answer: str,
    call_back: bool,
    call_back_when: str,
    logged_by: User,
    request: HttpRequest | None = None,
) -> Inquiry:
    """Record a phone call (an unsaved inquiry naming office, caller and language) with
    what was asked and answered; queue a call-back when one is needed."""
    now = timezone.now()
    inquiry.channel = InquiryChannel.PHONE
    inquiry.assignee = logged_by
    inquiry.due_at = due_by(inquiry.created_at, InquiryChannel.PHONE)
    inquiry.first_response_at = now if answer else None
    inquiry.status = Inquiry.Status.OPEN if call_back else Inquiry.Status.CLOSED
    inquiry.closed_at = None if call_back else now
    inquiry.save()
    InquiryMessage.objects.create(
        inquiry=inquiry, direction=InquiryMessage.Direction.IN, body=question, created_at=now
    )
    if answer:
        InquiryMessage.objects.create(
            inquiry=inquiry,
            direction=InquiryMessage.Direction.OUT,
            body=answer,
            author=logged_by,
            created_at=now,
        )
    if call_back:
        request_call_back(inquiry=inquiry, when=call_back_when)
    audit.record(
        actor=logged_by,
        action=AuditAction.CREATE,
        obj=inquiry,
        request=request,
        detail={"channel": "phone", "call_back": call_back},
    )
    return inquiry


@transaction.atomic
def record_attempt(
    *,
    call_back: CallBack,
    result: str,
    note: str,
    by: User,
    request: HttpRequest | None = None,
) -> CallAttempt:
    """One try at calling back. Reaching the person ends the call-back; after
    CALL_BACK_GIVE_UP_AFTER unanswered tries it ends as unreachable."""
    call_back = CallBack.objects.select_for_update().get(pk=call_back.pk)
    if call_back.status != CallBack.Status.OPEN:
        raise ValidationError(_("This call-back has already ended."), code="ended")
    attempt = CallAttempt.objects.create(call_back=call_back, result=result, note=note, by=by)
    call_back.assigned_to = call_back.assigned_to or by
    tries = call_back.attempts.count()
    if result == CallAttempt.Result.REACHED:
        call_back.status = CallBack.Status.DONE
    elif tries >= CALL_BACK_GIVE_UP_AFTER:
        call_back.status = CallBack.Status.GAVE_UP
    if call_back.status != CallBack.Status.OPEN:
        call_back.ended_at = attempt.at
    call_back.save(update_fields=["assigned_to", "status", "ended_at"])
    inquiry = call_back.inquiry
    if result == CallAttempt.Result.REACHED and inquiry.first_response_at is None:
        Inquiry.objects.filter(pk=inquiry.pk).update(
            first_response_at=attempt.at, status=Inquiry.Status.ANSWERED
        )
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        obj=call_back,
        client_id=inquiry.client_id,
        office_id=inquiry.office_id,
        request=request,
        detail={"attempt": attempt.pk, "result": result},
    )
    return attempt
