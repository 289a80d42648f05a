"""Contacts, interpreters, walk-ins and referrals in two offices, with the same facts kept
as plain tuples, so a test can count what the service dashboard should show without the
database."""

import random
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from channels.models import Inquiry, Visit
from clients import taxonomy
from clients.models import Client, Topic
from counselling.models import Case, CounsellingSession
from outreach.models import OutreachContact, OutreachEvent, Tally
from referrals.models import Organisation, Referral, ReferralEvent, Service

CHANNELS = ["web_form", "email", "phone"]
LANGUAGES = ["ru", "uk", "en", "ar"]
SEGMENTS = ["bip", "temp_protection", "undetermined", "unknown"]
MODES = ["on_site", "phone", "video"]
STATUSES = ["sent", "accepted", "completed", "declined"]


@dataclass
class Contact:
    office: object
    channel: str
    day: date
    segment: str  # the client's, or "unknown" for an anonymous contact
    topic: object  # the level-1 topic, or None
    language: str
    anonymous: bool
    person: object  # assignee, served by, counsellor


@dataclass
class Seeded:
    topics: dict
    contacts: list[Contact] = field(default_factory=list)
    # (office, channel, day, answered after hours or None, answered in time)
    responses: list = field(default_factory=list)
    # (office, day, waited minutes or None, left)
    visits: list = field(default_factory=list)
    # (office, day, session channel, interpreter language, mode, minutes, segment)
    sessions: list = field(default_factory=list)
    # (office, day, organisation name, status, days to answer or None)
    referrals: list = field(default_factory=list)


def at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def make_topics() -> dict:
    """Two level-1 topics of the taxonomy and a subtopic of the first (loaded again if a
    transactional test before this one emptied the tables)."""
    if not Topic.objects.exists():
        taxonomy.load(Topic)
    residence = Topic.objects.get(code="residence")
    work = Topic.objects.get(code="work")
    permit = residence.children.order_by("position", "pk").first()
    return {"residence": residence, "permit": permit, "work": work}


