"""The e-inquiry mailbox is read by the real Celery beat and worker: a newcomer's e-mail
becomes an inquiry in the inbox within seconds, with nobody calling the poller."""

import imaplib
import ssl
import time
from email import message_from_bytes

import pytest
from django.urls import reverse

from channels.models import Inquiry, RawSubmission
from tests.integration.dovecot import PASSWORD, USER
from tests.integration.test_email_inquiries import deliver, message
from tests.support import wait_for

pytestmark = pytest.mark.integration


def _unseen(server) -> list[bytes]:
    context = ssl.create_default_context(cafile=server.ca_file)
    client = imaplib.IMAP4_SSL("127.0.0.1", server.port, ssl_context=context)
    client.login(USER, PASSWORD)
    client.select("INBOX", readonly=True)
    _, data = client.uid("SEARCH", None, "UNSEEN")
    client.logout()
    return (data[0] or b"").split()


def test_an_email_in_the_mailbox_becomes_an_inquiry_without_anyone_polling(
    workers, imap_server, smtp_server, office_a, counsellor, sign_in
):
    # The fixture points only this process's settings at Dovecot; beat and worker
    # read theirs from the environment.
    workers.env.update(
        IMAP_HOST="127.0.0.1",
        IMAP_PORT=str(imap_server.port),
        IMAP_USER=USER,
        IMAP_PASSWORD=PASSWORD,
        IMAP_CA_FILE=imap_server.ca_file,
        IMAP_POLL_SECONDS="1",
    )
    workers.start()
    sent = message(
        sender="Olena Kovalenko <olena@example.org>",
        subject="Registering my address",
        body="How do I register my address in Tallinn?",
        message_id="<polled-1@mail.example>",
    )

    deliver(imap_server, bytes(sent))

    inquiry = wait_for(lambda: Inquiry.objects.filter(channel="email").first(), timeout=30)
    assert inquiry is not None, workers.logs()
    assert wait_for(lambda: _unseen(imap_server) == [], timeout=10), workers.logs()
    time.sleep(2.5)  # a few more polls (one a second here) would ingest a message twice now
    assert Inquiry.objects.count() == 1, workers.logs()
    assert (inquiry.office, inquiry.status) == (office_a, Inquiry.Status.NEW)
    assert (inquiry.email, inquiry.name) == ("olena@example.org", "Olena Kovalenko")
    received = inquiry.messages.get()
    assert (received.direction, received.message_id) == ("in", "<polled-1@mail.example>")
    assert received.body == "How do I register my address in Tallinn?"
    kept = RawSubmission.objects.get()
    assert inquiry.raw == kept
    assert (kept.channel, kept.accepted) == ("email", True)
    # IMAP carries lines ending in CRLF; otherwise the bytes are the newcomer's own.
    assert bytes(kept.payload).replace(b"\r\n", b"\n") == bytes(sent)
    inbox = sign_in(counsellor).get(reverse("inbox"))
    assert list(inbox.context["page"]) == [inquiry]
    assert inquiry.reference in inbox.content.decode()
    # The newcomer's mail program files our acknowledgement under their question.
    assert wait_for(lambda: smtp_server.messages, timeout=30), workers.logs()
    ack = message_from_bytes(smtp_server.messages[0])
    assert ack["To"] == "olena@example.org" and inquiry.reference in ack["Subject"]
    assert ack["In-Reply-To"] == "<polled-1@mail.example>"
    assert ack["Auto-Submitted"] == "auto-generated"
