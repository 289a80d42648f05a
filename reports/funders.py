"""The funder report's numbers: who was supported, with what, whether it helped, and
where they were referred. Numbers only, never a person: every count is an aggregate
in SQL (six queries whatever the data size), and small ones are hidden before anyone
sees them (reports.suppression).

A *participant* is a client with at least one counselling session in the period in the
offices, or present at a meeting of a group activity there. Records merged into another
count as the record they were merged into, once.
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Case, Count, DateField, F, Func, IntegerField, Q, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from activities.access import series_for
from activities.models import ActivitySeries, Attendance, Meeting
from clients.models import Client, Gender, Segment
from counselling import access
from counselling.models import Channel, Office, Programme, User
from referrals.access import referrals_for
from referrals.models import Organisation, Referral

from .models import SurveyAnswer
from .selectors import Period, Scope, scope_offices
from .suppression import Cell, protect

# Age at the first day of the period, in whole years: (label, lowest age, highest age).
AGE_GROUPS = [
    ("0-17", None, 17),
    ("18-24", 18, 24),
    ("25-34", 25, 34),
    ("35-44", 35, 44),
    ("45-54", 45, 54),
    ("55-64", 55, 64),
    ("65+", 65, None),
]
UNKNOWN = "unknown"
NOT_RECORDED = ""  # a client whose gender was not recorded
ACCEPTED = [Referral.Status.ACCEPTED, Referral.Status.COMPLETED]
# The result indicator: an answer that rated the service 4 or 5 out of 5, or said the
# person got the information they needed. Said on the page (USEFUL_RULE).
USEFUL = Q(rating__gte=4) | Q(got_information=SurveyAnswer.Information.YES)
USEFUL_RULE = gettext_lazy(
    "A person found the service useful when at least one of their answers rated it 4 or 5 "
    "out of 5, or said they got the information they needed."
)


def participant(prefix: str = "") -> Coalesce:
    """The id a person is counted under, for records merge_clients does not move (survey
    invitations); a kept record may itself be merged later."""
    return Coalesce(
        f"{prefix}merged_into__merged_into_id",
        f"{prefix}merged_into_id",
        f"{prefix}id",
        output_field=IntegerField(),
    )


@dataclass
class FunderNumbers:
    period: Period
    offices: list[Office]
    # {(segment, gender, age group): participants}
    participants: dict[tuple[str, str, str], int] = field(default_factory=dict)
    # {programme: (sessions, participants)}
    programmes: dict[str, tuple[int, int]] = field(default_factory=dict)
    # {channel: (sessions, participants)}
    channels: dict[str, tuple[int, int]] = field(default_factory=dict)
    # {"answered"|"useful": (participants, answers)}
    survey: dict[str, tuple[int, int]] = field(default_factory=dict)
    # {partner kind: (made, accepted)}
    referrals: dict[str, tuple[int, int]] = field(default_factory=dict)
    # {activity kind: (meetings, participants present, anonymous participants)}
    activities: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    # Participants present at any group activity, each once.
    activity_participants: int = 0

    def count(self, *, segment=None, gender=None, age=None) -> int:
        """Participants with these traits (None: any)."""
        return sum(
            n
            for (s, g, a), n in self.participants.items()
            if segment in (None, s) and gender in (None, g) and age in (None, a)
        )


@dataclass
class ParticipantRow:
    client_id: int
    segment: str
    gender: str
    age_group: str
    sessions: int
    programmes: list[str]
    activities: list[str]


def participant_rows(*, user: User, scope: Scope) -> list[ParticipantRow]:
    """The participants of funder_numbers one by one (for the pseudonymous file): their
    segment, sex and age group, sessions and programmes, and kinds of group activity."""
    offices = scope_offices(user, scope)
    start, end = scope.period.bounds()
    sessions = access.sessions_for(user).filter(
        office_id__in=offices, started_at__gte=start, started_at__lt=end
    )
    present = _present(user, offices, start, end)
    attendee = participant("sign_up__client__")
    group, age = _age_group(scope.period.first)
    counted = (
        sessions.values("client_id")
        .annotate(
            n=Count("id"),
            kinds=ArrayAgg(
                Coalesce("case__programme", Value(Programme.GENERAL.value)), distinct=True
            ),
        )
        .order_by()
    )
    by_client = {r["client_id"]: (r["n"], sorted(r["kinds"])) for r in counted}
    came: dict[int, set[str]] = {}
    for person, kind in present.annotate(person=attendee).values_list(
        "person", "meeting__series__kind"
    ):
        came.setdefault(person, set()).add(kind)
    people = (
        Client.objects.filter(pk__in=[*by_client, *came])
        .annotate(age=age, age_group=group)
        .values_list("pk", "segment", "gender", "age_group")
        .order_by("pk")
    )
    return [
        ParticipantRow(
            client_id=pk,
            segment=segment,
            gender=gender,
            age_group=age_group,
            sessions=by_client.get(pk, (0, []))[0],
            programmes=by_client.get(pk, (0, []))[1],
            activities=sorted(came.get(pk, set())),
        )
        for pk, segment, gender, age_group in people
    ]


def _held(user: User, offices: list[int], start, end):
    """The offices' group activity meetings in the period that took place."""
    return Meeting.objects.filter(
        series__in=series_for(user).filter(office_id__in=offices),
        cancelled=False,
        starts_at__gte=start,
        starts_at__lt=end,
    )


