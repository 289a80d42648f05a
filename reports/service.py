"""The service dashboard's numbers: who came through which door, about what, in which
language; interpreters; how fast we answered; how long walk-ins waited; where referrals
led.

A contact is an inquiry (web form, e-mail, phone), a walk-in visit, a session logged at
an outreach event, or a person counted at one (outreach tallies, anonymous by nature); an
inquiry recorded at an outreach event counts under outreach. Every count starts from the
access policy's querysets, then the filters; the breakdowns of contacts are one
grouped query over the four sources (GROUPING SETS), so the page costs the same few
queries at any data size.
"""

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    DateField,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Trunc

from channels.access import inquiries_for, visits_for
from channels.models import Inquiry, InquiryChannel, Visit
from clients.models import Topic
from counselling import access
from counselling.models import Channel, CounsellingSession, User
from outreach.access import events_for
from outreach.models import OutreachContact
from outreach.models import Tally as Counted
from referrals.access import referrals_for
from referrals.models import Organisation, Referral, ReferralEvent

from .selectors import Percentile, Scope, scope_offices, seconds

OUTREACH = Channel.OUTREACH.value
WALK_IN = InquiryChannel.WALK_IN.value
# The sessions a contact channel stands for, where interpreters are counted: a web form
# has no session of its own.
SESSION_CHANNELS = {
    InquiryChannel.EMAIL.value: Channel.EMAIL.value,
    InquiryChannel.PHONE.value: Channel.PHONE.value,
    WALK_IN: Channel.IN_PERSON.value,
    OUTREACH: OUTREACH,
}
ACCEPTED = [Referral.Status.ACCEPTED, Referral.Status.COMPLETED]
ANSWERED = [*ACCEPTED, Referral.Status.DECLINED]


def _seconds_between(start: str, end: str) -> Func:
    return seconds(F(end) - F(start))


def bucket_kind(scope: Scope) -> str:
    """Days for a month or two, weeks up to half a year, months beyond."""
    days = (scope.period.last - scope.period.first).days + 1
    return "day" if days <= 62 else "week" if days <= 190 else "month"


