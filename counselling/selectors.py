"""Reads that scope and prefetch. Callers get querysets already limited by the access policy."""

from datetime import datetime, timedelta

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from clients.models import Client, Topic

from . import access
from .models import AuditEvent, Case, CounsellingSession, FollowUp, Role, User

AUDIT_PAGE_SIZE = 50


def audit_page(
    *,
    user: User,
    actor_id: int | None = None,
    client_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before: tuple[datetime, int] | None = None,
) -> list[AuditEvent]:
    """One page of the audit trail, newest first, by keyset (`before` = the last row seen).

    Keyset paging and no total count: at tens of millions of rows, OFFSET and COUNT(*)
    are what make audit pages slow; every filter here is served by an index.
    """
    events: QuerySet[AuditEvent] = access.audit_events_for(user)
    if actor_id is not None:
        events = events.filter(actor_id=actor_id)
    if client_id is not None:
        events = events.filter(client_id=client_id)
    if since is not None:
        events = events.filter(occurred_at__gte=since)
    if until is not None:
        events = events.filter(occurred_at__lt=until)
    if before is not None:
        occurred_at, pk = before
        events = events.filter(occurred_at__lte=occurred_at).exclude(
            occurred_at=occurred_at, id__gte=pk
        )
    rows = list(events.order_by("-occurred_at", "-id")[: AUDIT_PAGE_SIZE + 1])
    actors = User.objects.in_bulk({row.actor_id for row in rows if row.actor_id})
    for row in rows:
        # actor_id is a plain integer (see AuditEvent), so the page attaches the users itself.
        setattr(row, "actor", actors.get(row.actor_id))  # noqa: B010
    return rows


def client_session_times(*, user: User, client: Client) -> list[tuple]:
    """(started at, id) of the client's sessions in the user's offices."""
    return list(access.sessions_for(user).filter(client=client).values_list("started_at", "pk"))


def sessions_for_timeline(*, user: User, ids: list[int]) -> dict[int, CounsellingSession]:
    """These sessions (within the user's access) with their topics and follow-ups, and
    whether the user may read each note (restricted notes)."""
    sessions = (
        access.sessions_for(user)
        .filter(pk__in=ids)
        .select_related("counsellor", "office")
        .prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("position")),
            Prefetch("follow_ups", queryset=FollowUp.objects.select_related("assigned_to")),
        )
    )
    for session in sessions:
        setattr(session, "note_visible", access.can_read_note(user, session))  # noqa: B010
    return {session.pk: session for session in sessions}


def my_work(user: User) -> dict:
    """The start page: my open cases, my follow-ups due today or overdue, and my
    sessions this week (Monday onwards), each list scoped and prefetched."""
    today = timezone.localdate()
    week_start = today - timedelta(days=today.weekday())
    cases = (
        access.cases_for(user)
        .filter(owner=user, status=Case.Status.OPEN)
        .select_related("client", "household", "office")
        .order_by("-opened_on", "-id")[:20]
    )
    follow_ups = (
        FollowUp.objects.filter(
            assigned_to=user,
            done_at__isnull=True,
            due_on__lte=today,
            client__in=access.clients_for(user),
        )
        .select_related("client")
        .order_by("due_on", "id")[:50]
    )
    sessions = (
        access.sessions_for(user)
        .filter(counsellor=user, started_at__date__gte=week_start)
        .select_related("client")
        .order_by("-started_at")[:50]
    )
    return {
        "my_cases": list(cases),
        "follow_ups": list(follow_ups),
        "sessions": list(sessions),
        "today": today,
    }


def open_cases_owned_by(*, user: User, owner: User) -> QuerySet[Case]:
    """`owner`'s open cases in the user's offices (what a handover of their caseload
    moves), with what the list shows, oldest first."""
    return (
        access.cases_for(user)
        .filter(owner=owner, status=Case.Status.OPEN)
        .select_related("client", "household", "office")
        .order_by("opened_on", "id")
    )


def people_with_work(*, user: User, also: QuerySet | None = None) -> QuerySet[User]:
    """Whose work a coordinator may hand over: the caseworkers of their offices, and
    anyone (a colleague who left, now inactive or moved elsewhere) still owning an open
    case there. `also`: more user ids (a subquery), such as those still holding open
    inquiries, which counselling cannot read."""
    offices = access.office_ids(user) if user.role != Role.ADMIN else None
    staff = User.objects.filter(role__in=access.CASEWORKER_ROLES)
    if offices is not None:
        staff = staff.filter(offices__in=offices)
    owners = access.cases_for(user).filter(status=Case.Status.OPEN).values("owner_id")
    anyone = Q(pk__in=staff.values("pk")) | Q(pk__in=owners)
    if also is not None:
        anyone |= Q(pk__in=also)
    return User.objects.filter(anyone).distinct().order_by("first_name", "last_name", "username")
