"""Reads for group activities. Each takes an already scoped queryset (activities/access.py)
and does its own prefetching, so no page or endpoint forgets it."""

from datetime import date

from django.db.models import Count, Min, Prefetch, Q, QuerySet, Sum
from django.utils import timezone

from clients.models import Client

from .models import ActivitySeries, Attendance, Meeting, SignUp


def series_list(series: QuerySet[ActivitySeries]) -> QuerySet[ActivitySeries]:
    """The list page: each series with its office, facilitator, places taken, waiting
    list and next meeting, in one query."""
    now = timezone.now()
    return (
        series.select_related("office", "facilitator", "facilitator_volunteer", "topic")
        .annotate(
            confirmed_count=Count("sign_ups", filter=Q(sign_ups__status=SignUp.Status.CONFIRMED)),
            waiting_count=Count("sign_ups", filter=Q(sign_ups__status=SignUp.Status.WAITING)),
            next_meeting=Min(
                "meetings__starts_at",
                filter=Q(meetings__starts_at__gte=now, meetings__cancelled=False),
            ),
        )
        .order_by("-starts_on", "title", "pk")
    )


def series_page(series: QuerySet[ActivitySeries], pk: int) -> ActivitySeries | None:
    """One series with its meetings and its sign-ups (clients included), the waiting list
    in the order places are given."""
    sign_ups = SignUp.objects.select_related("client").order_by("signed_up_at", "pk")
    return (
        series.select_related("office", "facilitator", "facilitator_volunteer", "topic")
        .prefetch_related(
            Prefetch(
                "meetings",
                queryset=Meeting.objects.annotate(
                    present_count=Count(
                        "attendance", filter=Q(attendance__status=Attendance.Status.PRESENT)
                    )
                ).order_by("starts_at", "pk"),
            ),
            Prefetch("sign_ups", queryset=sign_ups),
        )
        .filter(pk=pk)
        .first()
    )


def meeting_with_participants(meeting: Meeting) -> list[tuple[SignUp, str]]:
    """The attendance page: each confirmed participant with their mark ('' if none yet)."""
    marks = dict(meeting.attendance.values_list("sign_up_id", "status"))
    participants = (
        meeting.series.sign_ups.filter(status=SignUp.Status.CONFIRMED)
        .select_related("client")
        .order_by("client__family_name", "client__given_name", "pk")
    )
    return [(entry, marks.get(entry.pk, "")) for entry in participants]


def client_sign_ups(*, series: QuerySet[ActivitySeries], client: Client) -> list[SignUp]:
    """The client page's "Group activities": the client's sign-ups in series the reader
    may see."""
    return list(
        SignUp.objects.filter(series__in=series, client=client)
        .select_related("series", "series__office")
        .order_by("-series__starts_on", "pk")
    )


def open_series(series: QuerySet[ActivitySeries]) -> QuerySet[ActivitySeries]:
    """Series a client can still be signed up for."""
    return series.filter(ends_on__gte=timezone.localdate()).order_by("starts_on", "title", "pk")


def _held(series: QuerySet[ActivitySeries], start: date, end: date) -> QuerySet[Meeting]:
    return Meeting.objects.filter(
        series__in=series,
        cancelled=False,
        starts_at__date__gte=start,
        starts_at__date__lte=end,
    )


def participant_ids_by_kind(
    *, series: QuerySet[ActivitySeries], start: date, end: date
) -> dict[str, set[int]]:
    """The clients present at least once, per activity kind, from `start` to `end`: for
    counting a person once across this and other kinds of support."""
    present = (
        Attendance.objects.filter(
            meeting__in=_held(series, start, end), status=Attendance.Status.PRESENT
        )
        .values_list("meeting__series__kind", "sign_up__client_id")
        .distinct()
    )
    ids: dict[str, set[int]] = {}
    for kind, client_id in present:
        ids.setdefault(kind, set()).add(client_id)
    return ids


def attendance_by_kind(
    *, series: QuerySet[ActivitySeries], start: date, end: date
) -> dict[str, dict[str, int]]:
    """For the funder report: per activity kind, the unique clients present at least
    once at a meeting held from `start` to `end` (both included), the anonymous
    participants counted at those meetings, and how many meetings there were. Kinds
    without a meeting are left out. Pass a scoped queryset, e.g. series of some offices.
    """
    meetings = _held(series, start, end)
    totals = {
        row["series__kind"]: {
            "participants": 0,
            "anonymous": row["anonymous"] or 0,
            "meetings": row["meetings"],
        }
        for row in meetings.values("series__kind")
        .annotate(anonymous=Sum("anonymous_count"), meetings=Count("pk"))
        .order_by()
    }
    present = (
        Attendance.objects.filter(meeting__in=meetings, status=Attendance.Status.PRESENT)
        .values("meeting__series__kind")
        .annotate(participants=Count("sign_up__client", distinct=True))
        .order_by()
    )
    for row in present:
        totals[row["meeting__series__kind"]]["participants"] = row["participants"]
    return totals
