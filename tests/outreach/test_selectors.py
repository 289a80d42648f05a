"""The counts the service statistics read: by day, office, topic and language."""

from datetime import timedelta

from django.utils import timezone

from clients.models import Topic
from outreach import services
from outreach.access import events_for
from outreach.models import OutreachEvent
from outreach.selectors import tally_counts
from tests.outreach.conftest import make_event


def test_tally_counts_group_by_day_office_topic_and_language(
    counsellor, counsellor_b, office_a, event, event_b
):
    work, housing = Topic.objects.get(code="work"), Topic.objects.get(code="housing")
    second = make_event(office_a, starts_at=event.starts_at, ends_at=event.ends_at)
    earlier = make_event(
        office_a,
        starts_at=event.starts_at - timedelta(days=7),
        ends_at=event.ends_at - timedelta(days=7),
    )
    services.add_to_tally(event=event, topic=work, language="ru", count=2, by=counsellor)
    services.add_to_tally(event=second, topic=work, language="ru", count=3, by=counsellor)
    services.add_to_tally(event=earlier, topic=housing, language="en", by=counsellor)
    services.add_to_tally(event=event_b, topic=work, language="ru", by=counsellor_b)
    services.add_to_tally(event=event, topic=housing, language="so", by=counsellor)
    services.undo_tally(event=event, topic=housing, language="so", by=counsellor)

    rows = tally_counts(OutreachEvent.objects.filter(office=office_a))

    day = timezone.localtime(event.starts_at).date()
    assert [(r["day"] - day).days for r in rows] == [-7, 0]
    assert [(r["office_id"], r["topic"], r["language"], r["count"]) for r in rows] == [
        (office_a.pk, "housing", "en", 1),
        (office_a.pk, "work", "ru", 5),  # two events on one day, one row
    ]


def test_tally_counts_read_only_the_events_given(counsellor, counsellor_b, event, event_b):
    work = Topic.objects.get(code="work")
    services.add_to_tally(event=event, topic=work, language="ru", by=counsellor)
    services.add_to_tally(event=event_b, topic=work, language="ru", by=counsellor_b)

    rows = tally_counts(events_for(counsellor))

    assert [(r["office_id"], r["count"]) for r in rows] == [(event.office_id, 1)]
