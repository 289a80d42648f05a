"""A password reset travels request → outbox row → Redis → Celery worker → SMTP."""

import email
import time
from email.policy import default as default_policy

import pytest

from counselling.models import OutgoingMessage, Role
from tests.conftest import make_user
from tests.support import wait_for

pytestmark = pytest.mark.integration


def _request_reset(client, address: str):
    return client.post("/account/password-reset/", {"email": address})


def _parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=default_policy)


def test_reset_email_reaches_the_smtp_server_exactly_once(client, workers, smtp_server):
    user = make_user("helmi", Role.COUNSELLOR, language="fi")
    workers.start()

    response = _request_reset(client, user.email)

    assert response.status_code == 302
    assert response["Location"] == "/account/password-reset/sent/"
    assert wait_for(lambda: smtp_server.messages, timeout=60), workers.logs()
    # Give the sweep (every second here) and any duplicate task time to misbehave.
    time.sleep(4)
    assert len(smtp_server.messages) == 1, workers.logs()
    sent = _parsed(smtp_server.messages[0])
    row = OutgoingMessage.objects.get()
    assert sent["To"] == user.email
    assert sent["Message-ID"] == row.message_id
    assert sent["Auto-Submitted"] == "auto-generated"
    assert "/account/reset/" in sent.get_body(("plain",)).get_content()
    assert sent["Subject"] == row.subject
    assert "Silta" in row.subject and "password" not in row.subject.lower()  # in Finnish
    assert (row.status, row.attempts) == (OutgoingMessage.Status.SENT, 1)


def test_reset_succeeds_with_redis_down_and_the_email_follows_when_it_is_back(
    client, workers, smtp_server, private_redis
):
    user = make_user("ahmad", Role.RECEPTIONIST, language="ar")
    private_redis.stop()

    started = time.monotonic()
    response = _request_reset(client, user.email)

    assert response.status_code == 302
    assert time.monotonic() - started < 5, "a dead broker must not hold the request"
    row = OutgoingMessage.objects.get()
    assert row.status == OutgoingMessage.Status.PENDING

    private_redis.start()
    workers.start()

    assert wait_for(lambda: smtp_server.messages, timeout=60), workers.logs()
    time.sleep(4)
    assert len(smtp_server.messages) == 1, workers.logs()
    assert _parsed(smtp_server.messages[0])["Message-ID"] == row.message_id
    row.refresh_from_db()
    assert row.status == OutgoingMessage.Status.SENT


def test_unknown_address_sends_nothing_and_says_the_same(client, workers, smtp_server):
    workers.start()

    response = _request_reset(client, "nobody@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/account/password-reset/sent/"
    assert OutgoingMessage.objects.count() == 0
    time.sleep(3)
    assert smtp_server.messages == []
