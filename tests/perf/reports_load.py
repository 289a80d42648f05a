"""The coordinators' dashboards at scale: the casework and intake seeds' clients, sessions
and inquiries, made varied enough for the service dashboard and the funder report to
have something to group, plus referrals, walk-in visits and survey answers. Called by
tests.perf.bench after Django is set up on the bench database and those seeds have run.

The casework and intake seeds write one value into the columns only the dashboards
read (every client's gender unknown, every inquiry without a topic). `spread` fills
them in once, in SQL (UPDATE … a hash of the row id picks each value, so a rerun
picks the same), and the new records are bulk-inserted once; a second run reuses
everything.

Each page is measured for one office × one month (last month, full of data) and for
every office × the last 365 days, signed in as a coordinator of every bench office.
Pages still being built (the service dashboard, the funder report) are skipped, with
a note, until their address resolves.
"""

from __future__ import annotations

import calendar
import os
import random
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import cast
from zoneinfo import ZoneInfo

REFERRALS = int(os.environ.get("BENCH_REPORT_REFERRALS", 50_000))
VISITS = int(os.environ.get("BENCH_VISITS", 100_000))
SURVEYS = int(os.environ.get("BENCH_SURVEY_INVITATIONS", 20_000))
PARTNERS = 20
PARTNER_DOMAIN = "bench-partners.example.org"  # not referral_drain's partner: it deletes its own
COORDINATOR = "bench.reports"
DAYS = 730  # the casework and intake seeds spread their records over two years
BATCH = 5000

PAGES = {
    "caseload": "/reports/caseload/",
    "service": "/reports/service/",
    "funders": "/reports/funders/",
}


def _weighted(weights: dict[str, int]) -> list[str]:
    """Each value repeated by its weight: indexing it with a uniform hash picks by weight."""
    return [value for value, weight in weights.items() for _ in range(weight)]


def _pick(expression: str, salt: str, values: str) -> str:
    """SQL choosing from the text array parameter `values` by a hash of `expression`;
    the salt keeps two columns picked from the same row id independent."""
    array = f"%({values})s::text[]"
    return (
        f"({array})[1 + abs(hashtext(({expression})::text || '{salt}')) "
        f"%% array_length({array}, 1)]"
    )


def _hash(expression: str, salt: str, modulo: int) -> str:
    return f"(abs(hashtext(({expression})::text || '{salt}')) %% {modulo})"


SEGMENTS = {"temp_protection": 22, "tcn_work": 18, "tcn_family": 14, "tcn_study": 8,
            "bip": 10, "asylum_seeker": 4, "eu_citizen": 8, "eu_family": 3,
            "undetermined": 3, "long_term": 6, "returnee": 2, "unknown": 2}  # fmt: skip
SESSION_CHANNELS = {"in_person": 45, "phone": 30, "video": 8, "email": 10, "outreach": 7}
INQUIRY_CHANNELS = {"web_form": 35, "email": 25, "phone": 25, "walk_in": 15}
INQUIRY_LANGUAGES = {"ru": 30, "uk": 25, "en": 15, "ar": 8, "et": 8, "prs": 5, "so": 4,
                     "fa": 3, "tr": 2}  # fmt: skip
INTERPRETER_MODES = {"on_site": 40, "phone": 45, "video": 15}
DURATIONS = {"15": 2, "30": 5, "45": 3, "60": 2, "90": 1}


# ---------------------------------------------------------------- spreading the old seeds


