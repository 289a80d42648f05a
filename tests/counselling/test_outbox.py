"""The outbox row is the truth: sent at most once, retried with backoff, then given up."""

import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from counselling import outbox
from counselling.models import OutgoingMessage


def _queue(**extra) -> OutgoingMessage:
    return outbox.queue_email(
        kind="password_reset",
        to_email="olena@example.org",
        language="uk",
        template="password_reset",
        context={
            "user": None,
            "protocol": "https",
            "domain": "silta.example.org",
            "uid": "MQ",
            "token": "abc-123",
            **extra,
        },
    )


@pytest.fixture
def closed_port():
    """A loopback port nobody listens on: a real SMTP connection failure."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_row_is_written_in_the_callers_transaction_and_enqueued_on_commit(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        message = _queue()

    assert len(callbacks) == 1
    assert message.status == OutgoingMessage.Status.PENDING
    assert message.message_id.endswith("@silta.example.org>")
    assert "/reset/MQ/abc-123/" in message.body_text


def test_nothing_is_queued_when_the_callers_transaction_rolls_back(
    db, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        _queue()
        raise RuntimeError("the change that caused the e-mail failed")

    assert OutgoingMessage.objects.count() == 0
    assert callbacks == []


def test_a_row_is_sent_once_however_often_delivery_runs(db):
    message = _queue()

    results = [outbox.deliver(message.pk) for _ in range(3)]

    assert results == ["sent", "already-done", "already-done"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Message-ID"] == message.message_id
    message.refresh_from_db()
    assert (message.status, message.attempts) == (OutgoingMessage.Status.SENT, 1)


def test_an_unreachable_mail_server_means_retry_later_then_failed(db, settings, closed_port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port
    settings.OUTBOX_MAX_ATTEMPTS = 3
    message = _queue()

    first = outbox.deliver(message.pk)
    message.refresh_from_db()

    assert first == "retry"
    assert message.status == OutgoingMessage.Status.PENDING
    assert "ConnectionRefusedError" in message.last_error
    assert message.next_attempt_at > timezone.now() + timedelta(seconds=14)  # 30 s, jittered
    assert message.pk not in outbox.lost_messages(), "not due again before its backoff"

    assert outbox.deliver(message.pk) == "not-due", "a duplicate task must not spend a try"
    assert [_deliver_when_due(message) for _ in range(2)] == ["retry", "failed"]
    message.refresh_from_db()
    assert (message.status, message.attempts) == (OutgoingMessage.Status.FAILED, 3)
    assert outbox.deliver(message.pk) == "already-done"


def _deliver_when_due(message: OutgoingMessage) -> str:
    """Run delivery as the retry task does: once the backoff has passed."""
    OutgoingMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    return outbox.deliver(message.pk)


def test_backoff_doubles_with_jitter_and_is_capped_at_an_hour():
    for attempts, ceiling in [(1, 30), (2, 60), (3, 120), (4, 240), (20, 3600)]:
        waits = {outbox.backoff(attempts).total_seconds() for _ in range(50)}
        assert all(ceiling / 2 <= wait <= ceiling for wait in waits)
        assert len(waits) > 1, "rows that failed together must not retry together"


def test_the_sweep_finds_due_rows_whose_task_is_lost_only(db, settings):
    settings.OUTBOX_SWEEP_SECONDS = 60
    lost = _queue()  # handed to the broker ten minutes ago, never sent: Redis lost it
    never = _queue()  # the broker was down when it was queued
    on_its_way = _queue()  # handed over a moment ago
    later = _queue()
    sent = _queue()
    old = timezone.now() - timedelta(minutes=10)
    OutgoingMessage.objects.filter(pk=lost.pk).update(enqueued_at=old, next_attempt_at=old)
    OutgoingMessage.objects.filter(pk=never.pk).update(enqueued_at=None)
    OutgoingMessage.objects.filter(pk=later.pk).update(
        enqueued_at=None, next_attempt_at=timezone.now() + timedelta(minutes=5)
    )
    outbox.deliver(sent.pk)

    assert outbox.lost_messages() == [lost.pk, never.pk]
    assert on_its_way.pk not in outbox.lost_messages()


def test_the_sweep_hands_over_the_whole_backlog_in_one_run(db, settings):
    settings.OUTBOX_SWEEP_SECONDS = 60
    for _ in range(5):
        _queue()
    OutgoingMessage.objects.update(enqueued_at=None)  # the broker was down all along

    assert outbox.sweep(batch=2) == 5, "not one batch per sweep"
    assert outbox.lost_messages() == [], "each row is marked handed over"
