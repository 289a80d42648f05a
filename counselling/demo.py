"""Fictional demo data for `make run`. Never called by migrations or production code paths."""

import hashlib
import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from simple_history.utils import bulk_create_with_history

from clients.models import Client, Consent, Household, Topic

from . import demo_people, demo_times
from .models import (
    Case,
    Channel,
    CounsellingSession,
    FollowUp,
    InterpreterMode,
    Office,
    Outcome,
    Programme,
    Role,
    User,
)

PASSWORD = "silta-demo"

OFFICES = [
    ("tallinn", "Tallinn Integration Counselling Centre", "Tallinn", "et,ru,en,uk,ar"),
    ("narva", "Narva Counselling Centre", "Narva", "ru,et,en,uk"),
    ("tartu", "Tartu Support-Person Reception", "Tartu", "et,en,ar,ru,fa"),
    (
        "helsinki-itakeskus",
        "Helsinki guidance point, Itäkeskus",
        "Helsinki",
        "fi,sv,en,so,ar,ru,et",
    ),
]

# username, first name, last name, role, offices, interface language
STAFF = [
    (
        "admin",
        "Anu",
        "Admin",
        Role.ADMIN,
        ["tallinn", "narva", "tartu", "helsinki-itakeskus"],
        "en",
    ),
    ("coordinator", "Kristi", "Tamm", Role.COORDINATOR, ["tallinn", "narva", "tartu"], "et"),
    ("coordinator.helsinki", "Johanna", "Virtanen", Role.COORDINATOR, ["helsinki-itakeskus"], "fi"),
    ("reception", "Marina", "Sokolova", Role.RECEPTIONIST, ["tallinn"], "ru"),
    ("reception.narva", "Olga", "Smirnova", Role.RECEPTIONIST, ["narva"], "ru"),
    ("counsellor", "Mari", "Kask", Role.COUNSELLOR, ["tallinn"], "en"),
    ("counsellor.narva", "Sergei", "Ivanov", Role.COUNSELLOR, ["narva"], "ru"),
    ("counsellor.tallinn2", "Oksana", "Melnyk", Role.COUNSELLOR, ["tallinn"], "uk"),
    ("counsellor.tartu", "Layla", "Haddad", Role.COUNSELLOR, ["tartu"], "ar"),
    ("counsellor.tartu2", "Peeter", "Saar", Role.COUNSELLOR, ["tartu"], "et"),
    ("counsellor.helsinki", "Aino", "Korhonen", Role.COUNSELLOR, ["helsinki-itakeskus"], "fi"),
    ("counsellor.helsinki2", "Hodan", "Ali", Role.COUNSELLOR, ["helsinki-itakeskus"], "en"),
    ("partner", "Tiina", "Lepik", Role.PARTNER, [], "et"),
]

TWO_FACTOR_USERS = ["admin", "coordinator", "coordinator.helsinki"]


def demo_totp_key(username: str) -> str:
    """A fixed key per demo account, so the printed setup keeps working across runs."""
    return hashlib.sha1(f"silta-demo-totp:{username}".encode()).hexdigest()


@transaction.atomic
def load() -> dict[str, int]:
    """Create what is missing; change nothing that exists. Returns counts created."""
    created = {"offices": 0, "users": 0, "devices": 0}
    offices = {}
    for code, name, city, languages in OFFICES:
        offices[code], new = Office.objects.get_or_create(
            code=code, defaults={"name": name, "city": city, "languages": languages}
        )
        created["offices"] += new
    users = {}
    for username, first, last, role, office_codes, language in STAFF:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                role=role,
                language=language,
                email=f"{username}@silta.example.org",
                is_staff=role == Role.ADMIN,
                is_superuser=role == Role.ADMIN,
            )
            user.set_password(PASSWORD)
            user.save()
            user.offices.set([offices[code] for code in office_codes])
            created["users"] += 1
        users[username] = user
    for username in TWO_FACTOR_USERS:
        _, new = TOTPDevice.objects.get_or_create(
            user=users[username],
            name="demo",
            defaults={"key": demo_totp_key(username), "confirmed": True},
        )
        created["devices"] += new
    if not Client.objects.exists():
        created.update(_demo_casework(offices, users))
    if not CounsellingSession.objects.filter(started_at__lt=timezone.now() - PAST).exists():
        created.update(_past_year(offices, users))
    return created