def _present(user: User, offices: list[int], start, end):
    """Attendances marked present at those meetings."""
    held = _held(user, offices, start, end)
    return Attendance.objects.filter(meeting__in=held, status=Attendance.Status.PRESENT)


def _age_group(first: date) -> tuple[Case, Func]:
    age: Func = Func(
        Value(first, output_field=DateField()),
        F("birth_date"),
        template="EXTRACT(YEAR FROM AGE(%(expressions)s))",
        output_field=IntegerField(),
    )
    groups = [When(birth_date__isnull=True, then=Value(UNKNOWN))]
    for label, low, high in AGE_GROUPS:
        bounds = Q()
        if low is not None:
            bounds &= Q(age__gte=low)
        if high is not None:
            bounds &= Q(age__lte=high)
        groups.append(When(bounds, then=Value(label)))
    return Case(*groups, default=Value(UNKNOWN)), age


def funder_numbers(*, user: User, scope: Scope) -> FunderNumbers:
    """The counts for the user's offices (or the one in `scope`) over `scope.period`."""
    offices = scope_offices(user, scope)
    start, end = scope.period.bounds()
    sessions = access.sessions_for(user).filter(
        office_id__in=offices, started_at__gte=start, started_at__lt=end
    )
    numbers = FunderNumbers(
        period=scope.period, offices=list(Office.objects.filter(pk__in=offices).order_by("name"))
    )

    present = _present(user, offices, start, end)
    attendee = participant("sign_up__client__")

    group, age = _age_group(scope.period.first)
    # A session's client is never a merged record (merge_clients moves the sessions
    # onto the record it keeps), so sessions count people by client_id, with no join.
    people = (
        Client.objects.filter(
            Q(pk__in=sessions.values("client_id"))
            | Q(pk__in=present.annotate(person=attendee).values("person"))
        )
        .annotate(age=age)
        .annotate(age_group=group)
        .values("segment", "gender", "age_group")
        .annotate(n=Count("id"))
        .order_by()
    )
    numbers.participants = {(r["segment"], r["gender"], r["age_group"]): r["n"] for r in people}

    people_served = Count("client_id", distinct=True)
    by_programme = (
        sessions.annotate(kind=Coalesce("case__programme", Value(Programme.GENERAL.value)))
        .values("kind")
        .annotate(sessions=Count("id"), people=people_served)
        .order_by()
    )
    numbers.programmes = {r["kind"]: (r["sessions"], r["people"]) for r in by_programme}
    by_channel = (
        sessions.values("channel").annotate(sessions=Count("id"), people=people_served).order_by()
    )
    numbers.channels = {r["channel"]: (r["sessions"], r["people"]) for r in by_channel}

    answers = SurveyAnswer.objects.filter(
        invitation__office_id__in=offices, answered_at__gte=start, answered_at__lt=end
    )
    person = participant("invitation__client__")
    survey = answers.aggregate(
        answered=Count(person, distinct=True),
        useful=Count(person, distinct=True, filter=USEFUL),
        answers=Count("id"),
        useful_answers=Count("id", filter=USEFUL),
    )
    numbers.survey = {
        "answered": (survey["answered"], survey["answers"]),
        "useful": (survey["useful"], survey["useful_answers"]),
    }

    referrals = (
        referrals_for(user)
        .filter(office_id__in=offices, created_at__gte=start, created_at__lt=end)
        .values("organisation__kind")
        .annotate(made=Count("id"), accepted=Count("id", filter=Q(status__in=ACCEPTED)))
        .order_by()
    )
    numbers.referrals = {r["organisation__kind"]: (r["made"], r["accepted"]) for r in referrals}

    meetings = (
        _held(user, offices, start, end)
        .values("series__kind")
        .annotate(meetings=Count("id"), anonymous=Coalesce(Sum("anonymous_count"), 0))
    )
    came = {
        r["meeting__series__kind"]: r["people"]
        for r in present.values("meeting__series__kind")
        .annotate(people=Count(attendee, distinct=True))
        .order_by()
    }
    numbers.activities = {
        r["series__kind"]: (r["meetings"], came.get(r["series__kind"], 0), r["anonymous"])
        for r in meetings.order_by()
    }
    numbers.activity_participants = present.aggregate(n=Count(attendee, distinct=True))["n"]
    return numbers


