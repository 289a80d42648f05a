"""Intake under load, as deployed: gunicorn serving the web form (the Dockerfile's three
workers), a Celery worker consuming the acknowledgements and sending them to an SMTP
server on loopback, and IMAP ingestion from a real Dovecot. Called by tests.perf.bench
after Django is set up on the bench database.

Submissions are real HTTP posts of the HTML form (CSRF token, signed stamp, consent),
sent from this process with asyncio. Two measurements:
- a fixed arrival rate (open loop: each post starts on schedule whether or not the
  earlier ones have been answered; its latency counts from the scheduled start, so a
  server falling behind shows in p95 instead of slowing the generator down);
- the most the server sustains (closed loop: a few clients posting back to back).
"""

from __future__ import annotations

import asyncio
import contextlib
import email.message
import imaplib
import os
import re
import signal
import ssl
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from counselling.stack import DATA, ROOT
from tests.support import answers, free_port, wait_for

LOG_DIR = DATA / "bench" / "logs"
RATES = [int(r) for r in os.environ.get("BENCH_SUBMISSIONS_PER_S", "25,200").split(",")]
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", 30))
MESSAGES = int(os.environ.get("BENCH_IMAP_MESSAGES", 1000))


def _percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _processes_now() -> dict[int, tuple[str, int, float]]:
    """pid → (name, parent pid, CPU seconds used so far), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            text = stat.read_text()
            fields = text.rsplit(")", 1)[1].split()
            name = text[text.index("(") + 1 : text.rindex(")")]
            # utime + stime, and cutime + cstime: the CPU of children already reaped
            # (PostgreSQL's postmaster collects every closed connection's backend).
            used = sum(int(field) for field in fields[11:15]) / ticks
            found[int(stat.parent.name)] = (name, int(fields[1]), used)
    return found


def _family(pid: int, processes: dict[int, tuple[str, int, float]]) -> set[int]:
    family, grew = {pid}, True
    while grew:
        more = {child for child, (_, parent, _) in processes.items() if parent in family}
        grew = bool(more - family)
        family |= more
    return family


def _cpu_seconds(pids: dict[str, int]) -> dict[str, float]:
    """CPU used so far by each named process tree, and by every PostgreSQL backend."""
    processes = _processes_now()
    used = {name: sum(processes[p][2] for p in _family(pid, processes) if p in processes)
            for name, pid in pids.items()}  # fmt: skip
    used["postgres"] = sum(cpu for name, _, cpu in processes.values() if name == "postgres")
    used["redis"] = sum(cpu for name, _, cpu in processes.values() if name == "redis-server")
    return used


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    total_kb = 0
    for member in _family(pid, _processes_now()):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
    return round(total_kb / 1024, 1)


@contextlib.contextmanager
def running(env: dict[str, str], **argvs: list[str]) -> Iterator[dict[str, subprocess.Popen]]:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    started: dict[str, subprocess.Popen] = {}
    try:
        for name, argv in argvs.items():
            with open(LOG_DIR / f"{name}.log", "wb") as log:
                started[name] = subprocess.Popen(
                    argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                )  # fmt: skip
        yield started
    finally:
        for process in started.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in started.values():
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def _stack_env(smtp_port: int) -> dict[str, str]:
    return {
        **os.environ,
        "ALLOWED_HOSTS": "127.0.0.1",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        # One address posts everything here; the limits are measured by the tests.
        "CONTACT_PER_IP_PER_HOUR": str(10**9),
        "CONTACT_PER_ADDRESS_PER_HOUR": str(10**9),
    }


def _form_token(port: int) -> tuple[str, str]:
    """The CSRF cookie and form token a browser gets with the contact page."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/en/contact/", timeout=10) as page:
        cookie = next(
            value.split(";")[0].split("=", 1)[1]
            for name, value in page.headers.items()
            if name.lower() == "set-cookie" and value.startswith("csrftoken=")
        )
        html = page.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token, "no CSRF token on the contact page"
    return cookie, token.group(1)


def _bodies(count: int, token: str, tag: str) -> list[bytes]:
    """Distinct valid submissions: each its own stamp (form key) and e-mail address."""
    from django.core import signing

    from channels.forms import STAMP_SALT

    opened = time.time() - 60  # the form was filled in for a minute
    languages = ["ru", "uk", "en", "ar", "et"]
    return [
        _multipart(
            {
                "csrfmiddlewaretoken": token,
                "name": "",
                "reply_by": "email",
                "email": f"load-{tag}-{n}@example.org",
                "language": languages[n % len(languages)],
                "topic": "",
                "message": "Как продлить вид на жительство? Мне нужна помощь с документами.",
                "consent": "on",
                "website": "",
                "stamp": signing.dumps({"at": opened, "key": f"{tag}-{n}"}, salt=STAMP_SALT),
            }
        )
        for n in range(count)
    ]