# Counsellors and support persons per office, who own its cases and hold its sessions.
CASEWORKERS = {
    "tallinn": ["counsellor", "counsellor.tallinn2"],
    "narva": ["counsellor.narva"],
    "tartu": ["counsellor.tartu", "counsellor.tartu2"],
    "helsinki-itakeskus": ["counsellor.helsinki", "counsellor.helsinki2"],
}
# What people in each segment most often ask about (leaf topic codes).
SEGMENT_TOPICS = {
    "temp_protection": [
        "residence-temporary-protection",
        "work-job-search",
        "housing",
        "education-school",
        "language-courses",
        "health-family-doctor",
    ],
    "undetermined": [
        "citizenship",
        "residence-travel-documents",
        "language-exams",
        "social-pensions",
        "residence-long-term",
    ],
    "long_term": ["social-pensions", "citizenship", "language-courses", "digital-id"],
    "tcn_work": [
        "residence-extension",
        "work-right",
        "tax",
        "registration-residence",
        "work-labour-rights",
    ],
    "tcn_study": ["work-right", "residence-extension", "registration-personal-code"],
    "tcn_family": [
        "residence-family-reunification",
        "language-courses",
        "family-births",
        "health-insurance",
        "programmes-settle-in",
    ],
    "eu_citizen": ["residence-eu", "registration-residence", "registration-personal-code"],
    "bip": [
        "social-support-person",
        "housing",
        "social-subsistence",
        "health-mental",
        "residence-family-reunification",
        "programmes-integration-plan",
        "digital-bank-id",
    ],
    "asylum_seeker": ["residence-international-protection", "rights-legal-aid", "health-insurance"],
}
CHANNELS = [Channel.PHONE, Channel.IN_PERSON, Channel.EMAIL, Channel.VIDEO, Channel.OUTREACH]
CHANNEL_WEIGHTS = [35, 30, 20, 10, 5]
OUTCOMES = [
    Outcome.ANSWERED,
    Outcome.FORM_HELP,
    Outcome.SIGNPOSTED,
    Outcome.KNOWLEDGE_PAGE,
    Outcome.REFERRED,
    Outcome.FOLLOW_UP,
]
OUTCOME_WEIGHTS = [40, 20, 15, 10, 10, 5]
NOTES = [
    "Went through the **documents** to bring and booked the appointment together.\n\n"
    "- passport\n- rental contract\n- photo",
    "Explained the next steps; the client will come back with the decision letter.",
    "Filled in the online form together. Client was worried about the deadline; "
    "reassured that it can be extended.",
    "Phone call: answered the question, sent the knowledge page link by e-mail.",
    "Discussed language course options and registered the client on the waiting list.",
]
SHARING_PARTNERS = ["Töötukassa", "Police and Border Guard Board", "Kela", "Tartu City"]


