"""`make bench`: seed a realistic data set, print latencies, write .data/bench/results.json.

    python -m tests.perf.bench [startup] [signin] [audit] [casework] [intake] [referrals]
                               [knowledge] [reports] [privacy]

With none named, every section runs.

Run through `counselling.stack exec` (the Makefile does), so DATABASE_URL and REDIS_URL
are set. Seeded data goes to its own database, `<name>_bench` on the same server, and
is kept between runs: the 10 million audit events are inserted once.

Page latencies are measured in-process with Django's test client (view, templates,
ORM and PostgreSQL; no HTTP server in between). Startup is measured end to end.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
import urllib.parse
from datetime import timedelta

from counselling.stack import DATA, ROOT, ensure_database
from tests.perf import intake_load, knowledge_load, referral_drain, reports_load
from tests.support import free_port, healthy

RESULTS = DATA / "bench" / "results.json"
AUDIT_EVENTS = int(os.environ.get("BENCH_AUDIT_EVENTS", 10_000_000))
STAFF, OFFICES, CLIENTS = 500, 10, 100_000
PASSWORD = "bench-password-not-secret"


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def timed(call, repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        call(0)
    samples = []
    for i in range(repeat):
        started = time.perf_counter()
        call(i)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure(calls: dict, repeat: int = 100) -> dict[str, float]:
    """p50 and p95 of each call, and the queries one call runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    figures: dict[str, float] = {}
    for name, call in calls.items():
        samples = timed(call, repeat=repeat)
        figures[f"{name}_p50_ms"] = round(percentile(samples, 50), 1)
        figures[f"{name}_p95_ms"] = round(percentile(samples, 95), 1)
        with CaptureQueriesContext(connection) as captured:
            call(1)
        figures[f"{name}_queries_count"] = len(captured)
    return figures


# ---------------------------------------------------------------- startup


def bench_startup(original_env: dict[str, str]) -> dict[str, float]:
    """`make run` to a 200 from /healthz (database, Redis and a Celery worker answering)."""
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        ["make", "--no-print-directory", "run", f"PORT={port}"],
        cwd=ROOT,
        env=original_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    elapsed = None
    try:
        deadline = started + 180
        while time.monotonic() < deadline and process.poll() is None:
            if healthy(port):
                elapsed = time.monotonic() - started
                break
            time.sleep(0.1)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
    if elapsed is None:
        raise SystemExit(f"make run never became healthy (exit code {process.returncode})")
    return {"startup_to_healthy_s": round(elapsed, 2)}


# ---------------------------------------------------------------- Django in this process


def setup_django(database_url: str) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="counselling.settings",
        DATABASE_URL=database_url,
        DEBUG="0",  # DEBUG keeps every query in memory; production settings are measured
        SECRET_KEY=os.environ.get("SECRET_KEY", "bench-only-" + "x" * 50),
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest, as deployed


def bench_database_url(url: str) -> str:
    """The same server as `url`, database `<name>_bench`, created when missing."""
    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/") or "silta"
    return ensure_database(urllib.parse.urlunsplit(parts._replace(path=f"/{name}_bench")))


def bench_signin() -> dict[str, float]:
    """Sign-in through the login form with the production hasher (Argon2)."""
    from django.test import Client

    from counselling.models import Role, User

    user, _ = User.objects.get_or_create(
        username="bench.signin", defaults={"role": Role.COUNSELLOR}
    )
    user.set_password(PASSWORD)
    user.save()

    def sign_in(_i):
        response = Client().post(
            "/account/login/", {"username": user.username, "password": PASSWORD}
        )
        assert response.status_code == 302, response.status_code

    samples = timed(sign_in, repeat=40)
    return {
        "signin_p50_ms": round(percentile(samples, 50), 1),
        "signin_p95_ms": round(percentile(samples, 95), 1),
    }


# ---------------------------------------------------------------- audit page