def spread() -> None:
    """Gender (from the name pools the client was drawn from), birth date and segment of
    each client; channel, duration and interpreting of each session; channel, language,
    topic, client (a quarter anonymous), first response and closing of each inquiry."""
    from django.db import connection

    from clients.models import Client, Topic
    from counselling.demo_people import GROUPS

    pools = [cast("list[tuple[str, str]]", group["female"]) for group in GROUPS.values()]
    female = sorted({latin for pool in pools for latin, _ in pool})
    leaves = [
        str(pk) for pk in Topic.objects.filter(parent__isnull=False).values_list("id", flat=True)
    ]
    params: dict[str, list] = {
        "female": female,
        "segments": _weighted(SEGMENTS),
        "session_channels": _weighted(SESSION_CHANNELS),
        "inquiry_channels": _weighted(INQUIRY_CHANNELS),
        "languages": _weighted(INQUIRY_LANGUAGES),
        "modes": _weighted(INTERPRETER_MODES),
        "durations": _weighted(DURATIONS),
        "topics": leaves,
        "clients": list(Client.objects.order_by("id").values_list("id", flat=True)),
    }
    with connection.cursor() as cursor:
        began = time.monotonic()
        # 8 % minors, the rest 18 to 75.
        cursor.execute(
            f"""
            UPDATE clients_client SET
              gender = CASE WHEN given_name = ANY(%(female)s) THEN 'female' ELSE 'male' END,
              segment = {_pick("id", ":segment", "segments")},
              birth_date = current_date - CASE
                WHEN {_hash("id", ":minor", 100)} < 8 THEN {_hash("id", ":age", 18 * 365)}
                ELSE 18 * 365 + {_hash("id", ":age", 57 * 365)} END
            WHERE birth_date IS NULL
            """,
            params,
        )
        if spread := cursor.rowcount:
            cursor.execute("VACUUM ANALYZE clients_client")
            print(f"  spread {spread:,} clients ({time.monotonic() - began:.0f} s)", flush=True)
        began = time.monotonic()
        # A quarter of the sessions interpreted, into the client's language when an
        # interpreter would be needed for it.
        cursor.execute(
            f"""
            UPDATE counselling_counsellingsession s SET
              channel = {_pick("s.id", ":channel", "session_channels")},
              duration_minutes = {_pick("s.id", ":duration", "durations")}::int,
              interpreter_language = CASE WHEN {_hash("s.id", ":interpreted", 100)} < 25
                THEN CASE WHEN c.preferred_language IN ('ru', 'en') THEN 'ar'
                          ELSE c.preferred_language END
                ELSE '' END,
              interpreter_mode = CASE WHEN {_hash("s.id", ":interpreted", 100)} < 25
                THEN {_pick("s.id", ":mode", "modes")} ELSE '' END
            FROM clients_client c
            WHERE c.id = s.client_id
              AND NOT EXISTS (SELECT 1 FROM counselling_counsellingsession
                              WHERE channel = 'outreach')
            """,
            params,
        )
        if spread := cursor.rowcount:
            cursor.execute("VACUUM ANALYZE counselling_counsellingsession")
            print(f"  spread {spread:,} sessions ({time.monotonic() - began:.0f} s)", flush=True)
        began = time.monotonic()
        # The client is one registered at the inquiry's office. Phone and walk-in
        # inquiries are answered at once; the written ones within hours, some late
        # (the target is two days).
        channel = _pick("i.id", ":channel", "inquiry_channels")
        answer = f"""CASE WHEN {channel} IN ('phone', 'walk_in')
            THEN {_hash("i.id", ":answer", 15)} * interval '1 minute'
            ELSE (1 + 80 * ({_hash("i.id", ":answer", 1000)} / 1000.0) ^ 3) * interval '1 hour'
            END"""
        cursor.execute(
            f"""
            UPDATE channels_inquiry i SET
              channel = {channel},
              language = {_pick("i.id", ":language", "languages")},
              topic_id = {_pick("i.id", ":topic", "topics")}::bigint,
              client_id = CASE WHEN {_hash("i.id", ":anonymous", 100)} < 25 THEN NULL
                ELSE (%(clients)s::bigint[])[
                  1 + (array_position(offices.ids, i.office_id) - 1)
                  + 10 * {_hash("i.id", ":client", len(params["clients"]) // 10)}] END,
              first_response_at = CASE
                WHEN i.status = 'new' AND {_hash("i.id", ":answered", 2)} = 0 THEN NULL
                ELSE i.created_at + {answer} END,
              closed_at = CASE WHEN i.status = 'closed'
                THEN i.created_at + {answer} + interval '1 hour' END
            FROM (SELECT array_agg(id ORDER BY code) AS ids FROM counselling_office
                  WHERE code LIKE 'bench-_') AS offices
            WHERE i.topic_id IS NULL
            """,
            params,
        )
        if spread := cursor.rowcount:
            cursor.execute("VACUUM ANALYZE channels_inquiry")
            print(f"  spread {spread:,} inquiries ({time.monotonic() - began:.0f} s)", flush=True)


# ---------------------------------------------------------------- new records


def _partners():
    """PARTNERS organisations, each with two services."""
    from referrals.models import Organisation, Service

    kinds = ["employment", "integration", "health_insurance", "municipality", "ngo"]
    services = []
    for n in range(PARTNERS):
        organisation, _ = Organisation.objects.get_or_create(
            email=f"partner{n}@{PARTNER_DOMAIN}",
            defaults={"name": f"Bench partner {n}", "kind": kinds[n % len(kinds)],
                      "country": "EE", "language": "et"},
        )  # fmt: skip
        for name in ("Counselling", "Courses"):
            service, _ = Service.objects.get_or_create(
                organisation=organisation, name=name, defaults={"languages": ["et", "en"]}
            )
            services.append(service)
    return services


