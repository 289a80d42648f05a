"""The caseload dashboard's numbers and the lists behind them.

Every number is counted in SQL, one grouped query per kind of record and per table, so
a page costs the same few queries whatever the data size. Each number and its list
start from the same queryset below (scoped by the access policy), so a list always
holds exactly what its number counts.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import (
    Aggregate,
    Count,
    Exists,
    F,
    FloatField,
    Func,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Sum,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from channels.access import inquiries_for
from channels.models import Inquiry
from clients.models import Topic
from counselling import access
from counselling.models import Case, CounsellingSession, FollowUp, Office, Programme, Role, User


@dataclass
class Period:
    """From `first` to `last`, both days included, in the service's time zone."""

    first: date
    last: date

    def bounds(self) -> tuple[datetime, datetime]:
        """The first instant of the period and the first instant after it."""
        start = timezone.make_aware(datetime.combine(self.first, time.min))
        end = timezone.make_aware(datetime.combine(self.last + timedelta(days=1), time.min))
        return start, end


@dataclass
class Scope:
    period: Period
    office: Office | None = None
    counsellor: User | None = None
    # Only the work nobody owns (cases without an owner, inquiries without an assignee).
    unassigned: bool = False
    # The service dashboard's filters on contacts: a contact channel (CONTACT_CHANNELS in
    # reports.filters), a client segment, a level-1 topic (its subtopics included) and
    # the contact's language. Empty means all.
    channel: str = ""
    segment: str = ""
    topic: Topic | None = None
    language: str = ""


@dataclass
class Row:
    """One line of a dashboard table: an office, a person, or nobody (`key` None)."""

    key: Office | User | None
    now: datetime
    open_cases: int = 0
    new_cases: int = 0
    sessions: int = 0
    minutes: int = 0
    follow_ups_due: int = 0
    follow_ups_overdue: int = 0
    open_inquiries: int = 0
    oldest_inquiry_at: datetime | None = None
    median_inquiry_at: datetime | None = None
    programmes: dict[str, int] = field(default_factory=dict)
    # False for someone outside the viewer's offices (they moved away but still own work
    # here): their numbers count, but the lists are filtered by the viewer's own staff.
    linkable: bool = True
    # The addresses of the lists behind the numbers, by number name (set by the view);
    # "" for a number with no list to open.
    links: dict[str, str] = field(default_factory=lambda: defaultdict(str))

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)

    @property
    def oldest_inquiry_days(self) -> int | None:
        return _days_since(self.oldest_inquiry_at, self.now)

    @property
    def median_inquiry_days(self) -> int | None:
        return _days_since(self.median_inquiry_at, self.now)

    @property
    def programme_counts(self) -> list[tuple[int, str]]:
        """(open cases, list address) per programme, in the programmes' order."""
        return [
            (self.programmes.get(value, 0), self.links.get(f"programme_{value}", ""))
            for value in Programme.values
        ]


@dataclass
class Caseload:
    offices: list[Row]
    counsellors: list[Row]


def _days_since(moment: datetime | None, now: datetime) -> int | None:
    return None if moment is None else max(0, (now - moment).days)


class Percentile(Aggregate):
    """PostgreSQL's continuous percentile (the median of an even set is the mean of the
    two middle values)."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, fraction: float, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


def seconds(expression) -> Func:
    """A moment (seconds since 1970) or a duration, in seconds."""
    return Func(
        expression, template="EXTRACT(EPOCH FROM %(expressions)s)", output_field=FloatField()
    )


def scope_offices(user: User, scope: Scope) -> list[int]:
    """The office chosen, or all the user's offices."""
    if scope.office is not None:
        return [scope.office.pk]
    return access.office_ids(user)


# The records behind the numbers. Each is limited by the access policy first, then by
# the filters; a person filter applies to whoever owns the record.


def cases(user: User, scope: Scope, offices: list[int]) -> QuerySet[Case]:
    rows = access.cases_for(user).filter(office_id__in=offices)
    if scope.counsellor is not None:
        rows = rows.filter(owner=scope.counsellor)
    if scope.unassigned:
        rows = rows.filter(owner__isnull=True)
    return rows


def sessions(user: User, scope: Scope, offices: list[int]) -> QuerySet[CounsellingSession]:
    start, end = scope.period.bounds()
    rows = access.sessions_for(user).filter(
        office_id__in=offices, started_at__gte=start, started_at__lt=end
    )
    if scope.counsellor is not None:
        rows = rows.filter(counsellor=scope.counsellor)
    return rows


def open_follow_ups(user: User, scope: Scope, offices: list[int]) -> QuerySet[FollowUp]:
    """Follow-ups not done yet, each in its office (its session's or, when booked without
    a session, its assignee's first office: FollowUp.office)."""
    rows = access.follow_ups_for(user).filter(done_at__isnull=True, office_id__in=offices)
    if scope.counsellor is not None:
        rows = rows.filter(assigned_to=scope.counsellor)
    return rows


def open_inquiries(user: User, scope: Scope, offices: list[int]) -> QuerySet[Inquiry]:
    """Inquiries not closed, as the inbox shows them."""
    rows = inquiries_for(user).exclude(status=Inquiry.Status.CLOSED).filter(office_id__in=offices)
    if scope.counsellor is not None:
        rows = rows.filter(assignee=scope.counsellor)
    if scope.unassigned:
        rows = rows.filter(assignee__isnull=True)
    return rows


def _due_in_period(scope: Scope, today: date) -> Q:
    """Still ahead: due in the period, from today on."""
    return Q(due_on__gte=max(today, scope.period.first), due_on__lte=scope.period.last)


