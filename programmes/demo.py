"""The Tartu support-person reception's clients in each phase of the programme (DOMAIN.md
§9), with their plans; called by load_demo after the casework demo."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from counselling.models import Case, CounsellingSession, Office, User
from counselling.models import Programme as CaseProgramme

from . import services
from .models import Enrolment, PlanGoal, Programme

# How far along each client is: days since enrolling, and days spent in each phase
# before the current one. Some have stayed too long where they are.
PATHS = [
    (30, []),  # with the support person, on time
    (100, []),
    (140, []),  # support person past four months: an overrun
    (150, [125]),  # coordinator reception
    (260, [120]),  # coordinator reception past its 90 days
    (300, [118, 85]),  # mentoring
    (420, [120, 90, 150]),  # closed
]
GOALS = [
    (PlanGoal.Kind.HOUSING, "done"),
    (PlanGoal.Kind.PERSONAL_CODE, "done"),
    (PlanGoal.Kind.BANK, "in_progress"),
    (PlanGoal.Kind.FAMILY_DOCTOR, "planned"),
    (PlanGoal.Kind.LANGUAGE, "in_progress"),
    (PlanGoal.Kind.SCHOOL, "planned"),
]


def load() -> dict[str, int]:
    if Enrolment.objects.exists():
        return {}
    office = Office.objects.filter(code="tartu").first()
    if office is None:
        return {}
    with transaction.atomic():
        return _support_person_reception(office)


def _support_person_reception(office: Office) -> dict[str, int]:
    rng = random.Random(9)
    programme = Programme.objects.get(code="support_person")
    phases = list(programme.phases.order_by("order"))
    coordinator = User.objects.filter(username="coordinator").first()
    cases = list(
        Case.objects.filter(
            office=office,
            programme=CaseProgramme.SUPPORT_PERSON,
            status=Case.Status.OPEN,
            client__isnull=False,
        )
        .select_related("client", "owner")
        .order_by("pk")[:21]
    )
    now = timezone.now()
    counts = {"enrolments": 0, "plan_goals": 0}
    for index, case in enumerate(cases):
        started, stays = PATHS[index % len(PATHS)]
        at = now - timedelta(days=started, hours=rng.randrange(8))
        enrolment = services.enrol(
            client=case.client, programme=programme, office=office, responsible=case.owner,
            by=case.owner, at=at,
        )  # fmt: skip
        counts["enrolments"] += 1
        for number, days in enumerate(stays):
            at += timedelta(days=days)
            reception = coordinator if number == 0 and coordinator else case.owner
            enrolment = services.move_to_phase(
                enrolment=enrolment, phase=phases[number + 1], responsible=reception,
                by=reception, at=at,
            )  # fmt: skip
        if enrolment.is_open:
            counts["plan_goals"] += _plan(rng, enrolment, case, now)
    return counts


def _plan(rng, enrolment: Enrolment, case: Case, now) -> int:
    """A few goals agreed in the first days; those under way were reviewed at the
    client's latest session since, if there was one."""
    agreed = enrolment.started_at + timedelta(days=rng.randrange(1, 5))
    session = (
        CounsellingSession.objects.filter(client=case.client, started_at__gt=agreed)
        .order_by("-started_at")
        .first()
    )
    goals = rng.sample(GOALS, k=rng.randrange(3, 6))
    for kind, status in goals:
        goal = services.add_goal(
            enrolment=enrolment, kind=kind, by=case.owner, at=min(agreed, now),
            target_on=(agreed + timedelta(days=rng.randrange(30, 120))).date(),
        )  # fmt: skip
        if status != "planned":
            services.review_goal(
                goal=goal, status=status, by=case.owner, session=session,
                at=session.started_at if session else now,
            )  # fmt: skip
    return len(goals)