def _seed_people():
    from django.contrib.auth.hashers import make_password
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from counselling.models import Office, Role, User

    offices = [
        Office.objects.get_or_create(
            code=f"bench-{n}", defaults={"name": f"Office {n}", "city": "X"}
        )[0]
        for n in range(OFFICES)
    ]
    password = make_password(PASSWORD)
    if User.objects.filter(username__startswith="bench.staff.").count() < STAFF:
        users = User.objects.bulk_create(
            [
                User(username=f"bench.staff.{n}", role=Role.COUNSELLOR, password=password)
                for n in range(STAFF)
            ],
            ignore_conflicts=True,
        )
        for n, user in enumerate(
            User.objects.filter(username__startswith="bench.staff.").order_by("id")
        ):
            user.offices.set([offices[n % OFFICES]])
        del users
    coordinator, created = User.objects.get_or_create(
        username="bench.coordinator", defaults={"role": Role.COORDINATOR, "password": password}
    )
    if created:
        coordinator.offices.set([offices[0]])
        TOTPDevice.objects.create(user=coordinator, name="bench", confirmed=True)
    return coordinator, offices


def _seed_audit_events(offices) -> int:
    """Top the trail up to AUDIT_EVENTS rows over three years, in time order as they
    would arrive, in chunks of a million rows (one INSERT … SELECT generate_series each)."""
    from django.db import connection

    from counselling.models import AuditEvent, User

    staff = list(
        User.objects.filter(username__startswith="bench.staff.")
        .order_by("id")
        .values_list("id", "offices")
    )
    actor_ids = [pk for pk, _ in staff]
    office_ids = [office for _, office in staff]
    have = AuditEvent.objects.count()
    chunk = 1_000_000
    with connection.cursor() as cursor:
        for start in range(have, AUDIT_EVENTS, chunk):
            stop = min(start + chunk, AUDIT_EVENTS)
            began = time.monotonic()
            cursor.execute(
                """
                INSERT INTO counselling_auditevent
                  (occurred_at, actor_id, actor_role, action, object_type, object_id,
                   client_id, office_id, request_id, detail)
                SELECT
                  now() - interval '3 years' + (g::float8 / %(total)s) * interval '3 years',
                  (%(actors)s::bigint[])[1 + (g * 7919) %% %(staff)s],
                  'counsellor',
                  (ARRAY['view', 'view', 'view', 'view', 'update', 'create', 'search',
                         'login'])[1 + g %% 8],
                  'client',
                  1 + (g * 104729) %% %(clients)s,
                  CASE WHEN g %% 8 IN (6, 7) THEN NULL ELSE 1 + (g * 104729) %% %(clients)s END,
                  CASE WHEN g %% 8 = 7 THEN NULL
                       ELSE (%(offices)s::bigint[])[1 + (g * 7919) %% %(staff)s] END,
                  substr(md5(g::text), 1, 32),
                  '{}'::jsonb
                FROM generate_series(%(start)s::bigint, %(stop)s::bigint - 1) AS g
                """,
                {
                    "total": AUDIT_EVENTS,
                    "actors": actor_ids,
                    "offices": office_ids,
                    "staff": len(actor_ids),
                    "clients": CLIENTS,
                    "start": start,
                    "stop": stop,
                },
            )
            print(
                f"  seeded audit events {stop:>11,} ({time.monotonic() - began:.0f} s)", flush=True
            )
        if have < AUDIT_EVENTS:
            cursor.execute("VACUUM ANALYZE counselling_auditevent")
    return AuditEvent.objects.count()