def _demo_casework(offices: dict, users: dict) -> dict[str, int]:
    """About 200 clients with households, cases, consents, sessions and follow-ups."""
    rng = random.Random(2026)
    today = timezone.localdate()
    now = timezone.now()
    topics = {topic.code: topic for topic in Topic.objects.all()}
    counts = {"clients": 0, "households": 0, "cases": 0, "sessions": 0, "follow_ups": 0}
    clients: list[Client] = []
    households: dict[int, Household] = {}
    for index, person in enumerate(demo_people.people(200, today=today)):
        office = offices[person.office]
        if person.household is not None and person.household not in households:
            households[person.household] = Household.objects.create(
                name=person.profile["family_name"], registered_office_id=office.pk
            )
            counts["households"] += 1
        client = Client.objects.create(
            **person.profile,
            household=households.get(person.household),
            relationship=person.relationship,
            registered_office_id=office.pk,
            registered_by=users[CASEWORKERS[person.office][0]],
        )
        clients.append(client)
        counts["clients"] += 1
        if person.relationship not in {"child"}:
            Consent.objects.create(
                client=client, scope=Consent.Scope.PROCESSING, recorded_by=client.registered_by
            )
            if rng.random() < 0.3:
                Consent.objects.create(
                    client=client,
                    scope=Consent.Scope.SHARING,
                    partner_name=rng.choice(SHARING_PARTNERS),
                    recorded_by=client.registered_by,
                )
        is_household_head = person.household == index
        in_household = person.household is not None
        if in_household and not is_household_head:
            continue  # the household's case covers them
        owner = users[rng.choice(CASEWORKERS[person.office])]
        case = Case.objects.create(
            client=None if in_household else client,
            household=client.household if in_household else None,
            office=office,
            owner=owner,
            programme=Programme.SUPPORT_PERSON
            if client.segment == "bip"
            else rng.choice([Programme.GENERAL, Programme.GENERAL, Programme.ADAPTATION]),
            opened_on=today - timedelta(days=rng.randrange(10, 200)),
        )
        if rng.random() < 0.15:
            case.status, case.closed_on = Case.Status.CLOSED, today - timedelta(days=3)
            case.save(update_fields=["status", "closed_on"])
        codes = SEGMENT_TOPICS.get(client.segment, ["other"])
        case.topics.set([topics[code] for code in rng.sample(codes, k=min(2, len(codes)))])
        counts["cases"] += 1
        for _ in range(rng.randrange(1, 7)):
            counts["sessions"] += _demo_session(rng, case, client, topics, codes, now)
        if case.status == Case.Status.OPEN and rng.random() < 0.35:
            FollowUp.objects.create(
                client=client,
                assigned_to=owner,
                due_on=today + timedelta(days=rng.randrange(-5, 10)),
                description=rng.choice(
                    ["Call about the decision", "Check the documents arrived", "Book a PPA visit"]
                ),
            )
            counts["follow_ups"] += 1
    return counts


def _demo_session(rng, case, client, topics, codes, now) -> int:
    interpreter = client.interpreter_needed and rng.random() < 0.8
    session = CounsellingSession.objects.create(
        client=client,
        case=case,
        counsellor=case.owner,
        office=case.office,
        started_at=now - timedelta(days=rng.randrange(0, 120), hours=rng.randrange(0, 8)),
        duration_minutes=rng.choice([15, 20, 30, 45, 60]),
        channel=rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0],
        interpreter_language=client.interpreter_language if interpreter else "",
        interpreter_mode=rng.choice(list(InterpreterMode)) if interpreter else "",
        note=rng.choice(NOTES),
        restricted=rng.random() < 0.08,
        outcome=rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0],
    )
    session.topics.set(
        [topics[code] for code in rng.sample(codes, k=min(len(codes), rng.randrange(1, 4)))]
    )
    return 1


# The casework above is of the last 120 days; sessions older than this are the year
# before it, and their absence means that year is still to be loaded.
PAST = timedelta(days=150)
POP_UP = "Itäkeskus shopping centre, pop-up desk"


def _past_year(offices: dict, users: dict) -> dict[str, int]:
    """The rest of a year of work: about 250 people who came in the months before the
    current casework, most of whose cases are closed, and Helsinki's outreach pop-ups at
    the Itäkeskus shopping centre through the year. Bulk-inserted: `make run` stays fast."""
    rng = random.Random(2025)
    today = timezone.localdate()
    topics = {topic.code: topic for topic in Topic.objects.all()}
    adults = [
        person
        for person in demo_people.people(390, today=today, seed=2025)
        if person.relationship != "child"
    ]
    clients, cases = [], []
    for person in adults:
        office = offices[person.office]
        owner = users[rng.choice(CASEWORKERS[person.office])]
        client = Client.objects.create(
            **person.profile, registered_office_id=office.pk, registered_by=owner
        )
        opened = today - timedelta(days=rng.randrange(130, 365))
        closed = opened + timedelta(days=rng.randrange(10, 120))
        is_closed = closed < today - timedelta(days=5) and rng.random() < 0.85
        case = Case.objects.create(
            client=client,
            office=office,
            owner=owner,
            programme=Programme.SUPPORT_PERSON
            if client.segment == "bip"
            else rng.choice([Programme.GENERAL, Programme.GENERAL, Programme.ADAPTATION]),
            opened_on=opened,
            status=Case.Status.CLOSED if is_closed else Case.Status.OPEN,
            closed_on=closed if is_closed else None,
        )
        codes = SEGMENT_TOPICS.get(client.segment, ["other"])
        case.topics.set([topics[code] for code in rng.sample(codes, k=min(2, len(codes)))])
        client.created_at = demo_times.at(rng, opened)
        clients.append(client)
        cases.append(case)
    # Registered when they first came, not today.
    Client.objects.bulk_update(clients, ["created_at"])
    bulk_create_with_history(
        [
            Consent(
                client=client,
                scope=Consent.Scope.PROCESSING,
                given_at=client.created_at,
                recorded_by=client.registered_by,
            )
            for client in clients
        ],
        Consent,
    )
    sessions, session_topics = [], []
    for case, client in zip(cases, clients, strict=True):
        codes = SEGMENT_TOPICS.get(client.segment, ["other"])
        last = case.closed_on or today - timedelta(days=1)
        visits = rng.choices([1, 2, 3], [45, 35, 20])[0]
        for day in demo_times.days(rng, visits, first=case.opened_on, last=last):
            session = _past_session(rng, case, client, demo_times.at(rng, day))
            sessions.append(session)
            session_topics.append(rng.sample(codes, k=min(len(codes), rng.randrange(1, 3))))
    pop_ups = _pop_ups(rng, offices, users, today)
    sessions += pop_ups
    session_topics += [[rng.choice(POP_UP_TOPICS)] for _ in pop_ups]
    bulk_create_with_history(sessions, CounsellingSession)
    CounsellingSession.topics.through.objects.bulk_create(
        CounsellingSession.topics.through(counsellingsession=session, topic=topics[code])
        for session, codes in zip(sessions, session_topics, strict=True)
        for code in codes
    )
    return {"past_clients": len(clients), "past_cases": len(cases), "past_sessions": len(sessions)}


