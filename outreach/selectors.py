"""Reads of outreach that scope and prefetch in one place."""

from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from counselling.models import User

from .models import OutreachContact, OutreachEvent, Tally


def _people_counted():
    totals = (
        Tally.objects.filter(event=OuterRef("pk"))
        .values("event")
        .annotate(total=Sum("count"))
        .values("total")
    )
    return Coalesce(Subquery(totals, output_field=IntegerField()), 0)


def event_list(events: QuerySet[OutreachEvent], *, past: bool) -> QuerySet[OutreachEvent]:
    """Upcoming and running events soonest first, or past ones newest first, with their
    office, staff, the people counted and the contacts recorded."""
    now = timezone.now()
    events = events.filter(ends_at__lt=now) if past else events.filter(ends_at__gte=now)
    contacts = (
        OutreachContact.objects.filter(event=OuterRef("pk"))
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        events.select_related("office")
        .prefetch_related(Prefetch("staff", queryset=User.objects.order_by("first_name")))
        .annotate(
            people=_people_counted(),
            contact_count=Coalesce(Subquery(contacts, output_field=IntegerField()), 0),
        )
        .order_by(*(["-starts_at", "-id"] if past else ["starts_at", "id"]))
    )


def event_detail(events: QuerySet[OutreachEvent]) -> QuerySet[OutreachEvent]:
    """One event with everything its page shows."""
    return (
        events.select_related("office")
        .prefetch_related(
            Prefetch("staff", queryset=User.objects.order_by("first_name")),
            Prefetch(
                "tallies",
                queryset=Tally.objects.select_related("topic").order_by(
                    "topic__position", "language"
                ),
            ),
            Prefetch(
                "contacts",
                queryset=OutreachContact.objects.select_related(
                    "inquiry", "inquiry__topic", "inquiry__client", "recorded_by"
                ),
            ),
        )
        .annotate(session_count=Count("sessions", distinct=True))
    )


def tally_summary(event: OutreachEvent) -> dict:
    """The event's counts by topic and by language (from its prefetched tallies)."""
    by_topic: dict = {}
    by_language: dict[str, int] = {}
    for tally in event.tallies.all():
        by_topic[tally.topic] = by_topic.get(tally.topic, 0) + tally.count
        by_language[tally.language] = by_language.get(tally.language, 0) + tally.count
    return {
        "by_topic": [(topic, n) for topic, n in by_topic.items() if n],
        "by_language": sorted(
            ((code, n) for code, n in by_language.items() if n), key=lambda x: -x[1]
        ),
        "total": sum(by_language.values()),
    }


def tally_counts(events: QuerySet[OutreachEvent]) -> list[dict]:
    """People counted at these events, for the service statistics: one row per day
    (the event's start, local time), office, first-level topic and language, with
    keys day, office_id, topic (code), language and count. Rows that were tapped and
    undone back to zero are left out. One aggregate query."""
    rows = (
        Tally.objects.filter(event__in=events.values("pk"), count__gt=0)
        .annotate(day=TruncDate("event__starts_at", tzinfo=timezone.get_current_timezone()))
        .values("day", "event__office_id", "topic__code", "language")
        .annotate(total=Sum("count"))
        .order_by("day", "event__office_id", "topic__code", "language")
    )
    return [
        {
            "day": row["day"],
            "office_id": row["event__office_id"],
            "topic": row["topic__code"],
            "language": row["language"],
            "count": row["total"],
        }
        for row in rows
    ]