def buckets(scope: Scope) -> list[date]:
    """Every bucket of the period, so a quiet day still shows as a zero."""
    kind = bucket_kind(scope)
    first, last = scope.period.first, scope.period.last
    if kind == "day":
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if kind == "week":
        start = first - timedelta(days=first.weekday())
        return [start + timedelta(weeks=n) for n in range((last - start).days // 7 + 1)]
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def _topic_filter(topic: Topic, path: str) -> Q:
    return Q(**{path: topic}) | Q(**{f"{path}__parent": topic})


# The three sources of contacts, each as the same columns.


def _contact_columns(*, at, channel, segment: str, topic, language) -> dict:
    return {
        "c_bucket": at,
        "c_channel": channel,
        "c_segment": Coalesce(segment, Value("unknown"), output_field=CharField()),
        "c_topic": topic,
        "c_language": language,
        "c_office": F("office_id"),
        "c_anonymous": ExpressionWrapper(Q(client__isnull=True), output_field=BooleanField()),
        # How many people the row stands for: one, but a tally's count.
        "c_weight": Value(1, output_field=IntegerField()),
    }


def inquiry_contacts(user: User, scope: Scope, offices: list[int]) -> QuerySet[Inquiry]:
    start, end = scope.period.bounds()
    rows = inquiries_for(user).filter(
        office_id__in=offices, created_at__gte=start, created_at__lt=end
    )
    met_outreach = OutreachContact.objects.values("inquiry_id")
    if scope.channel == OUTREACH:
        rows = rows.filter(pk__in=met_outreach)
    elif scope.channel:
        rows = rows.filter(channel=scope.channel).exclude(pk__in=met_outreach)
    return _about(rows, scope, person="assignee")


def inquiry_channel() -> Case:
    """An inquiry recorded at an outreach event is an outreach contact (the outreach app
    files it as a walk-in, the channel it is answered through)."""
    met_outreach = OutreachContact.objects.values("inquiry_id")
    return Case(
        When(pk__in=met_outreach, then=Value(OUTREACH)),
        default=F("channel"),
        output_field=CharField(),
    )


def visit_contacts(user: User, scope: Scope, offices: list[int]) -> QuerySet[Visit]:
    if scope.channel not in ("", WALK_IN):
        return Visit.objects.none()
    rows = visits_for(user).filter(
        office_id__in=offices, day__gte=scope.period.first, day__lte=scope.period.last
    )
    return _about(rows, scope, person="served_by")


def _about(rows: QuerySet, scope: Scope, *, person: str) -> QuerySet:
    """An inquiry's or a visit's own person, client segment, topic and language."""
    if scope.counsellor is not None:
        rows = rows.filter(**{person: scope.counsellor})
    if scope.segment:
        rows = rows.filter(_segment_filter(scope.segment))
    if scope.topic is not None:
        rows = rows.filter(_topic_filter(scope.topic, "topic"))
    if scope.language:
        rows = rows.filter(language=scope.language)
    return rows


def sessions(user: User, scope: Scope, offices: list[int]) -> QuerySet[CounsellingSession]:
    """Sessions in the scope, the contact channel mapped onto the session's own."""
    if scope.channel and scope.channel not in SESSION_CHANNELS:
        return CounsellingSession.objects.none()
    start, end = scope.period.bounds()
    rows = access.sessions_for(user).filter(
        office_id__in=offices, started_at__gte=start, started_at__lt=end
    )
    if scope.channel:
        rows = rows.filter(channel=SESSION_CHANNELS[scope.channel])
    if scope.counsellor is not None:
        rows = rows.filter(counsellor=scope.counsellor)
    if scope.segment:
        rows = rows.filter(client__segment=scope.segment)
    if scope.topic is not None:
        about = Topic.objects.filter(sessions=OuterRef("pk")).filter(
            Q(pk=scope.topic.pk) | Q(parent=scope.topic)
        )
        rows = rows.filter(Exists(about))
    if scope.language:
        rows = rows.filter(client__preferred_language=scope.language)
    return rows


def outreach_contacts(user: User, scope: Scope, offices: list[int]):
    if scope.channel not in ("", OUTREACH):
        return CounsellingSession.objects.none()
    return sessions(user, scope, offices).filter(channel=OUTREACH)


def tally_contacts(user: User, scope: Scope, offices: list[int]) -> QuerySet[Counted]:
    """People counted at outreach events, by topic and language only: no segment (they are
    all "unknown") and no person but the staff who were there."""
    if scope.channel not in ("", OUTREACH) or scope.segment not in ("", "unknown"):
        return Counted.objects.none()
    start, end = scope.period.bounds()
    events = events_for(user).filter(office_id__in=offices, starts_at__gte=start, starts_at__lt=end)
    if scope.counsellor is not None:
        events = events.filter(staff=scope.counsellor)
    rows = Counted.objects.filter(event__in=events.values("pk"), count__gt=0)
    if scope.topic is not None:
        rows = rows.filter(_topic_filter(scope.topic, "topic"))
    if scope.language:
        rows = rows.filter(language=scope.language)
    return rows


def _segment_filter(segment: str) -> Q:
    if segment == "unknown":
        return Q(client__isnull=True) | Q(client__segment=segment)
    return Q(client__segment=segment)


# Grouping sets of the contacts query, by the columns each groups by.
SETS = {
    "over_time": ("c_bucket", "c_channel"),
    "segment": ("c_segment",),
    "topic": ("c_topic",),
    "language": ("c_language",),
    "office": ("c_office",),
}
COLUMNS = ("c_bucket", "c_channel", "c_segment", "c_topic", "c_language", "c_office")


@dataclass
class Tally:
    contacts: int = 0
    anonymous: int = 0


@dataclass
class Contacts:
    """Contacts by each breakdown: {set name: {key: Tally}}; over_time is keyed by
    (bucket, channel)."""

    kind: str
    by: dict[str, dict] = field(default_factory=lambda: {name: {} for name in SETS})

    @property
    def total(self) -> Tally:
        return Tally(
            contacts=sum(t.contacts for t in self.by["office"].values()),
            anonymous=sum(t.anonymous for t in self.by["office"].values()),
        )

    def by_channel(self) -> dict[str, Tally]:
        tallies: dict[str, Tally] = {}
        for (_bucket, channel), tally in self.by["over_time"].items():
            total = tallies.setdefault(channel, Tally())
            total.contacts += tally.contacts
            total.anonymous += tally.anonymous
        return tallies


def contacts(*, user: User, scope: Scope) -> Contacts:
    """Every breakdown of the contacts in one query."""
    offices = scope_offices(user, scope)
    kind = bucket_kind(scope)

    def bucket(name: str):
        return Trunc(name, kind, output_field=DateField())

    inquiry_columns = _contact_columns(
        at=bucket("created_at"),
        channel=inquiry_channel(),
        segment="client__segment",
        topic=F("topic_id"),
        language=F("language"),
    )
    visit_columns = {
        **inquiry_columns,
        "c_bucket": bucket("day"),
        "c_channel": Value(WALK_IN, output_field=CharField()),
    }
    # A session's first topic, the lowest in the taxonomy (loaded in its order): read
    # from the link table's index alone.
    first_topic = CounsellingSession.topics.through.objects.filter(
        counsellingsession_id=OuterRef("pk")
    ).order_by("topic_id")
    outreach_columns = {
        **inquiry_columns,
        "c_bucket": bucket("started_at"),
        "c_channel": Value(OUTREACH, output_field=CharField()),
        "c_topic": Subquery(first_topic.values("topic_id")[:1], output_field=IntegerField()),
        "c_language": Coalesce("client__preferred_language", Value(""), output_field=CharField()),
    }
    tally_columns = {
        "c_bucket": bucket("event__starts_at"),
        "c_channel": Value(OUTREACH, output_field=CharField()),
        "c_segment": Value("unknown", output_field=CharField()),
        "c_topic": F("topic_id"),
        "c_language": F("language"),
        "c_office": F("event__office_id"),
        "c_anonymous": Value(True, output_field=BooleanField()),
        "c_weight": F("count"),
    }
    names = [*COLUMNS, "c_anonymous", "c_weight"]
    # No ordering: the models' default one would sort every row before counting.
    sources = [
        inquiry_contacts(user, scope, offices).annotate(**inquiry_columns).values(*names),
        visit_contacts(user, scope, offices).annotate(**visit_columns).values(*names),
        _outreach(user, scope, offices, outreach_columns).values(*names),
        tally_contacts(user, scope, offices).annotate(**tally_columns).values(*names),
    ]
    sources = [source.order_by() for source in sources]
    union = sources[0].union(*sources[1:], all=True)
    sql, params = union.query.sql_with_params()
    grouping_sets = ", ".join(f"({', '.join(columns)})" for columns in SETS.values())
    query = (
        f"SELECT CAST(c_bucket AS date), {', '.join(COLUMNS[1:])}, "
        f"GROUPING({', '.join(COLUMNS)}), SUM(c_weight), "
        "COALESCE(SUM(c_weight) FILTER (WHERE c_anonymous), 0) "
        f"FROM ({sql}) AS contact GROUP BY GROUPING SETS ({grouping_sets})"
    )
    result = Contacts(kind=kind)
    masks = {_mask(columns): name for name, columns in SETS.items()}
    # Topics are grouped as recorded and added up here under their level-1 topic: a
    # join to the topic table for every contact would cost more than the whole count.
    level_one = dict(Topic.objects.values_list("pk", Coalesce("parent_id", "pk")))
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        for *values, grouping, count, anonymous in cursor.fetchall():
            name = masks[grouping]
            row = dict(zip(COLUMNS, values, strict=True))
            row["c_topic"] = level_one.get(row["c_topic"])
            key = tuple(row[c] for c in SETS[name])
            key = key if len(key) > 1 else key[0]
            tally = result.by[name].setdefault(key, Tally())
            tally.contacts += count
            tally.anonymous += anonymous
    return result


def _outreach(user: User, scope: Scope, offices: list[int], columns: dict):
    """Outreach sessions as contacts. A session may be about several topics but counts
    once, under its first: the topic filter looks at that one too, so the filtered
    numbers are the unfiltered table's row."""
    rows = outreach_contacts(user, replace(scope, topic=None), offices).annotate(**columns)
    if scope.topic is None:
        return rows
    return rows.filter(Q(c_topic=scope.topic.pk) | Q(c_topic__in=scope.topic.children.values("pk")))


def _mask(columns: tuple[str, ...]) -> int:
    """GROUPING()'s answer for a set: a bit, high to low, for each column not grouped."""
    bits = 0
    for column in COLUMNS:
        bits = (bits << 1) | (column not in columns)
    return bits


# Interpreters.


@dataclass
class InterpreterUse:
    sessions: int
    sessions_with_interpreter: int
    # {language: {mode: (sessions, minutes)}}
    by_language: dict[str, dict[str, tuple[int, int]]]


def interpreter_use(*, user: User, scope: Scope) -> InterpreterUse:
    """Sessions with an interpreter, by language and mode, and how many sessions there
    were in all. The language filter is the interpreted language. Sessions only: a phone
    call with an interpreter is logged as a session when it is answered (the session
    form takes the call's interpreter), so counting the calls too would count it twice."""
    offices = scope_offices(user, scope)
    rows = sessions(user, replace(scope, language=""), offices)
    total = rows.count()
    with_interpreter = rows.exclude(interpreter_language="")
    if scope.language:
        with_interpreter = with_interpreter.filter(interpreter_language=scope.language)
    grouped = list(
        with_interpreter.values("interpreter_language", "interpreter_mode")
        .annotate(n=Count("id"), minutes=Coalesce(Sum("duration_minutes"), 0))
        .order_by()
    )
    by_language: dict[str, dict[str, tuple[int, int]]] = {}
    for row in grouped:
        mode = row["interpreter_mode"]  # "" where it was not recorded (the form asks)
        count, minutes = by_language.setdefault(row["interpreter_language"], {}).get(mode, (0, 0))
        by_language[row["interpreter_language"]][mode] = (
            count + row["n"],
            minutes + row["minutes"],
        )
    return InterpreterUse(
        sessions=total,
        sessions_with_interpreter=sum(row["n"] for row in grouped),
        by_language=by_language,
    )


# How fast, how long.


@dataclass
class ResponseTimes:
    channel: str
    received: int
    answered: int
    in_time: int
    median_hours: float | None
    p90_hours: float | None


def response_times(*, user: User, scope: Scope) -> list[ResponseTimes]:
    """Inquiries received in the period, per channel: how many were answered, how many by
    their due time, and the median and 90th percentile hours to the first answer."""
    offices = scope_offices(user, scope)
    waited = _seconds_between("created_at", "first_response_at")
    answered = Q(first_response_at__isnull=False)
    rows = (
        inquiry_contacts(user, scope, offices)
        .values("channel")
        .annotate(
            received=Count("id"),
            answered=Count("id", filter=answered),
            in_time=Count("id", filter=answered & Q(first_response_at__lte=F("due_at"))),
            **_median_and_p90(waited, answered),
        )
        .order_by()
    )
    return [
        ResponseTimes(
            channel=row["channel"],
            received=row["received"],
            answered=row["answered"],
            in_time=row["in_time"],
            median_hours=_hours(row["median"]),
            p90_hours=_hours(row["p90"]),
        )
        for row in rows
    ]


def _median_and_p90(waited, done: Q) -> dict:
    """How long it took, of the rows where it is done: the middle and the 90th percentile."""
    return {
        "median": Percentile(waited, 0.5, filter=done),
        "p90": Percentile(waited, 0.9, filter=done),
    }


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 1)


@dataclass
class Waits:
    office_id: int
    visits: int
    called: int
    left: int
    median_minutes: float | None
    p90_minutes: float | None


def walk_in_waits(*, user: User, scope: Scope) -> list[Waits]:
    """Walk-ins per office: how many came, were called in or left unserved, and the
    median and 90th percentile minutes from arrival to being called in."""
    waited = _seconds_between("arrived_at", "called_at")
    called = Q(called_at__isnull=False)
    rows = (
        visit_contacts(user, scope, scope_offices(user, scope))
        .values("office_id")
        .annotate(
            visits=Count("id"),
            called=Count("id", filter=called),
            left=Count("id", filter=Q(status=Visit.Status.LEFT)),
            **_median_and_p90(waited, called),
        )
        .order_by()
    )
    return [
        Waits(
            office_id=row["office_id"],
            visits=row["visits"],
            called=row["called"],
            left=row["left"],
            median_minutes=_minutes(row["median"]),
            p90_minutes=_minutes(row["p90"]),
        )
        for row in rows
    ]


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


# Referrals.


@dataclass
class PartnerReferrals:
    organisation: str
    by_status: dict[str, int]
    median_days_to_answer: float | None

    @property
    def made(self) -> int:
        return sum(self.by_status.values())

    @property
    def answered(self) -> int:
        return sum(self.by_status.get(status, 0) for status in ANSWERED)

    @property
    def accepted(self) -> int:
        return sum(self.by_status.get(status, 0) for status in ACCEPTED)


def referral_rows(user: User, scope: Scope) -> QuerySet[Referral]:
    """Referrals made in the period from the offices' cases. A referral has no channel
    or language of its own: those filters look at nothing here, the language one at the
    client's language."""
    start, end = scope.period.bounds()
    rows = referrals_for(user).filter(
        office_id__in=scope_offices(user, scope), created_at__gte=start, created_at__lt=end
    )
    if scope.counsellor is not None:
        rows = rows.filter(made_by=scope.counsellor)
    if scope.segment:
        rows = rows.filter(client__segment=scope.segment)
    if scope.topic is not None:
        rows = rows.filter(
            Q(service__topics=scope.topic) | Q(service__topics__parent=scope.topic)
        ).distinct()
    if scope.language:
        rows = rows.filter(client__preferred_language=scope.language)
    return rows


def referrals(*, user: User, scope: Scope) -> list[PartnerReferrals]:
    """Per partner organisation: referrals by status now, and the median days from
    sending to the partner's answer (accepted or declined)."""
    answers = ReferralEvent.objects.filter(
        referral=OuterRef("pk"), status__in=[Referral.Status.ACCEPTED, Referral.Status.DECLINED]
    )
    answered_at = Subquery(answers.values("referral").annotate(first=Min("at")).values("first")[:1])
    rows = referral_rows(user, scope)
    if scope.topic is not None:
        # The topic filter joins the service's topics; a referral counts once.
        rows = Referral.objects.filter(pk__in=rows.values("pk"))
    statuses = {
        f"status_{status}": Count("id", filter=Q(status=status))
        for status in Referral.Status.values
    }
    grouped = (
        rows.annotate(answered_at=answered_at)
        .values("organisation_id")
        .annotate(
            **statuses,
            median=Percentile(
                _seconds_between("created_at", "answered_at"),
                0.5,
                filter=Q(answered_at__isnull=False),
            ),
        )
        .order_by()
    )
    names = Organisation.objects.in_bulk([row["organisation_id"] for row in grouped])
    partners = [
        PartnerReferrals(
            organisation=str(names[row["organisation_id"]]),
            by_status={
                status: row[f"status_{status}"]
                for status in Referral.Status.values
                if row[f"status_{status}"]
            },
            median_days_to_answer=(
                None if row["median"] is None else round(row["median"] / 86400, 1)
            ),
        )
        for row in grouped
    ]
    return sorted(partners, key=lambda partner: (-partner.made, partner.organisation))
