"""A small but varied caseload in two offices, and the dashboard's numbers counted from it
in plain Python, without the database, so the test does not repeat the selectors' SQL."""

import random
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from channels.models import Inquiry
from clients.models import Client
from counselling.models import Case, CounsellingSession, FollowUp, Programme, Role
from tests.conftest import make_user


@dataclass
class Seeded:
    """What was made, as plain facts: (office, person, …) with person None for nobody."""

    cases: list = field(default_factory=list)  # (office, owner, is_open, programme, opened_on)
    sessions: list = field(default_factory=list)  # (office, counsellor, local day, minutes)
    follow_ups: list = field(default_factory=list)  # (office, assignee, due_on) — not done
    inquiries: list = field(default_factory=list)  # (office, assignee, created_at) — not closed


def noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


def people(office_a, office_b, coordinator, counsellor, colleague, counsellor_b):
    """The personas, and Liis, who works in both offices (her first office is A)."""
    both = make_user("liis", Role.COUNSELLOR, office_a, office_b)
    return {office_a: [counsellor, colleague, coordinator, both], office_b: [counsellor_b, both]}


def seed(staff: dict, *, scale: int = 1, seed_value: int = 8) -> Seeded:
    """`scale` times a mixed set of cases, sessions, follow-ups and inquiries per office,
    spread over the weeks before and after today."""
    pick = random.Random(seed_value)
    today = timezone.localdate()
    facts = Seeded()
    home = {
        person: min(offices, key=lambda office: office.pk)
        for person, offices in _offices_of(staff).items()
    }
    for office, workers in staff.items():
        clients = Client.objects.bulk_create(
            Client(
                given_name=f"Client {n}", family_name=office.code, registered_office_id=office.pk
            )
            for n in range(3)
        )
        owners = [*workers, None]
        cases, sessions, follow_ups, inquiries = [], [], [], []
        for n in range(12 * scale):
            owner = owners[n % len(owners)]
            is_open = n % 3 != 0
            programme = pick.choice(Programme.values)
            opened_on = today - timedelta(days=pick.randint(0, 60))
            cases.append(
                Case(
                    client=clients[n % 3],
                    office=office,
                    owner=owner,
                    programme=programme,
                    status=Case.Status.OPEN if is_open else Case.Status.CLOSED,
                    opened_on=opened_on,
                    closed_on=None if is_open else today,
                )
            )
            facts.cases.append((office, owner, is_open, programme, opened_on))
        for n in range(15 * scale):
            who = workers[n % len(workers)]
            day = today - timedelta(days=pick.randint(0, 50))
            minutes = pick.choice([10, 20, 30, 45, 60, 90])
            sessions.append(
                CounsellingSession(
                    client=clients[n % 3],
                    counsellor=who,
                    office=office,
                    started_at=noon(day),
                    duration_minutes=minutes,
                )
            )
            facts.sessions.append((office, who, day, minutes))
        CounsellingSession.objects.bulk_create(sessions)
        Case.objects.bulk_create(cases)
        for n in range(10 * scale):
            who = workers[n % len(workers)]
            due_on = today + timedelta(days=pick.randint(-40, 40))
            done = n % 4 == 0
            # Every other one booked without a session: then it is its assignee's first
            # office's, whichever office's list made it here.
            session = sessions[n] if n % 2 else None
            follow_ups.append(
                FollowUp(
                    client=clients[n % 3],
                    session=session,
                    assigned_to=session.counsellor if session else who,
                    due_on=due_on,
                    description="Call back",
                    done_at=timezone.now() if done else None,
                )
            )
            if not done:
                assignee = follow_ups[-1].assigned_to
                facts.follow_ups.append((office if session else home[assignee], assignee, due_on))
        for follow_up in follow_ups:  # saved one by one: saving gives each its office
            follow_up.save()
        for n in range(9 * scale):
            assignee = owners[n % len(owners)]
            status = pick.choice(Inquiry.Status.values)
            created_at = timezone.now() - timedelta(days=pick.randint(0, 30), hours=3)
            inquiries.append(
                Inquiry(
                    channel="web_form",
                    office=office,
                    assignee=assignee,
                    status=status,
                    language="ru",
                    created_at=created_at,
                    due_at=created_at + timedelta(days=2),
                )
            )
            if status != Inquiry.Status.CLOSED:
                facts.inquiries.append((office, assignee, created_at))
        Inquiry.objects.bulk_create(inquiries)
    return facts


def _offices_of(staff: dict) -> dict:
    offices: dict = {}
    for office, workers in staff.items():
        for person in workers:
            offices.setdefault(person, []).append(office)
    return offices


def expected(facts: Seeded, *, offices, counsellor=None, first: date, last: date, by: str):
    """{office or person: numbers} for the given filters, `by` "office" or "person"."""
    today = timezone.localdate()
    now = timezone.now()
    numbers: dict = {}

    def row(key):
        return numbers.setdefault(
            key,
            {
                "open_cases": 0,
                "new_cases": 0,
                "sessions": 0,
                "minutes": 0,
                "follow_ups_due": 0,
                "follow_ups_overdue": 0,
                "open_inquiries": 0,
                "ages": [],
                "programmes": dict.fromkeys(Programme.values, 0),
            },
        )

    def counted(office, person):
        return office in offices and (counsellor is None or person == counsellor)

    def key(office, person):
        return office if by == "office" else person

    for office, owner, is_open, programme, opened_on in facts.cases:
        if counted(office, owner):
            numbers_of = row(key(office, owner))
            numbers_of["open_cases"] += is_open
            numbers_of["new_cases"] += first <= opened_on <= last
            numbers_of["programmes"][programme] += is_open
    for office, who, day, minutes in facts.sessions:
        if counted(office, who) and first <= day <= last:
            row(key(office, who))["sessions"] += 1
            row(key(office, who))["minutes"] += minutes
    for office, who, due_on in facts.follow_ups:
        if counted(office, who):
            row(key(office, who))["follow_ups_due"] += max(today, first) <= due_on <= last
            row(key(office, who))["follow_ups_overdue"] += due_on < today
    for office, who, created_at in facts.inquiries:
        if counted(office, who):
            row(key(office, who))["open_inquiries"] += 1
            row(key(office, who))["ages"].append((now - created_at).total_seconds())
    for numbers_of in numbers.values():
        ages = numbers_of.pop("ages")
        numbers_of["oldest_days"] = int(max(ages) // 86400) if ages else None
        numbers_of["median_days"] = int(statistics.median(ages) // 86400) if ages else None
    return numbers


def shown(row) -> dict:
    """A dashboard row's numbers in the shape `expected` gives them."""
    return {
        "open_cases": row.open_cases,
        "new_cases": row.new_cases,
        "sessions": row.sessions,
        "minutes": row.minutes,
        "follow_ups_due": row.follow_ups_due,
        "follow_ups_overdue": row.follow_ups_overdue,
        "open_inquiries": row.open_inquiries,
        "oldest_days": row.oldest_inquiry_days,
        "median_days": row.median_inquiry_days,
        "programmes": dict(
            zip(Programme.values, [n for n, _ in row.programme_counts], strict=True)
        ),
    }


EMPTY = {
    "open_cases": 0,
    "new_cases": 0,
    "sessions": 0,
    "minutes": 0,
    "follow_ups_due": 0,
    "follow_ups_overdue": 0,
    "open_inquiries": 0,
    "oldest_days": None,
    "median_days": None,
    "programmes": dict.fromkeys(Programme.values, 0),
}
