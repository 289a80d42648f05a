"""What clients said in the satisfaction surveys, in numbers, for the user's offices.

Counted in SQL, one grouped query per table (by office, channel and topic; the totals
are the sum of the offices), so the page costs the same few queries whatever the data
size. Answers stay anonymous: no group of fewer than REPORT_SUPPRESS_BELOW answers is
shown, results are never split by counsellor, and comments carry their office and
month, nothing else (a day could be matched with the sessions of that day).
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from channels.models import InquiryChannel
from clients.models import Topic
from counselling.models import Channel, Office, User

from .models import SurveyAnswer, SurveyInvitation
from .selectors import Scope, scope_offices

RATINGS = [1, 2, 3, 4, 5]
INFORMATION = SurveyAnswer.Information
LATEST_COMMENTS = 20
# The channel filter names how a contact came in (reports.filters.CONTACT_CHANNELS); a
# session held in person is counted under walk-in, the way to the desk.
CHANNEL_MEMBERS = {InquiryChannel.WALK_IN.value: [InquiryChannel.WALK_IN, Channel.IN_PERSON]}
CHANNEL_LABELS = {**dict(Channel.choices), **dict(InquiryChannel.choices)}


@dataclass
class Group:
    """One line of a results table: an office, a channel, a topic, or all of them."""

    label: str
    invited: int = 0  # invitations made in the period
    answered_of_invited: int = 0  # of those, answered by now
    answers: int = 0  # answers given in the period
    rating_sum: int = 0
    ratings: dict[int, int] = field(default_factory=dict)
    information: dict[str, int] = field(default_factory=dict)
    suppressed: bool = False
    # Counts shown, ratings not: they would give a hidden group's ratings back.
    details_hidden: bool = False

    def add(self, numbers: dict) -> None:
        self.invited += numbers["invited"]
        self.answered_of_invited += numbers["answered_of_invited"]
        self.answers += numbers["answers"]
        self.rating_sum += numbers["rating_sum"]
        for n in RATINGS:
            self.ratings[n] = self.ratings.get(n, 0) + numbers[f"rating_{n}"]
        for value in INFORMATION.values:
            self.information[value] = self.information.get(value, 0) + numbers[f"info_{value}"]

    def numbers(self) -> dict:
        """The counts in the form `add` takes, to add groups up."""
        return {
            "invited": self.invited,
            "answered_of_invited": self.answered_of_invited,
            "answers": self.answers,
            "rating_sum": self.rating_sum,
            **{f"rating_{n}": self.ratings.get(n, 0) for n in RATINGS},
            **{f"info_{v}": self.information.get(v, 0) for v in INFORMATION.values},
        }

    @property
    def response_rate(self) -> int | None:
        """Per cent of the period's invitations answered so far."""
        if not self.invited:
            return None
        return round(100 * self.answered_of_invited / self.invited)

    @property
    def average_rating(self) -> float | None:
        return round(self.rating_sum / self.answers, 1) if self.answers else None

    @property
    def rating_counts(self) -> list[int]:
        return [self.ratings.get(n, 0) for n in RATINGS]

    @property
    def information_shares(self) -> list[int]:
        """Per cent of the answers saying yes, partly and no."""
        if not self.answers:
            return [0 for _ in INFORMATION.values]
        return [round(100 * self.information.get(v, 0) / self.answers) for v in INFORMATION.values]


@dataclass
class Comment:
    text: str
    month: date  # its first day
    office: str


@dataclass
class Satisfaction:
    total: Group
    by_office: list[Group]
    by_channel: list[Group]
    by_topic: list[Group]
    # None when not asked for (the service dashboard shows the numbers only).
    comments: list[Comment] | None
    threshold: int

    @property
    def overall(self) -> list[Group]:
        return [self.total]