def _seed_referrals(now: datetime) -> int:
    """REFERRALS referrals from the seeded cases over two years, each with its sharing
    consent and its timeline: sent; accepted or declined by the partner within hours to
    ten days (the last few days' still waiting); most accepted ones completed weeks later."""
    from clients.models import Consent
    from counselling.models import Case
    from referrals.models import Referral, ReferralEvent

    services = _partners()
    have = Referral.objects.filter(organisation__email__endswith=PARTNER_DOMAIN).count()
    if have >= REFERRALS:
        return have
    rng = random.Random(have)
    cases = list(
        Case.objects.exclude(owner=None)
        .order_by("id")
        .values_list("id", "client_id", "office_id", "owner_id")
    )
    outcomes = _weighted({"declined": 15, "accepted": 20, "completed": 55, "withdrawn": 5})
    for start in range(have, REFERRALS, BATCH):
        picks = []
        for _ in range(start, min(start + BATCH, REFERRALS)):
            case, client, office, owner = rng.choice(cases)
            service = rng.choice(services)
            sent = now - timedelta(hours=rng.randrange(DAYS * 24))
            answer = sent + timedelta(hours=rng.uniform(1, 240))
            done = answer + timedelta(days=rng.uniform(5, 60))
            status = rng.choice(outcomes) if answer < now else "sent"
            if status == "completed" and done > now:
                status = "accepted"
            picks.append((case, client, office, owner, service, sent, answer, done, status))
        consents = Consent.objects.bulk_create(
            Consent(client_id=client, scope=Consent.Scope.SHARING,
                    partner_name=service.organisation.name, given_at=sent, recorded_by_id=owner)
            for _, client, _, owner, service, sent, *_ in picks
        )  # fmt: skip
        referrals = Referral.objects.bulk_create(
            Referral(
                client_id=client, case_id=case, office_id=office, service=service,
                organisation=service.organisation, made_by_id=owner, consent=consent,
                reason="Needs help finding work.", wished_by=(sent + timedelta(days=7)).date(),
                language="et", status=status, created_at=sent,
                status_changed_at={"sent": sent, "completed": done}.get(status, answer),
                decline_reason="no_capacity" if status == "declined" else "",
                outcome="provided" if status == "completed" else "",
            )
            for consent, (case, client, office, owner, service, sent, answer, done, status)
            in zip(consents, picks, strict=True)
        )  # fmt: skip
        events = []
        for referral, (*_, owner, _, sent, answer, done, status) in zip(
            referrals, picks, strict=True
        ):
            events.append(ReferralEvent(referral=referral, at=sent, status="sent", actor_id=owner))
            if status in ("accepted", "completed", "declined"):
                answered = "declined" if status == "declined" else "accepted"
                events.append(
                    ReferralEvent(referral=referral, at=answer, status=answered, by_partner=True)
                )
            if status == "completed":
                events.append(
                    ReferralEvent(referral=referral, at=done, status=status, by_partner=True)
                )
            if status == "withdrawn":
                events.append(
                    ReferralEvent(referral=referral, at=answer, status=status, actor_id=owner)
                )
        ReferralEvent.objects.bulk_create(events, batch_size=BATCH)
    return Referral.objects.filter(organisation__email__endswith=PARTNER_DOMAIN).count()