BOUNDARY = "----silta-bench-boundary"


def _multipart(fields: dict[str, str]) -> bytes:
    """The form as a browser posts it (it has a file input: multipart/form-data)."""
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    empty_file = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="attachments"; filename=""\r\n'
        "Content-Type: application/octet-stream\r\n\r\n\r\n"
    )
    return ("".join(parts) + empty_file + f"--{BOUNDARY}--\r\n").encode()


async def _post(port: int, body: bytes, cookie: str) -> int:
    """The HTTP status, or 0 when the server dropped the connection (overloaded)."""
    try:
        return await _exchange(port, body, cookie)
    except OSError:
        return 0


async def _exchange(port: int, body: bytes, cookie: str) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST /en/contact/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n".encode()
        + f"Cookie: csrftoken={cookie}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    await writer.drain()
    response = await reader.read()  # gunicorn's sync workers close after each answer
    writer.close()
    return int(response.split(b" ", 2)[1])


async def _open_loop(
    port: int, bodies: list[bytes], cookie: str, rate: int
) -> tuple[list[float], int]:
    """Latencies of the answered posts, and how many the server dropped."""
    latencies: list[float] = []
    statuses: list[int] = []
    start = time.perf_counter() + 0.1

    async def one(n: int) -> None:
        due = start + n / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        statuses.append(await _post(port, bodies[n], cookie))
        latencies.append((time.perf_counter() - due) * 1000)

    await asyncio.gather(*(one(n) for n in range(len(bodies))))
    unexpected = {status for status in statuses} - {302, 0}
    assert not unexpected, f"submissions answered with HTTP {unexpected}"
    return latencies, statuses.count(0)


async def _closed_loop(port: int, bodies: list[bytes], cookie: str, clients: int) -> float:
    queue = list(reversed(bodies))

    async def client() -> None:
        while queue:
            status = await _post(port, queue.pop(), cookie)
            assert status == 302, status

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return len(bodies) / (time.perf_counter() - started)


def _at_rate(port, token, cookie, rate, trees, tag) -> dict[str, float]:
    """SECONDS of posts arriving at `rate` per second: latency percentiles, and the CPU
    one submission costs in the web server, the worker and PostgreSQL."""
    bodies = _bodies(rate * SECONDS, token, tag)
    before = _cpu_seconds(trees)
    latencies, dropped = asyncio.run(_open_loop(port, bodies, cookie, rate))
    after = _cpu_seconds(trees)
    name = f"webform_at_{rate}_per_s"
    return {
        f"{name}_dropped": dropped,
        f"{name}_p50_ms": round(_percentile(latencies, 50), 1),
        f"{name}_p95_ms": round(_percentile(latencies, 95), 1),
        f"{name}_p99_ms": round(_percentile(latencies, 99), 1),
        **{
            f"{name}_cpu_ms_{part}": round((used - before[part]) * 1000 / len(bodies), 2)
            for part, used in after.items()
        },
    }


def forget_load() -> None:
    """Delete what the load runs add (their inquiries, still open, would otherwise pile
    into the inbox measured next time) and every raw submission (only these runs make
    them here)."""
    from django.db import connection
    from django.db.models import Q

    from channels.models import Inquiry, RawSubmission

    ours = Q(email__startswith="load-") | Q(email__regex=r"^sender[0-9]+@example\.org$")
    Inquiry.objects.filter(ours).delete()
    RawSubmission.objects.all().delete()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE channels_inquiry")