def seed(
    offices: list, staff: dict, *, scale: int = 1, seed_value: int = 3, facts: Seeded | None = None
) -> Seeded:
    """`scale` times a mix of every kind of contact per office over the last 45 days,
    added to `facts` when given."""
    pick = random.Random(seed_value)
    today = timezone.localdate()
    facts = facts or Seeded(topics=make_topics())
    residence, permit, work = (facts.topics[code] for code in ("residence", "permit", "work"))
    level_one = {None: None, residence: residence, permit: residence, work: work}
    organisations = [
        Organisation.objects.create(
            name=name, kind="employment", country="EE", email=f"{n}@partner.example.org"
        )
        for n, name in enumerate(["Töötukassa", "Tallinn Social Centre"])
    ]
    services = [
        Service.objects.create(organisation=organisation, name="Counselling")
        for organisation in organisations
    ]
    for office in offices:
        workers = staff[office]
        clients = []
        for n in range(4):
            segment = SEGMENTS[n]
            language = LANGUAGES[n]
            clients.append(
                Client.objects.create(
                    given_name=f"Client {n}",
                    family_name=office.code,
                    segment=segment,
                    preferred_language=language,
                )
            )
        cases = [Case.objects.create(client=c, office=office, owner=workers[0]) for c in clients]
        for _n in range(16 * scale):
            day = today - timedelta(days=pick.randint(0, 45))
            channel = pick.choice(CHANNELS)
            client = pick.choice([None, *clients])
            topic = pick.choice([None, residence, permit, work])
            language = pick.choice(LANGUAGES)
            person = pick.choice([None, *workers])
            created = at(day, pick.randint(8, 16))
            due = created + timedelta(days=1)
            hours = pick.choice([None, 2, 5, 30, 50])
            interpreter = pick.choice(["", "", "ar"]) if channel == "phone" else ""
            Inquiry.objects.create(
                channel=channel,
                office=office,
                assignee=person,
                language=language,
                topic=topic,
                client=client,
                created_at=created,
                due_at=due,
                first_response_at=None if hours is None else created + timedelta(hours=hours),
                interpreter_language=interpreter,
                duration_minutes=15 if channel == "phone" else None,
            )
            facts.contacts.append(
                Contact(
                    office,
                    channel,
                    day,
                    client.segment if client else "unknown",
                    level_one[topic],
                    language,
                    client is None,
                    person,
                )
            )
            in_time = hours is not None and hours <= 24
            facts.responses.append((office, channel, day, hours, in_time))
        for n in range(8 * scale):
            day = today - timedelta(days=pick.randint(0, 45))
            client = pick.choice([None, *clients])
            topic = pick.choice([None, permit, work])
            language = pick.choice(LANGUAGES)
            waited = pick.choice([None, 5, 12, 40])
            left = waited is None and n % 2 == 0
            person = pick.choice(workers) if waited is not None else None
            arrived = at(day, 9)
            Visit.objects.create(
                office=office,
                day=day,
                number=Visit.objects.filter(office=office, day=day).count() + 1,
                status="left" if left else ("served" if waited is not None else "waiting"),
                language=language,
                topic=topic,
                client=client,
                registered_by=workers[0],
                arrived_at=arrived,
                called_at=None if waited is None else arrived + timedelta(minutes=waited),
                served_by=person,
            )
            facts.contacts.append(
                Contact(
                    office,
                    "walk_in",
                    day,
                    client.segment if client else "unknown",
                    level_one[topic],
                    language,
                    client is None,
                    person,
                )
            )
            facts.visits.append((office, day, waited, left))
        for n in range(12 * scale):
            day = today - timedelta(days=pick.randint(0, 45))
            client = clients[n % len(clients)]
            person = pick.choice(workers)
            channel = pick.choice(["outreach", "in_person", "phone", "video"])
            interpreter = pick.choice(["", "ar", "uk"])
            mode = pick.choice(MODES) if interpreter else ""
            minutes = pick.choice([20, 30, 45])
            session = CounsellingSession.objects.create(
                client=client,
                counsellor=person,
                office=office,
                started_at=at(day, 11),
                duration_minutes=minutes,
                channel=channel,
                interpreter_language=interpreter,
                interpreter_mode=mode,
            )
            topics = pick.choice([[], [permit], [work], [residence, permit], [work, permit]])
            session.topics.set(topics)
            facts.sessions.append(
                (office, day, channel, interpreter, mode, minutes, client.segment)
            )
            if channel == "outreach":
                # Counted once, under its first topic (the lowest in the taxonomy).
                first = min(topics, key=lambda topic: topic.pk, default=None)
                facts.contacts.append(
                    Contact(
                        office,
                        "outreach",
                        day,
                        client.segment,
                        level_one[first],
                        client.preferred_language,
                        False,
                        person,
                    )
                )
        for n in range(6 * scale):
            day = today - timedelta(days=pick.randint(0, 45))
            status = pick.choice(STATUSES)
            service = services[n % 2]
            referral = Referral.objects.create(
                client=clients[n % len(clients)],
                case=cases[n % len(cases)],
                office=office,
                service=service,
                organisation=service.organisation,
                made_by=workers[0],
                reason="Help with work",
                wished_by=day + timedelta(days=5),
                language="et",
                status=status,
                override_basis="public_task",
                created_at=at(day, 9),
            )
            answered = None
            if status != "sent":
                answered = pick.choice([1, 3, 8])
                answer = "declined" if status == "declined" else "accepted"
                ReferralEvent.objects.create(
                    referral=referral, status=answer, at=at(day, 9) + timedelta(days=answered)
                )
                if status == "completed":
                    ReferralEvent.objects.create(
                        referral=referral, status="completed", at=at(day, 9) + timedelta(days=20)
                    )
            facts.referrals.append((office, day, service.organisation.name, status, answered))
        for n in range(2 * scale):
            # An outreach pop-up: people counted by topic and language (no one named), and
            # a person who left a question, which counts under outreach, not walk-in.
            day = today - timedelta(days=pick.randint(0, 45))
            person = workers[n % len(workers)]
            event = OutreachEvent.objects.create(
                title="Pop-up desk", office=office, place="Library",
                starts_at=at(day, 12), ends_at=at(day, 15),
            )  # fmt: skip
            event.staff.set([person])
            for topic, language, count in [(residence, "ar", 3), (work, pick.choice(LANGUAGES), 2)]:
                Tally.objects.create(event=event, topic=topic, language=language, count=count)
                facts.contacts += [
                    Contact(office, "outreach", day, "unknown", topic, language, True, person)
                ] * count
            language = pick.choice(LANGUAGES)
            inquiry = Inquiry.objects.create(
                channel="walk_in", office=office, assignee=person, language=language,
                topic=permit, created_at=at(day, 13), due_at=at(day, 13) + timedelta(days=1),
            )  # fmt: skip
            OutreachContact.objects.create(event=event, inquiry=inquiry)
            facts.contacts.append(
                Contact(office, "outreach", day, "unknown", residence, language, True, person)
            )
            facts.responses.append((office, "walk_in", day, None, False))
    return facts


def median(values: list) -> float | None:
    return statistics.median(values) if values else None


def p90(values: list) -> float | None:
    """PostgreSQL's PERCENTILE_CONT(0.9): linear between the two nearest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    rank = 0.9 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)