def bench_audit() -> tuple[dict[str, float], dict[str, int]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from counselling.models import User

    coordinator, offices = _seed_people()
    events = _seed_audit_events(offices)
    client = Client()
    client.force_login(coordinator)
    session = client.session
    session["otp_device_id"] = coordinator.totpdevice_set.get().persistent_id
    session.save()

    colleagues = list(
        User.objects.filter(offices=offices[0], username__startswith="bench.staff.").values_list(
            "id", flat=True
        )
    )
    # Each client has ~100 events from actors of every office (see the seed).
    client_numbers = [f"C-{n:06d}" for n in range(1, CLIENTS, CLIENTS // 60)]

    def page(query: str):
        def get(i):
            response = client.get(
                "/audit/"
                + query.format(
                    user=colleagues[i % len(colleagues)],
                    client=client_numbers[i % len(client_numbers)],
                )
            )
            assert response.status_code == 200, response.status_code

        return get

    figures = {}
    for name, query in {
        "audit_page": "",
        "audit_page_by_user": "?user={user}",
        "audit_page_by_client": "?client={client}",
        "audit_page_by_user_and_dates": "?user={user}&since=2026-01-01&until=2026-03-31",
    }.items():
        samples = timed(page(query), repeat=60)
        figures[f"{name}_p50_ms"] = round(percentile(samples, 50), 1)
        figures[f"{name}_p95_ms"] = round(percentile(samples, 95), 1)
    with CaptureQueriesContext(connection) as queries:
        page("?user={user}")(0)
    figures["audit_page_queries_count"] = len(queries)
    scale = {"audit_events": events, "staff_users": STAFF, "offices": OFFICES}
    return figures, scale


# ---------------------------------------------------------------- casework

SESSIONS = int(os.environ.get("BENCH_SESSIONS", 1_000_000))
BUSY_CLIENT_SESSIONS = 500  # the client page is measured on a client with this many


def _seed_clients(offices) -> list[int]:
    """CLIENTS clients, bulk-inserted with names from the demo's Latin, Cyrillic and
    Arabic pools (search_name computed as Client.save would). Client n is registered at
    office n % OFFICES."""
    import random

    from clients.models import Client
    from clients.names import search_name
    from counselling.demo_people import GROUPS

    have = Client.objects.count()
    rng = random.Random(7)
    pools = list(GROUPS.values())
    batch: list[Client] = []
    for n in range(have, CLIENTS):
        group = rng.choice(pools)
        gender = rng.choice(["female", "male"])
        given, given_original = rng.choice(group[gender])
        family, family_original = rng.choice(group["family"])
        if gender == "female" and group is GROUPS["russian"]:
            family += "а"
        names = (given, family, given_original, family_original, "")
        batch.append(
            Client(
                given_name=given,
                family_name=family,
                given_name_original=given_original,
                family_name_original=family_original,
                segment=group["segments"][0][0],
                preferred_language=group["language"],
                phone=f"+3725{n:07d}",
                registered_office_id=offices[n % OFFICES].pk,
                search_name=search_name(*names),
            )
        )
        if len(batch) == 5000:
            Client.objects.bulk_create(batch)
            batch = []
            print(f"  seeded clients {n + 1:>11,}", flush=True)
    Client.objects.bulk_create(batch)
    return list(Client.objects.order_by("id").values_list("id", flat=True))


def _seed_casework(offices) -> dict[str, int]:
    """One case per client (owner: a counsellor of the client's office), SESSIONS
    sessions spread over two years with one or two topics each, one client with
    BUSY_CLIENT_SESSIONS of them, and a follow-up for every other client. Plain SQL
    (INSERT … SELECT generate_series): a million rows in about a minute."""
    from django.db import connection

    from clients.models import Topic
    from counselling.models import Case, CounsellingSession, FollowUp, User

    client_ids = _seed_clients(offices)
    staff = list(
        User.objects.filter(username__startswith="bench.staff.")
        .order_by("id")
        .values_list("id", flat=True)
    )
    office_ids = [office.pk for office in offices]
    topic_ids = list(Topic.objects.filter(parent__isnull=False).values_list("id", flat=True))
    params = {
        "clients": client_ids,
        "n": len(client_ids),
        "staff": staff,
        "offices": office_ids,
        "o": OFFICES,
        "topics": topic_ids,
        "sessions": SESSIONS,
        "busy": BUSY_CLIENT_SESSIONS,
    }
    with connection.cursor() as cursor:
        if not Case.objects.exists():
            # Staff member k works at office k % OFFICES (see _seed_people); client n's
            # owner is one of its office's fifty.
            cursor.execute(
                """
                INSERT INTO counselling_case (client_id, office_id, owner_id, programme,
                                              status, opened_on)
                SELECT (%(clients)s::bigint[])[1 + g],
                       (%(offices)s::bigint[])[1 + g %% %(o)s],
                       (%(staff)s::bigint[])[1 + g %% %(o)s + %(o)s * ((g / %(o)s) %% 50)],
                       'general', 'open', current_date - (g %% 700)
                FROM generate_series(0, %(n)s - 1) AS g
                """,
                params,
            )
        if not FollowUp.objects.exists():
            cursor.execute(
                """
                INSERT INTO counselling_followup (client_id, assigned_to_id, office_id,
                                                  due_on, description, created_at)
                SELECT client_id, owner_id, office_id, current_date + (id %% 60)::int - 30,
                       'Call back', now()
                FROM counselling_case WHERE id %% 2 = 0
                """,
                params,
            )
            print("  seeded cases and follow-ups", flush=True)
        have = CounsellingSession.objects.count()
        if have < SESSIONS:
            # Sessions 0 … busy-1 all belong to the first client; the rest cycle.
            began = time.monotonic()
            cursor.execute(
                """
                INSERT INTO counselling_counsellingsession
                  (client_id, case_id, counsellor_id, office_id, started_at,
                   duration_minutes, channel, place, interpreter_language,
                   interpreter_mode, note, restricted, outcome, created_at)
                SELECT k.client_id, k.id, k.owner_id, k.office_id,
                       now() - ((g * 7919) %% (730 * 24)) * interval '1 hour',
                       30, (ARRAY['phone', 'in_person', 'email', 'video'])[1 + g %% 4], '',
                       CASE WHEN g %% 5 = 0 THEN 'ar' ELSE '' END,
                       CASE WHEN g %% 5 = 0 THEN 'phone' ELSE '' END,
                       'Went through the documents and booked the appointment together.',
                       g %% 13 = 0, 'answered', now()
                FROM generate_series(%(have)s::bigint, %(sessions)s::bigint - 1) AS g
                JOIN counselling_case k ON k.client_id = (%(clients)s::bigint[])[
                    1 + CASE WHEN g < %(busy)s THEN 0 ELSE g %% %(n)s END]
                """,
                {**params, "have": have},
            )
            cursor.execute(
                """
                INSERT INTO counselling_counsellingsession_topics (counsellingsession_id, topic_id)
                SELECT s.id, (%(topics)s::bigint[])[1 + s.id %% array_length(%(topics)s, 1)]
                FROM counselling_counsellingsession s
                UNION
                SELECT s.id, (%(topics)s::bigint[])[1 + (s.id * 31) %% array_length(%(topics)s, 1)]
                FROM counselling_counsellingsession s WHERE s.id %% 2 = 0
                ON CONFLICT DO NOTHING
                """,
                params,
            )
            print(f"  seeded {SESSIONS:,} sessions ({time.monotonic() - began:.0f} s)", flush=True)
            for table in (
                "clients_client",
                "counselling_case",
                "counselling_counsellingsession",
                "counselling_counsellingsession_topics",
                "counselling_followup",
            ):
                cursor.execute(f"VACUUM ANALYZE {table}")
    return {
        "clients": len(client_ids),
        "sessions": CounsellingSession.objects.count(),
        "cases": Case.objects.count(),
        "follow_ups": FollowUp.objects.count(),
    }


def bench_casework() -> tuple[dict[str, float], dict[str, int]]:
    from django.test import Client as Browser
    from django.utils import timezone

    from clients import taxonomy
    from clients.models import Client, Topic
    from counselling.models import User

    if not Topic.objects.exists():
        taxonomy.load(Topic)
    _, offices = _seed_people()
    scale = _seed_casework(offices)
    counsellor = User.objects.get(username="bench.staff.0")  # office 0, ~200 open cases
    browser = Browser()
    browser.force_login(counsellor)
    busy = Client.objects.order_by("id").first()  # office 0, BUSY_CLIENT_SESSIONS sessions
    office_clients = list(
        Client.objects.filter(registered_office_id=offices[0].pk)
        .order_by("id")
        .values_list("id", flat=True)[:400]
    )
    queries = [
        "ivanova",
        "petrov",
        "smirnova",
        "kuznetsov",
        "sokolova",
        "ivan petrov",
        "kovalenko",
        "shevchenko",
        "haddad",
        "al-sayed",
        "karimi",
        "vasileva",
    ]
    topics = list(Topic.objects.filter(parent__isnull=False).values_list("code", flat=True)[:2])

    def search(i):
        response = browser.post("/clients/", {"q": queries[i % len(queries)]})
        found = response.content.count(b"<td>C-")
        assert response.status_code == 200 and found, queries[i % len(queries)]

    def my_work(_i):
        assert browser.get("/").status_code == 200

    def client_page(_i):
        response = browser.get(f"/clients/{busy.pk}/")
        assert response.status_code == 200, response.status_code

    def log_session(i):
        data = {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "duration_minutes": "30",
            "channel": "phone",
            "office": offices[0].pk,
            "topics": topics,
            "interpreter_language": "ar",
            "interpreter_mode": "phone",
            "note": "Explained the **steps**.",
            "outcome": "answered",
        }
        response = browser.post(f"/clients/{office_clients[i % 400]}/sessions/new/", data)
        assert response.status_code == 302, response.status_code

    pages = {
        "client_search": search,
        "my_work": my_work,
        "client_page_500_sessions": client_page,
        "log_session_post": log_session,
    }
    return measure(pages), scale


# ---------------------------------------------------------------- intake

INQUIRIES = int(os.environ.get("BENCH_INQUIRIES", 300_000))


def _seed_inquiries(offices) -> int:
    """INQUIRIES inquiries over two years, each with its first message; those of the
    last fortnight are still open (a few hundred per office, as a busy service has).
    INSERT … SELECT generate_series."""
    from django.db import connection

    from channels.models import Inquiry

    have = Inquiry.objects.count()
    if have >= INQUIRIES:
        return have
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO channels_inquiry
              (reference, channel, status, office_id, name, reply_by, email, phone, language,
               created_at, due_at, outcome, duration_minutes, interpreter_language)
            SELECT upper(substr(md5(g::text), 1, 4) || '-' || substr(md5(g::text), 5, 4)),
                   (ARRAY['web_form', 'email', 'phone', 'walk_in'])[1 + g %% 4],
                   CASE WHEN (g * 7919) %% (730 * 24) < 14 * 24 THEN 'new' ELSE 'closed' END,
                   (%(offices)s::bigint[])[1 + g %% %(o)s], '', 'email',
                   'person' || g || '@example.org', '',
                   (ARRAY['ru', 'uk', 'en', 'ar', 'et'])[1 + g %% 5],
                   now() - ((g * 7919) %% (730 * 24)) * interval '1 hour',
                   now() - ((g * 7919) %% (730 * 24)) * interval '1 hour' + interval '2 days',
                   '', NULL, ''
            FROM generate_series(%(have)s::bigint, %(total)s::bigint - 1) AS g
            ON CONFLICT (reference) DO NOTHING
            """,
            {
                "offices": [o.pk for o in offices],
                "o": OFFICES,
                "have": have,
                "total": INQUIRIES,
            },
        )
        cursor.execute(
            """
            INSERT INTO channels_inquirymessage
              (inquiry_id, direction, body, message_id, created_at)
            SELECT id, 'in', 'How do I extend my residence permit?', '', created_at
            FROM channels_inquiry i
            WHERE NOT EXISTS (SELECT 1 FROM channels_inquirymessage m WHERE m.inquiry_id = i.id)
            """
        )
        cursor.execute("VACUUM ANALYZE channels_inquiry")
        cursor.execute("VACUUM ANALYZE channels_inquirymessage")
    return Inquiry.objects.count()


def bench_intake() -> tuple[dict[str, float], dict[str, int]]:
    """The inbox at INQUIRIES inquiries and a web-form submission in-process (view,
    validation, inquiry, outbox row); then the web form over HTTP with a worker sending
    the acknowledgements, and IMAP ingestion (tests.perf.intake_load)."""
    from django.conf import settings
    from django.core import signing
    from django.test import Client as Browser
    from django.utils import timezone

    from channels.forms import STAMP_SALT
    from counselling.models import User

    _, offices = _seed_people()
    intake_load.forget_load()
    inquiries = _seed_inquiries(offices)
    counsellor = User.objects.get(username="bench.staff.0")
    staff = Browser()
    staff.force_login(counsellor)
    settings.CONTACT_PER_IP_PER_HOUR = settings.CONTACT_PER_ADDRESS_PER_HOUR = 10**9
    newcomer = Browser()

    def inbox(i):
        query = ["", "?channel=email", "?language=ru", "?assignee=none", "?page=3"][i % 5]
        assert staff.get("/inbox/" + query).status_code == 200

    def submit(i):
        stamp = signing.dumps(
            {"at": timezone.now().timestamp() - 60, "key": f"bench-{time.time_ns()}-{i}"},
            salt=STAMP_SALT,
        )
        data = {
            "reply_by": "email",
            "email": f"bench{i}@example.org",
            "language": "ru",
            "message": "Как продлить вид на жительство?",
            "consent": "on",
            "stamp": stamp,
        }
        response = newcomer.post("/en/contact/", data)
        assert response.status_code == 302, response.status_code

    figures = measure({"inbox": inbox, "webform_submission": submit})
    scale = {"inquiries": inquiries}
    rates = ", ".join(map(str, intake_load.RATES))
    print(f"  web form over HTTP at {rates} per second, {intake_load.SECONDS} s each", flush=True)
    for measured, measured_scale in (
        intake_load.bench_webform_load(),
        intake_load.bench_imap_ingestion(),
    ):
        figures.update(measured)
        scale.update(measured_scale)
    intake_load.forget_load()
    return figures, scale


# ---------------------------------------------------------------- dashboards


def bench_reports_seed():
    """The casework and intake data with referrals, walk-ins and surveys added
    (tests.perf.reports_load): (offices, scale)."""
    from clients import taxonomy
    from clients.models import Topic

    if not Topic.objects.exists():
        taxonomy.load(Topic)
    _, offices = _seed_people()
    scale = _seed_casework(offices)
    scale["inquiries"] = _seed_inquiries(offices)
    scale.update(reports_load.seed(offices))
    return offices, scale


def bench_reports() -> tuple[dict[str, float], dict[str, int]]:
    """The coordinators' dashboards on the seeded data."""
    began = time.monotonic()
    offices, scale = bench_reports_seed()
    figures = {"reports_seed_s": round(time.monotonic() - began, 1)}
    browser = reports_load.coordinator(offices)
    figures.update(measure(reports_load.pages(browser, offices), repeat=40))
    return figures, scale


# ---------------------------------------------------------------- retention


class _RolledBack(Exception):
    pass


def bench_privacy() -> tuple[dict[str, float], dict[str, int]]:
    """The nightly retention run over the dashboards' data set, ten years on so that
    everything is due and with a third of the cases closed, inside a transaction rolled
    back at the end: the same work as a real run, and the data set stays for the next
    bench."""
    import tracemalloc

    from django.db import connection, transaction
    from django.utils import timezone

    from privacy import retention

    offices, scale = bench_reports_seed()
    later = timezone.now() + timedelta(days=3650)
    figures: dict[str, float] = {}
    try:
        with transaction.atomic():
            # A third of the cases closed long ago, so the clients' anonymisation runs too.
            with connection.cursor() as cursor:
                cursor.execute(
                    "UPDATE counselling_case SET status = 'closed', closed_on = opened_on "
                    "WHERE id % 3 = 0"
                )
            began = time.monotonic()
            due = sum(line.rows for line in retention.preview(now=later))
            figures["retention_preview_s"] = round(time.monotonic() - began, 2)
            tracemalloc.start()
            began = time.monotonic()
            changed = retention.run(now=later)
            figures["retention_run_s"] = round(time.monotonic() - began, 1)
            raise _RolledBack
    except _RolledBack:
        pass
    figures["retention_run_peak_python_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    tracemalloc.stop()
    figures["retention_rows_changed_count"] = sum(changed.values())
    figures["retention_rows_due_count"] = due
    for code, rows in changed.items():
        figures[f"retention_{code}_count"] = rows
    figures.update(bench_access_export(offices))
    return figures, scale


def bench_access_export(offices) -> dict[str, float]:
    """One person's access request as the worker makes it: the client with
    BUSY_CLIENT_SESSIONS sessions, JSON, PDF and ZIP."""
    from clients.models import Client
    from counselling.models import User
    from privacy import access_export
    from reports import files

    reports_load.coordinator(offices)  # a coordinator of every bench office
    user = User.objects.get(username=reports_load.COORDINATOR)
    busy = Client.objects.order_by("id").first()
    samples = []
    for _ in range(3):
        row = files.start(user=user, kind=access_export.KIND, params={"client": busy.pk})
        began = time.monotonic()
        assert files.build(row.pk) == "ready"
        samples.append(time.monotonic() - began)
        row.delete()
    return {
        "access_export_500_sessions_s": round(min(samples), 2),
        "access_export_sessions_count": busy.sessions.count(),
    }


# ---------------------------------------------------------------- main


def write_results(figures: dict[str, float], scale: dict[str, int]) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results.update(figures)
    results["scale"] = {**results.get("scale", {}), **scale}
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


def main(argv: list[str]) -> int:
    every = {
        "startup",
        "signin",
        "audit",
        "casework",
        "intake",
        "referrals",
        "knowledge",
        "reports",
        "privacy",
    }
    chosen = set(argv) or every
    unknown = chosen - every
    if unknown:
        print(__doc__, file=sys.stderr)
        return 2
    original_env = dict(os.environ)
    figures: dict[str, float] = {}
    scale: dict[str, int] = {}
    if "startup" in chosen:
        print("• startup: make run → healthy /healthz", flush=True)
        figures.update(bench_startup(original_env))
    if chosen - {"startup"}:
        setup_django(bench_database_url(os.environ["DATABASE_URL"]))
    if "signin" in chosen:
        print("• sign-in (Argon2)", flush=True)
        figures.update(bench_signin())
    if "audit" in chosen:
        print(f"• audit page at {AUDIT_EVENTS:,} events", flush=True)
        audit_figures, scale = bench_audit()
        figures.update(audit_figures)
    if "casework" in chosen:
        print(f"• casework at {CLIENTS:,} clients and {SESSIONS:,} sessions", flush=True)
        casework_figures, casework_scale = bench_casework()
        figures.update(casework_figures)
        scale.update(casework_scale)
    if "intake" in chosen:
        print(f"• intake at {INQUIRIES:,} inquiries", flush=True)
        intake_figures, intake_scale = bench_intake()
        figures.update(intake_figures)
        scale.update(intake_scale)
    if "referrals" in chosen:
        print(f"• referrals: {referral_drain.REFERRALS:,} e-mails drained by a worker", flush=True)
        referral_figures, referral_scale = referral_drain.bench_referral_drain()
        figures.update(referral_figures)
        scale.update(referral_scale)
    if "knowledge" in chosen:
        pages = knowledge_load.seed()
        print(f"• knowledge base: {pages:,} pages × 7 languages through gunicorn", flush=True)
        figures.update(knowledge_load.bench_page_views())
        figures.update(knowledge_load.bench_search())
        scale["knowledge_pages"] = pages
    if "reports" in chosen:
        print(
            f"• dashboards at {CLIENTS:,} clients, {SESSIONS:,} sessions, {INQUIRIES:,} "
            f"inquiries and {reports_load.REFERRALS:,} referrals",
            flush=True,
        )
        report_figures, report_scale = bench_reports()
        figures.update(report_figures)
        scale.update(report_scale)
    if "privacy" in chosen:
        print("• retention run over the dashboards' data set, ten years on", flush=True)
        privacy_figures, privacy_scale = bench_privacy()
        figures.update(privacy_figures)
        scale.update(privacy_scale)
    if chosen & {"signin", "audit", "casework", "intake", "reports"}:
        # This process served the pages as a web worker would: its peak memory is one's.
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        figures["web_process_peak_rss_mb"] = round(peak_kb / 1024, 1)
    write_results(figures, scale)
    width = max(map(len, figures))
    print()
    for name, value in figures.items():
        print(f"  {name:<{width}}  {value:>10}")
    if scale:
        print(f"  scale: {scale}")
    print(f"\nWritten to {RESULTS.relative_to(ROOT) if RESULTS.is_relative_to(ROOT) else RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
