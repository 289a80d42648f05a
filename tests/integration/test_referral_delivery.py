"""A referral travels send_referral → outbox row → Redis → Celery worker → the partner's
SMTP server, through the real parts, and arrives once whatever breaks on the way.

Every test counts what the SMTP server on loopback received. The handler below keeps
two lists: `received`, each message whose data reached the server, and `accepted`, each
one the server answered 250 to while the sender was still there to hear it.
"""

import asyncio
import email
import io
import os
import signal
import time
from datetime import timedelta
from email.policy import default as default_policy

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from pypdf import PdfReader

from clients.models import Consent
from counselling.models import OutgoingMessage
from referrals import services
from referrals.models import Organisation, Referral, Service
from tests.support import free_port, wait_for

pytestmark = pytest.mark.integration

QUIET_SECONDS = 2  # after a delivery: two sweeps (one a second), time for a duplicate to show


class PartnerMailServer:
    """aiosmtpd handler. Refuses the addresses in `unknown` at RCPT for good; with
    `stall`, holds its answer to the first message's data that many seconds."""

    def __init__(self, *, unknown: tuple[str, ...] = (), stall: float = 0):
        self.unknown = set(unknown)
        self.stall = stall
        self.received: list[bytes] = []
        self.accepted: list[bytes] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.unknown:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        self.received.append(raw)
        if self.stall and len(self.received) == 1:
            # aiosmtpd cancels this coroutine when the client goes away, so a message
            # whose sender dies meanwhile is never answered, and never accepted.
            await asyncio.sleep(self.stall)
        self.accepted.append(raw)
        return "250 Message accepted"


def _parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=default_policy)


def _message_ids(raws: list[bytes]) -> list[str]:
    return [_parsed(raw)["Message-ID"] for raw in raws]


@pytest.fixture
def case(client_a):
    client_a.phone = "+37255512345"
    client_a.email = "olena@example.org"
    client_a.preferred_language = "uk"
    client_a.save()
    return client_a.cases.get()


@pytest.fixture
def partner_service(counsellor, client_a):
    """A partner organisation with one service, and the client's consent to share with
    it. The test chooses its language and whether it takes a PDF letter."""

    def partner_service(*, language: str, attach_pdf: bool = False) -> Service:
        organisation = Organisation.objects.create(
            name=f"Partner {language}", kind="employment", country="FI",
            email=f"referrals-{language}@partner.example.org", language=language,
            attach_pdf=attach_pdf,
        )  # fmt: skip
        Consent.objects.create(
            client=client_a, scope=Consent.Scope.SHARING, partner_name=organisation.name,
            recorded_by=counsellor,
        )  # fmt: skip
        return Service.objects.create(
            organisation=organisation, name="Job search counselling", languages=["en"]
        )

    return partner_service


@pytest.fixture
def refer(counsellor, case, client_a):
    """Send a referral sharing the client's name and language (not phone or e-mail)."""

    def refer(service: Service) -> Referral:
        return services.send_referral(
            user=counsellor, case=case, client=client_a, service=service,
            reason="Looking for work as a nurse; needs her diploma recognised.",
            shared_fields=["name", "language"],
            wished_by=timezone.localdate() + timedelta(days=7),
        )  # fmt: skip

    return refer


def _serve(workers, start_smtp_server, handler, port: int | None = None):
    """Point the worker at an SMTP server with this handler (started unless `port` is
    given: then the worker finds nothing listening there until the test starts one)."""
    if port is None:
        port = start_smtp_server(handler).port
    workers.env["EMAIL_PORT"] = str(port)
    return handler


def test_referrals_reach_each_partner_once_in_its_language_with_a_letter_if_it_takes_them(
    workers, start_smtp_server, partner_service, refer
):
    mail = _serve(workers, start_smtp_server, PartnerMailServer())
    workers.start()
    finnish = refer(partner_service(language="fi"))
    estonian = refer(partner_service(language="et", attach_pdf=True))

    assert wait_for(lambda: len(mail.accepted) >= 2, timeout=60), workers.logs()
    time.sleep(QUIET_SECONDS)
    assert len(mail.received) == len(mail.accepted) == 2, workers.logs()
    received = {_parsed(raw)["To"]: _parsed(raw) for raw in mail.accepted}
    assert set(received) == {finnish.organisation.email, estonian.organisation.email}
    for referral, hello in ((finnish, "Hei!"), (estonian, "Tere!")):
        sent, row = received[referral.organisation.email], referral.delivery
        row.refresh_from_db()
        assert (row.status, row.attempts) == (OutgoingMessage.Status.SENT, 1)
        assert sent["Message-ID"] == row.message_id
        with translation.override(referral.language):
            subject = gettext("New referral %(reference)s from %(office)s") % {
                "reference": referral.reference,
                "office": referral.office.name,
            }
        # Encoded, the header is folded right after "Subject:"; the parser keeps the space.
        assert sent["Subject"].strip() == row.subject == subject
        assert "New referral" not in subject  # the catalogue's, not the English msgid
        text = sent.get_body(("plain",)).get_content()
        html = sent.get_body(("html",)).get_content()
        assert text.startswith(hello)  # "Hello," in the partner's language
        assert f'<html lang="{referral.language}"' in html
        assert "/partner/link/" in text
        for part in (sent["Subject"], text, html):
            assert "Olena" not in part and "Kovalenko" not in part

    assert list(received[finnish.organisation.email].iter_attachments()) == []
    [letter] = received[estonian.organisation.email].iter_attachments()
    assert letter.get_content_type() == "application/pdf"
    assert letter.get_filename() == f"{estonian.reference}.pdf"
    pdf = PdfReader(io.BytesIO(letter.get_content()))
    words = " ".join(page.extract_text() for page in pdf.pages)
    assert estonian.reference in words
    assert "Olena Kovalenko" in words  # shared
    assert "55512345" not in words and "olena@example.org" not in words  # not shared