def survey_results(*, user: User, scope: Scope, with_comments: bool = True) -> Satisfaction:
    """Invitations and answers of the period in the user's offices (or the one office
    chosen), filtered by channel, level-1 topic, client segment and language."""
    threshold = settings.REPORT_SUPPRESS_BELOW
    offices = scope_offices(user, scope)
    level_one = _level_one_topics()
    rows = invitations(scope, offices, level_one)

    office_rows = Office.objects.filter(pk__in=offices).order_by("name")
    by_office = {office.pk: Group(label=office.name) for office in office_rows}
    for key, numbers in _tally(rows, scope, "office_id").items():
        by_office[key].add(numbers)
    by_channel: dict[str, Group] = {}
    for key, numbers in _tally(rows, scope, "channel").items():
        by_channel.setdefault(key, Group(label=str(CHANNEL_LABELS.get(key, key)))).add(numbers)
    by_topic: dict[str, Group] = {}  # by level-1 code
    for key, numbers in _tally(rows, scope, "topic_code").items():
        topic = level_one.get(key)
        code = topic.code if topic else key
        label = topic.name if topic else (key or str(_("No topic")))
        by_topic.setdefault(code, Group(label=label)).add(numbers)

    total = Group(label=str(_("All")))
    for group in by_office.values():
        total.add(group.numbers())
    total.suppressed = total.answers < threshold
    offices_table = list(by_office.values())
    channels_table = sorted(by_channel.values(), key=lambda group: group.label)
    topics_table = [by_topic[code] for code in sorted(by_topic, key=_topic_order(level_one))]
    for table in (offices_table, channels_table, topics_table):
        _suppress(table, threshold)
    # The overall ratings less the groups shown would give the hidden groups' ratings.
    total.details_hidden = any(
        group.suppressed for group in (*offices_table, *channels_table, *topics_table)
    )

    comments = None
    if with_comments:
        # Offices hidden only to protect a smaller one still show their comments.
        shown = [pk for pk, group in by_office.items() if group.answers >= threshold]
        comments = [] if total.suppressed else _latest_comments(scope, shown, rows)
    return Satisfaction(
        total=total,
        by_office=offices_table,
        by_channel=channels_table,
        by_topic=topics_table,
        comments=comments,
        threshold=threshold,
    )


def invitations(scope: Scope, offices: list[int], level_one: dict) -> QuerySet[SurveyInvitation]:
    """Invitations made, or answered, in the period, by the filters. Never by counsellor:
    the surveys are anonymous to them."""
    start, end = scope.period.bounds()
    made = Q(created_at__gte=start, created_at__lt=end)
    answered = Q(answer__answered_at__gte=start, answer__answered_at__lt=end)
    rows = SurveyInvitation.objects.filter(office_id__in=offices).filter(made | answered)
    if scope.channel:
        rows = rows.filter(channel__in=CHANNEL_MEMBERS.get(scope.channel, [scope.channel]))
    if scope.topic is not None:
        codes = [code for code, topic in level_one.items() if topic.pk == scope.topic.pk]
        rows = rows.filter(topic_code__in=codes)
    if scope.segment:
        # Through the client: an anonymous contact has no segment.
        rows = rows.filter(client__segment=scope.segment)
    if scope.language:
        rows = rows.filter(contact_language=scope.language)
    return rows


def _tally(rows: QuerySet, scope: Scope, by: str) -> dict:
    """{group: numbers}, one grouped query."""
    start, end = scope.period.bounds()
    made = Q(created_at__gte=start, created_at__lt=end)
    answered = Q(answer__answered_at__gte=start, answer__answered_at__lt=end)
    numbers = {
        "invited": Count("pk", filter=made),
        "answered_of_invited": Count("answer", filter=made),
        "answers": Count("answer", filter=answered),
        "rating_sum": Coalesce(Sum("answer__rating", filter=answered), 0),
        **{f"rating_{n}": Count("answer", filter=answered & Q(answer__rating=n)) for n in RATINGS},
        **{
            f"info_{value}": Count("answer", filter=answered & Q(answer__got_information=value))
            for value in INFORMATION.values
        },
    }
    return {row.pop(by): row for row in rows.values(by).annotate(**numbers).order_by()}


def _suppress(groups: list[Group], threshold: int) -> None:
    """Hide each group of too few answers; and when only one group with answers is
    hidden, the next smallest too, or the total minus the others would give it away."""
    for group in groups:
        group.suppressed = group.answers < threshold
    hidden = [group for group in groups if group.suppressed and group.answers]
    shown = [group for group in groups if not group.suppressed]
    if len(hidden) == 1 and shown:
        min(shown, key=lambda group: group.answers).suppressed = True


def _level_one_topics() -> dict[str, Topic]:
    """Every topic code, level 1 or 2, to its level-1 topic (one small query)."""
    topics = Topic.objects.select_related("parent")
    return {topic.code: topic.parent or topic for topic in topics}


def _topic_order(level_one: dict[str, Topic]):
    """Level-1 topics in the taxonomy's order; codes no longer in it last."""
    positions = {code: topic.position for code, topic in level_one.items()}
    return lambda code: (positions.get(code, 10_000), code)


def _latest_comments(scope: Scope, offices: list[int], rows: QuerySet) -> list[Comment]:
    start, end = scope.period.bounds()
    answers = (
        SurveyAnswer.objects.filter(
            invitation__in=rows.filter(office_id__in=offices),
            answered_at__gte=start,
            answered_at__lt=end,
        )
        .exclude(comment="")
        .select_related("invitation__office")
        .order_by("-answered_at", "-pk")[:LATEST_COMMENTS]
    )
    return [
        Comment(
            text=a.comment,
            month=timezone.localdate(a.answered_at).replace(day=1),
            office=a.invitation.office.name,
        )
        for a in answers
    ]