def _past_session(rng, case, client, started_at) -> CounsellingSession:
    interpreter = client.interpreter_needed and rng.random() < 0.8
    return CounsellingSession(
        client=client,
        case=case,
        counsellor=case.owner,
        office=case.office,
        started_at=started_at,
        duration_minutes=rng.choice([15, 20, 30, 30, 45, 60]),
        channel=rng.choices(CHANNELS[:-1], CHANNEL_WEIGHTS[:-1])[0],
        interpreter_language=client.interpreter_language if interpreter else "",
        interpreter_mode=rng.choices(list(InterpreterMode), [50, 35, 15])[0] if interpreter else "",
        note=rng.choice(NOTES),
        restricted=rng.random() < 0.05,
        outcome=rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0],
    )


# What people stop at the pop-up desk to ask (leaf topic codes).
POP_UP_TOPICS = [
    "work-job-search",
    "language-courses",
    "social-family-benefits",
    "health-family-doctor",
    "residence-extension",
    "education-kindergarten",
    "digital-bank-id",
]


def _pop_ups(rng, offices: dict, users: dict, today) -> list[CounsellingSession]:
    """Every other Wednesday afternoon at the shopping centre: a handful of short talks,
    an interpreter on site for some who need one."""
    office = offices["helsinki-itakeskus"]
    local = list(Client.objects.filter(registered_office_id=office.pk).order_by("pk"))
    counsellors = [users[name] for name in CASEWORKERS["helsinki-itakeskus"]]
    wednesday = today - timedelta(days=(today.weekday() - 2) % 7 or 7)
    sessions = []
    for fortnight in range(26):
        day = wednesday - timedelta(weeks=2 * fortnight)
        for client in rng.sample(local, k=min(len(local), rng.randrange(2, 7))):
            interpreter = client.interpreter_needed and rng.random() < 0.5
            sessions.append(
                CounsellingSession(
                    client=client,
                    counsellor=rng.choice(counsellors),
                    office=office,
                    started_at=demo_times.at(rng, day, {13: 1.0, 14: 1.2, 15: 1.2, 16: 0.8}),
                    duration_minutes=rng.choice([10, 10, 15, 20]),
                    channel=Channel.OUTREACH,
                    place=POP_UP,
                    interpreter_language=client.interpreter_language if interpreter else "",
                    interpreter_mode=InterpreterMode.ON_SITE if interpreter else "",
                    note="Talked at the pop-up desk; gave the leaflet and the web address.",
                    outcome=rng.choice(
                        [Outcome.ANSWERED, Outcome.SIGNPOSTED, Outcome.KNOWLEDGE_PAGE]
                    ),
                )
            )
    return sessions