def test_referral_waits_for_the_mail_server_and_goes_once_it_is_back(
    workers, start_smtp_server, partner_service, refer
):
    port = free_port()  # nothing listens here yet
    mail = _serve(workers, start_smtp_server, PartnerMailServer(), port=port)
    workers.start()

    referral = refer(partner_service(language="et"))

    row = referral.delivery
    assert wait_for(lambda: OutgoingMessage.objects.get(pk=row.pk).attempts == 1, timeout=60), (
        workers.logs()
    )
    row.refresh_from_db()
    assert row.status == OutgoingMessage.Status.PENDING
    assert "ConnectionRefusedError" in row.last_error
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=10)
    start_smtp_server(mail, port=port)
    # The retry is due in 15–30 s (outbox.backoff); bring it forward rather than wait.
    # The sweep then delivers it, and the worker's own countdown copy finds it sent.
    OutgoingMessage.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())

    assert wait_for(lambda: mail.accepted, timeout=30), workers.logs()
    time.sleep(QUIET_SECONDS)
    assert len(mail.received) == len(mail.accepted) == 1, workers.logs()
    assert _message_ids(mail.accepted) == [row.message_id]
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutgoingMessage.Status.SENT, 2)


def test_referral_sent_while_redis_is_down_goes_once_it_is_back(
    workers, start_smtp_server, partner_service, refer, private_redis
):
    mail = _serve(workers, start_smtp_server, PartnerMailServer())
    service = partner_service(language="fi")
    private_redis.stop()

    started = time.monotonic()
    referral = refer(service)

    assert time.monotonic() - started < 5, "a dead broker must not hold the counsellor"
    row = referral.delivery
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutgoingMessage.Status.PENDING, 0)

    private_redis.start()
    workers.start()

    assert wait_for(lambda: mail.accepted, timeout=60), workers.logs()
    time.sleep(QUIET_SECONDS)
    assert len(mail.received) == len(mail.accepted) == 1, workers.logs()
    assert _message_ids(mail.accepted) == [row.message_id]
    row.refresh_from_db()
    assert row.status == OutgoingMessage.Status.SENT


def test_worker_killed_mid_send_leaves_one_accepted_copy(
    workers, start_smtp_server, partner_service, refer
):
    """The worker dies (SIGKILL) while the mail server holds back its answer to the
    message's data. The sender never heard 250, so by SMTP's rules nothing was
    delivered, and the server drops the message (the connection is gone before it
    answers). PostgreSQL ends the dead worker's transaction: the row, never marked, is
    pending with its lock released, and the sweep hands it to the restarted worker.

    So the server receives the data twice, both times with the row's Message-ID, and
    accepts it once. Had the worker died after the server's 250 but before its commit,
    the server would hold two accepted copies: across a crash delivery is at least once,
    and the stable Message-ID is what lets the recipient show one. Killing before the
    250 is the window the outbox can close, and the one this test holds it to."""
    mail = _serve(workers, start_smtp_server, PartnerMailServer(stall=8))
    workers.start()

    referral = refer(partner_service(language="fi"))

    assert wait_for(lambda: mail.received, timeout=60), workers.logs()
    worker = workers.processes[0]
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    workers.stop()  # the beat; the dead worker is left as it is
    assert mail.accepted == []
    row = referral.delivery
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutgoingMessage.Status.PENDING, 0)
    workers.start()

    assert wait_for(lambda: mail.accepted, timeout=60), workers.logs()
    time.sleep(QUIET_SECONDS)
    assert len(mail.accepted) == 1, workers.logs()
    assert len(mail.received) == 2, workers.logs()
    assert set(_message_ids(mail.received)) == {row.message_id}
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutgoingMessage.Status.SENT, 1)


def test_bounced_referral_fails_at_once_and_the_counsellor_hears(
    workers, start_smtp_server, partner_service, refer, counsellor
):
    mail = _serve(
        workers,
        start_smtp_server,
        PartnerMailServer(unknown=("referrals-fi@partner.example.org",)),
    )
    workers.start()

    referral = refer(partner_service(language="fi"))

    assert wait_for(lambda: mail.accepted, timeout=60), workers.logs()
    time.sleep(QUIET_SECONDS)
    referral.refresh_from_db()
    assert referral.status == Referral.Status.FAILED
    row = referral.delivery
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutgoingMessage.Status.FAILED, 1)
    assert "550" in row.last_error
    [update] = OutgoingMessage.objects.filter(kind="referral-update")
    assert len(mail.received) == len(mail.accepted) == 1, workers.logs()
    sent = _parsed(mail.accepted[0])
    assert sent["To"] == counsellor.email
    assert sent["Message-ID"] == update.message_id
    assert referral.reference in sent["Subject"]
    assert "Olena" not in sent.get_body(("plain",)).get_content()
    update.refresh_from_db()
    assert update.status == OutgoingMessage.Status.SENT