@dataclass
class Table:
    """One published table: its cells already protected."""

    slug: str
    caption: str
    headings: list[str]
    rows: list[tuple[str, list[Cell]]]
    notes: list[str] = field(default_factory=list)


def _labelled(labels: list[str], grid: list[list[Cell]]) -> list[tuple[str, list[Cell]]]:
    return list(zip(labels, grid, strict=True))


def _column(values: list[int]) -> list[Cell]:
    """One column whose last cell is its total."""
    return [row[0] for row in protect([[v] for v in values], columns_add_up=True)]


def _services(
    slug: str, caption: str, heading: str, choices, counts: dict, total_people: int
) -> Table:
    """Sessions add up to their total; people do not (one person may have had several
    kinds, and the total is the unique count). Their column is still protected as if it
    added up: every participant is in some row, so the total less the rows shown bounds
    a lone hidden cell."""
    sessions = [counts.get(value, (0, 0))[0] for value, _label in choices]
    people = [counts.get(value, (0, 0))[1] for value, _label in choices]
    session_cells = _column([*sessions, sum(sessions)])
    people_cells = _column([*people, total_people])
    return Table(
        slug=slug,
        caption=caption,
        headings=[heading, _("Sessions"), _("Participants")],
        rows=_labelled(
            [*(str(label) for _value, label in choices), _("Total")],
            [list(pair) for pair in zip(session_cells, people_cells, strict=True)],
        ),
        notes=[
            _(
                "A participant who had several kinds of service is counted in each; the total "
                "counts each participant once."
            )
        ],
    )