def _tally(rows: QuerySet, by: str, **numbers) -> dict:
    """{group: {number: value}}, one grouped query."""
    return {row.pop(by): row for row in rows.values(by).annotate(**numbers).order_by()}


def _tallies(
    user: User, scope: Scope, offices: list[int], *, case_by, session_by, follow_up_by, inquiry_by
) -> list[dict]:
    today = timezone.localdate()
    open_case = Q(status=Case.Status.OPEN)
    per_programme = {
        f"programme_{value}": Count("id", filter=open_case & Q(programme=value))
        for value in Programme.values
    }
    return [
        _tally(
            cases(user, scope, offices),
            case_by,
            open_cases=Count("id", filter=open_case),
            new_cases=Count(
                "id", filter=Q(opened_on__gte=scope.period.first, opened_on__lte=scope.period.last)
            ),
            **per_programme,
        ),
        _tally(
            sessions(user, scope, offices),
            session_by,
            sessions=Count("id"),
            minutes=Coalesce(Sum("duration_minutes"), 0),
        ),
        _tally(
            open_follow_ups(user, scope, offices),
            follow_up_by,
            follow_ups_due=Count("id", filter=_due_in_period(scope, today)),
            follow_ups_overdue=Count("id", filter=Q(due_on__lt=today)),
        ),
        _tally(
            open_inquiries(user, scope, offices),
            inquiry_by,
            open_inquiries=Count("id"),
            oldest_inquiry_at=Min("created_at"),
            median_epoch=Percentile(seconds(F("created_at")), 0.5),
        ),
    ]


def _fill(row: Row, tallies: list[dict]) -> Row:
    for tally in tallies:
        for name, value in tally.get(row.key.pk if row.key is not None else None, {}).items():
            if name.startswith("programme_"):
                row.programmes[name.removeprefix("programme_")] = value
            elif name == "median_epoch":
                row.median_inquiry_at = (
                    datetime.fromtimestamp(value, tz=UTC) if value is not None else None
                )
            else:
                setattr(row, name, value)
    return row


def caseload(*, user: User, scope: Scope) -> Caseload:
    """Per office and per person within the user's offices: open cases and new ones in the
    period, sessions and their minutes in the period, open follow-ups due in the period
    (from today) and overdue, open inquiries with the oldest and median received time,
    and open cases by programme."""
    now = timezone.now()
    offices = scope_offices(user, scope)
    by_office = _tallies(
        user,
        scope,
        offices,
        case_by="office_id",
        session_by="office_id",
        follow_up_by="office_id",
        inquiry_by="office_id",
    )
    by_person = _tallies(
        user,
        scope,
        offices,
        case_by="owner_id",
        session_by="counsellor_id",
        follow_up_by="assigned_to_id",
        inquiry_by="assignee_id",
    )
    office_rows = [
        _fill(Row(key=office, now=now), by_office)
        for office in Office.objects.filter(pk__in=offices).order_by("name")
    ]
    people = _people(user, scope, offices, {key for tally in by_person for key in tally})
    person_rows = [
        _fill(Row(key=person, now=now, linkable=person.linkable), by_person) for person in people
    ]
    if scope.counsellor is None and any(None in tally for tally in by_person):
        person_rows.append(_fill(Row(key=None, now=now), by_person))
    return Caseload(offices=office_rows, counsellors=person_rows)


def _people(user: User, scope: Scope, offices: list[int], ids: set) -> list:
    """The rows of the person table: the counsellors and coordinators of these offices,
    and anyone else who owns work counted here; or only the person filtered by."""
    ids.discard(None)
    if scope.counsellor is not None:
        wanted = Q(pk=scope.counsellor.pk)
    else:
        caseworkers = Q(
            offices__in=offices, is_active=True, role__in=[Role.COUNSELLOR, Role.COORDINATOR]
        )
        wanted = caseworkers | Q(pk__in=ids)
    mine = User.offices.through.objects.filter(
        user_id=OuterRef("pk"), office_id__in=access.office_ids(user)
    )
    people = User.objects.filter(pk__in=User.objects.filter(wanted).values("pk")).annotate(
        linkable=Exists(mine)
    )
    return list(people.order_by("first_name", "last_name", "username"))


# The lists behind the numbers.


def case_list(*, user: User, scope: Scope, kind: str, programme: str = "") -> QuerySet[Case]:
    rows = cases(user, scope, scope_offices(user, scope))
    if kind == "open":
        rows = rows.filter(status=Case.Status.OPEN)
    else:
        rows = rows.filter(opened_on__gte=scope.period.first, opened_on__lte=scope.period.last)
    if programme:
        rows = rows.filter(programme=programme)
    return rows.select_related("client", "household", "office", "owner").order_by(
        "-opened_on", "-id"
    )


def session_list(*, user: User, scope: Scope) -> QuerySet[CounsellingSession]:
    rows = sessions(user, scope, scope_offices(user, scope))
    return rows.select_related("client", "counsellor", "office").order_by("-started_at", "-id")


def follow_up_list(*, user: User, scope: Scope, kind: str) -> QuerySet[FollowUp]:
    today = timezone.localdate()
    rows = open_follow_ups(user, scope, scope_offices(user, scope))
    rows = rows.filter(_due_in_period(scope, today) if kind == "due" else Q(due_on__lt=today))
    return rows.select_related("client", "assigned_to").order_by("due_on", "id")


def inquiry_list(*, user: User, scope: Scope) -> QuerySet[Inquiry]:
    rows = open_inquiries(user, scope, scope_offices(user, scope))
    return rows.select_related("office", "assignee", "topic", "client").order_by("created_at", "id")
