"""The outbox: every e-mail is a row first, a Celery task second.

`queue_email` writes the row inside the caller's transaction and enqueues delivery on
commit. Enqueueing never blocks a request: if Redis is down it gives up at once and
the periodic sweep picks the row up later. `deliver` sends a row at most once: it holds
the row lock while talking to the mail server, and a row already sent is left alone.
"""

import logging
import random
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.module_loading import import_string

from .emails import render_email
from .models import OutgoingMessage

log = logging.getLogger(__name__)
NOT_DUE_SLACK = timedelta(seconds=2)  # a countdown task may run a moment early


# Sent inside the transaction that marks a message failed, so that whatever the message
# was for (a referral) can say so in the same commit. Receivers get `message`.
delivery_failed = Signal()


# Machine-sent mail says so, so that auto-responders do not answer it (RFC 3834).
AUTOMATIC = {"Auto-Submitted": "auto-generated"}


def queue_email(
    *,
    kind: str,
    to_email: str,
    language: str,
    template: str,
    context: dict,
    headers: dict | None = None,
    attachments: list[dict] | None = None,
    message_id: str | None = None,
) -> OutgoingMessage:
    """Write the row (call inside the transaction that causes the e-mail). `headers`
    replace the default Auto-Submitted one: a person's reply is not automatic. A
    `message_id` made from what the e-mail is about makes a second copy impossible: the
    column is unique, so the second insert fails."""
    subject, text, html = render_email(template, context, language)
    message = OutgoingMessage.objects.create(
        kind=kind,
        to_email=to_email,
        language=language,
        subject=subject,
        body_text=text,
        body_html=html,
        headers=AUTOMATIC if headers is None else headers,
        attachments=attachments or [],
        enqueued_at=timezone.now(),  # the commit enqueues it; a failure clears this
        **({"message_id": message_id} if message_id else {}),
    )
    transaction.on_commit(lambda: enqueue_delivery(message.pk))
    return message


def enqueue_delivery(message_id: int, countdown: float = 0) -> bool:
    """Hand a row to the worker. Returns False (quietly) when the broker is unreachable."""
    from .tasks import deliver_message

    try:
        deliver_message.apply_async((message_id,), countdown=countdown, retry=False)
    except Exception as error:  # the broker is down; the next sweep hands it over
        log.warning(
            "outbox enqueue failed", extra={"message_pk": message_id, "error": type(error).__name__}
        )
        OutgoingMessage.objects.filter(pk=message_id).update(enqueued_at=None)
        return False
    return True


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, 4 min … capped at one hour, each shortened by up to half at
    random, so that rows which failed together (the mail server was down) spread out."""
    ceiling = min(30 * 2 ** max(attempts - 1, 0), 3600)
    return timedelta(seconds=ceiling * random.uniform(0.5, 1.0))


def deliver(message_id: int) -> str:
    """Send one row. Returns what happened: sent, already-done, not-due, locked, retry,
    failed."""
    with transaction.atomic():
        message = (
            OutgoingMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id)
            .first()
        )
        if message is None:
            return "locked"  # another worker holds it, or it is gone
        if message.status != OutgoingMessage.Status.PENDING:
            return "already-done"
        if message.next_attempt_at > timezone.now() + NOT_DUE_SLACK:
            # A second copy of a retry (the sweep's, or one Redis redelivered) must not
            # spend the backoff: only the copy that arrives on time attempts the row.
            return "not-due"
        # The SMTP conversation happens under the row lock on purpose: a second
        # copy of this task skips the row instead of sending it twice.
        try:
            _send(message)
        except Exception as error:
            message.attempts += 1
            message.last_error = f"{type(error).__name__}: {error}"[:1000]
            if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS or _is_permanent(error):
                message.status = OutgoingMessage.Status.FAILED
            else:
                retry_in = backoff(message.attempts)
                message.next_attempt_at = timezone.now() + retry_in
                message.enqueued_at = message.next_attempt_at
            message.save(
                update_fields=["attempts", "last_error", "status", "next_attempt_at", "enqueued_at"]
            )
            log.warning(
                "outbox delivery failed",
                extra={"message_pk": message.pk, "attempts": message.attempts},
            )
            if message.status == OutgoingMessage.Status.FAILED:
                delivery_failed.send(sender=OutgoingMessage, message=message)
                return "failed"
            transaction.on_commit(
                lambda: enqueue_delivery(message.pk, countdown=retry_in.total_seconds())
            )
            return "retry"
        message.status = OutgoingMessage.Status.SENT
        message.attempts += 1
        message.sent_at = timezone.now()
        message.last_error = ""
        message.save(update_fields=["status", "attempts", "sent_at", "last_error"])
    log.info("outbox delivered", extra={"message_pk": message_id})
    return "sent"


def _send(message: OutgoingMessage) -> None:
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        to=[message.to_email],
        headers={"Message-ID": message.message_id, **message.headers},
    )
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    for spec in message.attachments:
        email.attach(*import_string(spec["builder"])(spec["id"]))
    email.send()


def _is_permanent(error: Exception) -> bool:
    """The mail server refused the address for good (a 5xx answer): retrying cannot help,
    and the person waiting for the message should hear so now, not in hours."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(500 <= code < 600 for code, _ in error.recipients.values())
    # Not a refused sender or log-in: that is our configuration, fixed once for all rows.
    return isinstance(error, smtplib.SMTPDataError) and 500 <= error.smtp_code < 600


def cancel(message_id: int) -> bool:
    """Stop a row that has not gone out yet (call inside a transaction). Waits for a
    delivery in progress (the UPDATE waits for its row lock, then sees the row as sent);
    returns False when the message had already gone."""
    pending = OutgoingMessage.objects.filter(pk=message_id, status=OutgoingMessage.Status.PENDING)
    return bool(pending.update(status=OutgoingMessage.Status.CANCELLED))


def lost_messages(limit: int = 500) -> list[int]:
    """Due rows with no task on its way: never handed to the broker, or handed over a
    while ago (two sweep intervals) and still not sent."""
    now = timezone.now()
    stale = now - timedelta(seconds=max(2 * settings.OUTBOX_SWEEP_SECONDS, 10))
    return list(
        OutgoingMessage.objects.filter(
            status=OutgoingMessage.Status.PENDING, next_attempt_at__lte=now
        )
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lte=stale))
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def sweep(batch: int = 500) -> int:
    """Hand every lost row to the broker, a batch at a time, so that a backlog (Redis
    restarted empty) drains at the workers' pace rather than a batch per sweep. Stops at
    the first refusal: the broker is down, and the next sweep tries again. Returns how
    many were handed over."""
    handed = 0
    while ids := lost_messages(batch):
        taken = []
        for pk in ids:
            if not enqueue_delivery(pk):
                break
            taken.append(pk)
        OutgoingMessage.objects.filter(pk__in=taken).update(enqueued_at=timezone.now())
        handed += len(taken)
        if len(taken) < len(ids):
            break
    return handed