def funder_tables(numbers: FunderNumbers) -> list[Table]:
    """The report as it is published: every table with its small numbers hidden."""
    total = numbers.count()
    segments = [numbers.count(segment=value) for value in Segment.values]
    by_segment = protect([[n] for n in [*segments, total]], columns_add_up=True)

    genders = [*Gender.choices, (NOT_RECORDED, _("Not recorded"))]
    ages = [*((label, label) for label, _low, _high in AGE_GROUPS), (UNKNOWN, _("Not known"))]
    cross = [
        [*(numbers.count(gender=g, age=a) for a, _label in ages), numbers.count(gender=g)]
        for g, _label in genders
    ]
    cross.append([*(numbers.count(age=a) for a, _label in ages), total])
    by_sex_and_age = protect(cross, rows_add_up=True, columns_add_up=True)

    answered, answers = numbers.survey["answered"]
    useful, useful_answers = numbers.survey["useful"]
    survey = protect(
        [
            [useful, useful_answers],
            [answered - useful, answers - useful_answers],
            [answered, answers],
        ],
        columns_add_up=True,
    )

    kinds = Organisation.Kind.choices
    made = [numbers.referrals.get(value, (0, 0)) for value, _label in kinds]
    referral_grid = [[accepted, n - accepted, n] for n, accepted in made]
    referral_grid.append([sum(column) for column in zip(*referral_grid, strict=True)])
    referrals = protect(referral_grid, rows_add_up=True, columns_add_up=True)

    kinds_of_activity = ActivitySeries.Kind.choices
    activity = [numbers.activities.get(value, (0, 0, 0)) for value, _label in kinds_of_activity]
    meetings = _column([*(m for m, _p, _a in activity), sum(m for m, _p, _a in activity)])
    attended = _column([*(p for _m, p, _a in activity), numbers.activity_participants])
    anonymous = _column([*(a for _m, _p, a in activity), sum(a for _m, _p, a in activity)])

    return [
        Table(
            slug="segments",
            caption=_("Participants by client segment"),
            headings=[_("Client segment"), _("Participants")],
            rows=_labelled(
                [*(str(label) for _v, label in Segment.choices), _("Total")], by_segment
            ),
        ),
        Table(
            slug="sex-age",
            caption=_("Participants by sex and age group"),
            headings=[_("Sex"), *(str(label) for _v, label in ages), _("Total")],
            rows=_labelled([*(str(label) for _v, label in genders), _("Total")], by_sex_and_age),
            notes=[_("Age in whole years on the first day of the period.")],
        ),
        _services(
            "programmes",
            _("Services received by counselling programme"),
            _("Programme"),
            Programme.choices,
            numbers.programmes,
            total,
        ),
        _services(
            "channels",
            _("Services received by channel"),
            _("Channel"),
            Channel.choices,
            numbers.channels,
            total,
        ),
        Table(
            slug="activities",
            caption=_("Group activities"),
            headings=[
                _("Kind of activity"),
                _("Meetings"),
                _("Participants"),
                _("Anonymous participants"),
            ],
            rows=_labelled(
                [*(str(label) for _v, label in kinds_of_activity), _("Total")],
                [list(cells) for cells in zip(meetings, attended, anonymous, strict=True)],
            ),
            notes=[
                _(
                    "Participants: clients marked present at least once. One who came to "
                    "several kinds is counted in each; the total counts each once. Anonymous "
                    "participants are counted at each meeting."
                )
            ],
        ),
        Table(
            slug="useful",
            caption=_("Participants who found the service useful"),
            headings=[_("Answer"), _("Participants"), _("Answers")],
            rows=_labelled(
                [_("Found it useful"), _("Did not report it useful"), _("Answered the survey")],
                survey,
            ),
            notes=[
                str(USEFUL_RULE),
                _("Answers given without a client record count as answers, not as participants."),
            ],
        ),
        Table(
            slug="referrals",
            caption=_("Referrals made and accepted, by kind of partner"),
            headings=[_("Kind of partner"), _("Accepted"), _("Not accepted"), _("Made")],
            rows=_labelled([*(str(label) for _v, label in kinds), _("Total")], referrals),
            notes=[_("Accepted: the partner accepted the referral or reported it completed.")],
        ),
    ]


def suppression_note() -> str:
    below = settings.REPORT_SUPPRESS_BELOW
    return _(
        "So that nobody can be recognised, counts from 1 to %(largest)s are shown as "
        "“<%(below)s”, and “hidden” marks a larger count hidden so that a small one cannot "
        "be worked out from the totals. Zero is shown as 0."
    ) % {"largest": below - 1, "below": below}
