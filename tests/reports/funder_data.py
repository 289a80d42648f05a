"""Seeded people, sessions, survey answers and referrals in two offices, and the funder
report's numbers counted from them in plain Python, so the test does not repeat the
report's SQL."""

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from clients.models import Client, Gender, Segment
from counselling.models import Case, Channel, CounsellingSession, Programme
from counselling.services import merge_clients
from referrals.models import Organisation, Referral, Service
from reports.models import SurveyAnswer, SurveyInvitation

FIRST_DAY, LAST_DAY = date(2025, 11, 1), date(2027, 2, 28)


def noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


@dataclass
class Facts:
    people: dict = field(default_factory=dict)  # client pk → (segment, gender, birth date)
    counted_as: dict = field(default_factory=dict)  # client pk → the pk it counts under
    sessions: list = field(default_factory=list)  # (office, client pk, programme, channel, day)
    answers: list = field(default_factory=list)  # (office, client pk or None, rating, info, day)
    referrals: list = field(default_factory=list)  # (office, partner kind, status, day)


def _day(pick: random.Random) -> date:
    return FIRST_DAY + timedelta(days=pick.randint(0, (LAST_DAY - FIRST_DAY).days))


def seed(*, offices, staff, seed_value: int = 8) -> Facts:
    """About 60 clients and 250 sessions; two pairs of records merged afterwards."""
    pick = random.Random(seed_value)
    facts = Facts()
    clients = []
    for n in range(60):
        birth = None if n % 9 == 0 else date(pick.randint(1940, 2020), pick.randint(1, 12), 15)
        client = Client.objects.create(
            given_name=f"Person {n}",
            segment=pick.choice(Segment.values),
            gender=pick.choice([*Gender.values, ""]),
            birth_date=birth,
            registered_office_id=pick.choice(offices).pk,
        )
        clients.append(client)
    organisation = {
        kind: Organisation.objects.create(
            name=f"Partner {kind}",
            kind=kind,
            country="EE",
            email=f"{kind}@example.org",
            language="et",
        )
        for kind in pick.sample(Organisation.Kind.values, 4)
    }
    services = {
        kind: Service.objects.create(organisation=o, name="Help")
        for kind, o in organisation.items()
    }
    for n in range(250):
        office = pick.choice(offices)
        client = pick.choice(clients)
        case = None
        if n % 4:
            case = Case.objects.create(
                client=client, office=office, programme=pick.choice(Programme.values)
            )
        day = _day(pick)
        channel = pick.choice(Channel.values)
        CounsellingSession.objects.create(
            client=client,
            case=case,
            counsellor=staff[office],
            office=office,
            channel=channel,
            started_at=noon(day),
        )
        programme = case.programme if case else Programme.GENERAL
        facts.sessions.append((office.pk, client.pk, programme, channel, day))
        if n % 5 == 0 and case is not None:
            kind = pick.choice(list(services))
            status = pick.choice(Referral.Status.values)
            Referral.objects.create(
                client=client,
                case=case,
                office=office,
                service=services[kind],
                organisation=organisation[kind],
                made_by=staff[office],
                reason="x",
                wished_by=day,
                language="et",
                override_basis="public_task",
                status=status,
                created_at=noon(day),
            )
            facts.referrals.append((office.pk, kind, status, day))
    for n in range(80):
        office = pick.choice(offices)
        client = None if n % 6 == 0 else pick.choice(clients)
        invitation = SurveyInvitation.objects.create(
            source=SurveyInvitation.Source.INQUIRY,
            source_id=n,
            office=office,
            channel="web_form",
            language="et",
            client=client,
        )
        rating = pick.randint(1, 5)
        information = pick.choice(SurveyAnswer.Information.values)
        day = _day(pick)
        SurveyAnswer.objects.create(
            invitation=invitation, rating=rating, got_information=information, answered_at=noon(day)
        )
        facts.answers.append((office.pk, client.pk if client else None, rating, information, day))
    facts.counted_as = {client.pk: client.pk for client in clients}
    # Duplicates found later: their sessions move to the record kept, their survey
    # invitations stay where they were, and each person counts once.
    for keep, duplicate in ((clients[0], clients[1]), (clients[2], clients[3])):
        merge_clients(keep=keep, duplicate=duplicate, merged_by=staff[offices[0]])
        facts.counted_as[duplicate.pk] = keep.pk
        facts.sessions = [
            (o, keep.pk if c == duplicate.pk else c, p, ch, d) for o, c, p, ch, d in facts.sessions
        ]
    for client in Client.objects.filter(pk__in=[c.pk for c in clients]):
        facts.people[client.pk] = (client.segment, client.gender, client.birth_date)
    return facts


def age_group(birth: date | None, on: date) -> str:
    if birth is None:
        return "unknown"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for label, top in (
        ("0-17", 17),
        ("18-24", 24),
        ("25-34", 34),
        ("35-44", 44),
        ("45-54", 54),
        ("55-64", 64),
    ):
        if age <= top:
            return label
    return "65+"


def expected(facts: Facts, *, offices: set[int], first: date, last: date) -> dict:
    """The report's numbers, counted from the facts."""

    def inside(office, day):
        return office in offices and first <= day <= last

    sessions = [(c, p, ch) for o, c, p, ch, d in facts.sessions if inside(o, d)]
    people = {facts.counted_as[c] for c, _p, _ch in sessions}
    participants = Counter()
    for pk in people:
        segment, gender, birth = facts.people[pk]
        participants[(segment, gender, age_group(birth, first))] += 1

    def services(index):
        kinds = {row[index] for row in sessions}
        return {
            kind: (
                sum(1 for row in sessions if row[index] == kind),
                len({facts.counted_as[row[0]] for row in sessions if row[index] == kind}),
            )
            for kind in kinds
        }

    answers = [(c, r, i) for o, c, r, i, d in facts.answers if inside(o, d)]
    useful = [(c, r, i) for c, r, i in answers if r >= 4 or i == "yes"]
    survey = {
        "answered": (len({facts.counted_as[c] for c, _r, _i in answers if c}), len(answers)),
        "useful": (len({facts.counted_as[c] for c, _r, _i in useful if c}), len(useful)),
    }
    referrals = {}
    for o, kind, status, d in facts.referrals:
        if inside(o, d):
            made, accepted = referrals.get(kind, (0, 0))
            referrals[kind] = (made + 1, accepted + (status in ("accepted", "completed")))
    return {
        "participants": dict(participants),
        "programmes": services(1),
        "channels": services(2),
        "survey": survey,
        "referrals": referrals,
    }