def bench_webform_load() -> tuple[dict[str, float], dict[str, int]]:
    from channels.models import Inquiry
    from counselling.models import OutgoingMessage

    smtp_port, web_port = free_port(), free_port()
    env = _stack_env(smtp_port)
    python = sys.executable
    with running(
        env,
        smtp=[python, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink",
              "-l", f"127.0.0.1:{smtp_port}"],
        web=[python, "-m", "gunicorn", "counselling.wsgi", "--bind",
             f"127.0.0.1:{web_port}", "--workers", "3"],
        worker=[python, "-m", "celery", "-A", "counselling", "worker", "-Q",
                "celery,outbox", "--concurrency", "2", "-l", "warning"],
    ) as processes:  # fmt: skip
        wait_for(lambda: answers(web_port, "/en/contact/"), timeout=60)
        cookie, token = _form_token(web_port)
        began = time.time()
        before = Inquiry.objects.count()

        # Warm every gunicorn worker and the Celery worker up first.
        asyncio.run(_open_loop(web_port, _bodies(60, token, f"w{began}"), cookie, 30))
        trees = {"web": processes["web"].pid, "worker": processes["worker"].pid}
        figures: dict[str, float] = {}
        for rate in RATES:
            figures.update(_at_rate(web_port, token, cookie, rate, trees, tag=f"r{rate}-{began}"))
        web_rss = _rss_mb(processes["web"].pid)
        worker_rss = _rss_mb(processes["worker"].pid)
        most = asyncio.run(_closed_loop(web_port, _bodies(3000, token, f"c{began}"), cookie, 6))
        saved = Inquiry.objects.count() - before
        acks = OutgoingMessage.objects.filter(kind="inquiry_received", created_at__gte=_at(began))
        drained = wait_for(lambda: not acks.filter(status="pending").exists(), timeout=600)
        assert drained, "the worker did not send every acknowledgement"
        first_ack = acks.earliest("created_at").created_at
        last_ack = acks.latest("sent_at").sent_at
        sent = acks.filter(status="sent").count()
    return {
        **figures,
        "webform_most_submissions_per_s": round(most, 1),
        "acknowledgements_sent_per_s": round(sent / (last_ack - first_ack).total_seconds(), 1),
        "gunicorn_3_workers_rss_mb": web_rss,
        "celery_worker_rss_mb": worker_rss,
    }, {"webform_submissions_saved": saved, "acknowledgements_sent": sent}


def _at(epoch: float):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC)


# ---------------------------------------------------------------- IMAP


def _mail(n: int, tag: str) -> bytes:
    """A mix like a real mailbox's: mostly plain text, some HTML alternatives, a few
    Cyrillic windows-1251 messages and PDF attachments."""
    msg = email.message.EmailMessage()
    msg["From"] = f"Sender {n} <sender{n % 400}@example.org>"
    msg["To"] = "inbox@silta.example.org"
    msg["Subject"] = f"Question {n}"
    msg["Message-ID"] = f"<{tag}-{n}@mail.example>"
    if n % 10 == 3:
        msg.set_content("Как продлить вид на жительство?", charset="windows-1251")
    else:
        msg.set_content(f"Hello, how do I register my address? ({n})")
    if n % 5 == 0:
        msg.add_alternative(f"<p>Hello, how do I <b>register</b>? ({n})</p>", subtype="html")
    if n % 20 == 7:
        msg.add_attachment(
            b"%PDF-1.4\n" + b"0" * 20_000, maintype="application", subtype="pdf",
            filename="permit.pdf",
        )  # fmt: skip
    return bytes(msg)


def bench_imap_ingestion() -> tuple[dict[str, float], dict[str, int]]:
    """MESSAGES messages appended to a real Dovecot mailbox, then polled (each kept raw,
    parsed, threaded or made an inquiry, and marked read) as the beat task would."""
    from django.conf import settings

    from channels import mail
    from tests.integration.dovecot import DOVECOT, PASSWORD, USER, Dovecot

    if not Path(DOVECOT).exists():
        raise SystemExit("The IMAP figure needs Dovecot: apt-get install dovecot-imapd")
    server = Dovecot()
    server.start()
    try:
        context = ssl.create_default_context(cafile=server.ca_file)
        client = imaplib.IMAP4_SSL("127.0.0.1", server.port, ssl_context=context)
        client.login(USER, PASSWORD)
        tag = str(time.time_ns())
        for n in range(MESSAGES):
            client.append("INBOX", None, None, _mail(n, tag))
        client.logout()
        settings.IMAP_HOST, settings.IMAP_PORT = "127.0.0.1", server.port
        settings.IMAP_USER, settings.IMAP_PASSWORD = USER, PASSWORD
        settings.IMAP_CA_FILE = server.ca_file
        outcomes: dict[str, int] = {}
        started = time.perf_counter()
        while sum(outcomes.values()) < MESSAGES:
            polled = mail.poll()
            assert polled, "a poll found nothing while messages were still unread"
            for outcome, count in polled.items():
                outcomes[outcome] = outcomes.get(outcome, 0) + count
        elapsed = time.perf_counter() - started
    finally:
        server.stop()
    assert not outcomes.get("failed"), outcomes
    return {"imap_ingested_messages_per_s": round(MESSAGES / elapsed, 1)}, {
        "imap_messages": MESSAGES
    }
