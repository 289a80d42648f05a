"""The outbox: every e-mail is a row first, a Celery task second.

`queue_email` writes the row inside the caller's transaction and enqueues delivery on
commit. Enqueueing never blocks a request: if Redis is down it gives up at once and
the periodic sweep picks the row up later. `deliver` sends a row at most once: it holds
the row lock while talking to the mail server, and a row already sent is left alone.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from .emails import render_email
from .models import OutgoingMessage

log = logging.getLogger(__name__)
NOT_DUE_SLACK = timedelta(seconds=2)  # a countdown task may run a moment early


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
) -> OutgoingMessage:
    """Write the row (call inside the transaction that causes the e-mail). `headers`
    replace the default Auto-Submitted one: a person's reply is not automatic."""
    subject, text, html = render_email(template, context, language)
    message = OutgoingMessage.objects.create(
        kind=kind,
        to_email=to_email,
        language=language,
        subject=subject,
        body_text=text,
        body_html=html,
        headers=AUTOMATIC if headers is None else headers,
    )
    transaction.on_commit(lambda: enqueue_delivery(message.pk))
    return message


def enqueue_delivery(message_id: int, countdown: float = 0) -> bool:
    """Hand a row to the worker. Returns False (quietly) when the broker is unreachable."""
    from .tasks import deliver_message

    try:
        deliver_message.apply_async((message_id,), countdown=countdown, retry=False)
    except Exception as error:  # the broker is down; the sweep will deliver it
        log.warning(
            "outbox enqueue failed", extra={"message_pk": message_id, "error": type(error).__name__}
        )
        return False
    return True


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, 4 min … capped at one hour."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


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
            if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
                message.status = OutgoingMessage.Status.FAILED
            else:
                message.next_attempt_at = timezone.now() + backoff(message.attempts)
            message.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
            log.warning(
                "outbox delivery failed",
                extra={"message_pk": message.pk, "attempts": message.attempts},
            )
            if message.status == OutgoingMessage.Status.FAILED:
                return "failed"
            retry_in = backoff(message.attempts).total_seconds()
            transaction.on_commit(lambda: enqueue_delivery(message.pk, countdown=retry_in))
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
    email.send()


def due_messages(limit: int = 500) -> list[int]:
    return list(
        OutgoingMessage.objects.filter(
            status=OutgoingMessage.Status.PENDING, next_attempt_at__lte=timezone.now()
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )


def sweep() -> int:
    """Re-enqueue due rows the broker lost or never got. Returns how many were handed over."""
    return sum(enqueue_delivery(pk) for pk in due_messages())
