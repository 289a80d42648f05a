"""Scoped reads of programmes: each function gets its rows through the access policy
and does its own prefetching, so no page forgets either."""

from datetime import date

from django.db.models import F, Prefetch, QuerySet
from django.utils import timezone

from clients.models import Client
from counselling.models import User

from .access import enrolments_for, goals_for
from .models import Enrolment, EnrolmentQuerySet, GoalReview, Phase, PhaseSpell, PlanGoal, Programme


def programmes() -> QuerySet[Programme]:
    return Programme.objects.prefetch_related(
        Prefetch("phases", queryset=Phase.objects.order_by("order"))
    ).order_by("name", "pk")


def enrolment_list(
    *,
    user: User,
    programme: Programme | None = None,
    phase: Phase | None = None,
    mine: bool = False,
    closed: bool = False,
) -> EnrolmentQuerySet:
    """The enrolments a coordinator follows: open ones, longest overrun first, then those
    due soonest, then the open-ended; `closed` for the ended ones, newest first."""
    enrolments = enrolments_for(user).select_related(
        "client", "programme", "phase", "responsible", "office"
    )
    if programme is not None:
        enrolments = enrolments.filter(programme=programme)
    if phase is not None:
        enrolments = enrolments.filter(phase=phase)
    if mine:
        enrolments = enrolments.filter(responsible=user)
    if closed:
        return enrolments.filter(ended_at__isnull=False).order_by("-ended_at", "-pk")
    return enrolments.open().order_by(F("phase_due_on").asc(nulls_last=True), "pk")


def my_overruns(user: User, today: date | None = None) -> list[Enrolment]:
    """The user's own enrolments whose phase has run past its expected end ("my work")."""
    overrunning = (
        enrolments_for(user)
        .overrunning(today)
        .filter(responsible=user)
        .select_related("client", "programme", "phase")
        .order_by("phase_due_on", "pk")[:50]
    )
    return mark_overruns(list(overrunning), today)


def mark_overruns(enrolments, today: date | None = None):
    """Give each enrolment `overrun_days` (0 if on time) for the templates."""
    today = today or timezone.localdate()
    for enrolment in enrolments:
        enrolment.overrun_days = enrolment.days_over(today)
    return enrolments


def client_enrolments(*, user: User, client: Client) -> list[Enrolment]:
    """The client's enrolments the user may see, open ones first (the client page)."""
    enrolments = (
        enrolments_for(user)
        .filter(client=client)
        .select_related("programme", "phase", "responsible", "office")
        .order_by(F("ended_at").desc(nulls_first=True), "-started_at")
    )
    return mark_overruns(list(enrolments))


def enrolment_detail(user: User) -> QuerySet[Enrolment]:
    """Enrolments with all their page shows: phases, history, plan and its reviews."""
    return enrolments_for(user).select_related(
        "client", "programme", "phase", "responsible", "office"
    ).prefetch_related(
        Prefetch("programme__phases", queryset=Phase.objects.order_by("order")),
        Prefetch(
            "spells",
            queryset=PhaseSpell.objects.select_related("phase", "responsible", "moved_by"),
        ),
        Prefetch(
            "goals",
            queryset=PlanGoal.objects.prefetch_related(
                Prefetch("reviews", queryset=GoalReview.objects.select_related("by", "session"))
            ),
        ),
    )  # fmt: skip


def open_goals(*, user: User, client: Client) -> list[PlanGoal]:
    """The client's open plan goals in open enrolments (to go through at a session)."""
    return list(
        goals_for(user)
        .filter(
            enrolment__client=client,
            enrolment__ended_at__isnull=True,
            status__in=PlanGoal.OPEN_STATUSES,
        )
        .select_related("enrolment__programme")
        .order_by("target_on", "pk")
    )