def _seed_visits(offices, now: datetime) -> int:
    """VISITS walk-ins over two years, spread over the offices' opening hours: most called
    in within minutes, a few after an hour, one in twenty leaving before."""
    from django.conf import settings

    from channels.models import Visit
    from clients.models import Client, Topic
    from counselling.models import User

    have = Visit.objects.filter(office__in=offices).count()
    if have >= VISITS:
        return have
    zone = ZoneInfo(settings.TIME_ZONE)
    rng = random.Random(have)
    staff = list(
        User.objects.filter(username__startswith="bench.staff.")
        .order_by("id")
        .values_list("id", flat=True)
    )
    topics = list(Topic.objects.filter(parent__isnull=True).values_list("id", flat=True))
    clients = list(Client.objects.order_by("id").values_list("id", flat=True))
    languages = _weighted(INQUIRY_LANGUAGES)
    today = now.astimezone(zone).date()
    visits = []
    # Visit g is office g % OFFICES's on day g // OFFICES % DAYS, numbered by its lap.
    for g in range(have, VISITS):
        office = g % len(offices)
        day = today - timedelta(days=1 + (g // len(offices)) % DAYS)
        arrived = datetime.combine(day, clock(9), zone) + timedelta(minutes=rng.randrange(420))
        left = rng.random() < 0.05
        called = None if left else arrived + timedelta(minutes=rng.randrange(60) ** 2 / 60)
        visits.append(
            Visit(
                office=offices[office],
                day=day,
                number=1 + g // (len(offices) * DAYS),
                status="left" if left else "served",
                language=rng.choice(languages),
                topic_id=rng.choice(topics),
                client_id=rng.choice(clients) if rng.random() < 0.5 else None,
                registered_by_id=staff[office],
                arrived_at=arrived,
                called_at=called,
                served_by_id=None if left else staff[office + len(offices) * rng.randrange(50)],
                ended_at=(called or arrived) + timedelta(minutes=20),
            )
        )
        if len(visits) == BATCH:
            Visit.objects.bulk_create(visits, ignore_conflicts=True)
            visits = []
    # A top-up on a later day may meet numbers taken: those visits are left out.
    Visit.objects.bulk_create(visits, ignore_conflicts=True)
    return Visit.objects.filter(office__in=offices).count()


def _seed_surveys(now: datetime) -> tuple[int, int]:
    """SURVEYS invitations after closed inquiries taken across the two years, as the
    invitation run writes them; a little over half answered, most of them content."""
    from channels.models import Inquiry
    from reports.models import SurveyAnswer, SurveyInvitation

    have = SurveyInvitation.objects.count()
    if have < SURVEYS:
        rng = random.Random(have)
        asked = SurveyInvitation.objects.filter(source="inquiry").values("source_id")
        inquiries = list(
            Inquiry.objects.filter(closed_at__lt=now - timedelta(days=2))
            .exclude(pk__in=asked)
            .order_by("?")
            .values_list("id", "office_id", "channel", "topic__code", "language", "client_id",
                         "closed_at")[: SURVEYS - have]
        )  # fmt: skip
        ratings = [5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 1]
        information = _weighted({"yes": 7, "partly": 2, "no": 1})
        for start in range(0, len(inquiries), BATCH):
            chunk = inquiries[start : start + BATCH]
            invitations = SurveyInvitation.objects.bulk_create(
                SurveyInvitation(source="inquiry", source_id=pk, office_id=office,
                                 channel=channel, topic_code=topic or "", language=language,
                                 client_id=client,
                                 created_at=cast(datetime, closed) + timedelta(hours=24))
                for pk, office, channel, topic, language, client, closed in chunk
            )  # fmt: skip
            SurveyAnswer.objects.bulk_create(
                SurveyAnswer(invitation=invitation, rating=rng.choice(ratings),
                             got_information=rng.choice(information),
                             answered_at=invitation.created_at + timedelta(hours=rng.random() * 72))
                for invitation in invitations
                if rng.random() < 0.55
            )  # fmt: skip
    return SurveyInvitation.objects.count(), SurveyAnswer.objects.count()


def seed(offices) -> dict[str, int]:
    from django.db import connection
    from django.utils import timezone

    now = timezone.now()
    spread()
    began = time.monotonic()
    referrals = _seed_referrals(now)
    visits = _seed_visits(offices, now)
    invitations, answers = _seed_surveys(now)
    print(f"  referrals, visits and surveys ready ({time.monotonic() - began:.0f} s)", flush=True)
    with connection.cursor() as cursor:
        for table in (
            "clients_consent",
            "referrals_referral",
            "referrals_referralevent",
            "channels_visit",
            "reports_surveyinvitation",
            "reports_surveyanswer",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")
    return {
        "referrals": referrals,
        "visits": visits,
        "survey_invitations": invitations,
        "survey_answers": answers,
    }


# ---------------------------------------------------------------- the pages


def coordinator(offices):
    """A coordinator of every bench office, signed in with two factors."""
    from django.test import Client as Browser
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from counselling.models import Role, User

    user, created = User.objects.get_or_create(
        username=COORDINATOR, defaults={"role": Role.COORDINATOR}
    )
    if created:
        user.offices.set(offices)
        TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
    browser = Browser()
    browser.force_login(user)
    session = browser.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=user).persistent_id
    session.save()
    return browser


def scopes(offices, today: date) -> dict[str, dict[str, str]]:
    """One office × last month, and every office × the last 365 days. The office is the
    second: the casework seed books follow-ups for the odd offices only."""
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    month_end = last_month.replace(day=calendar.monthrange(last_month.year, last_month.month)[1])
    return {
        "office_month": {
            "office": str(offices[1].pk),
            "from": last_month.isoformat(),
            "to": month_end.isoformat(),
        },
        "all_year": {"from": (today - timedelta(days=364)).isoformat(), "to": today.isoformat()},
    }


def pages(browser, offices) -> dict[str, Callable[[int], None]]:
    """`<page>_<scope>` → a call fetching that page (200 expected), for every page that
    exists in this checkout."""
    from django.urls import Resolver404, resolve
    from django.utils import timezone

    calls = {}
    for page, path in PAGES.items():
        try:
            resolve(path)
        except Resolver404:
            print(f"  {page}: {path} does not exist in this checkout yet, skipped", flush=True)
            continue
        for scope, query in scopes(offices, timezone.localdate()).items():
            calls[f"{page}_{scope}"] = _getter(browser, path, query)
    return calls


def _getter(browser, path: str, query: dict[str, str]) -> Callable[[int], None]:
    def get(_i):
        response = browser.get(path, query)
        assert response.status_code == 200, (path, query, response.status_code)

    return get
