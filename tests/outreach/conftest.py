"""An outreach event of office A running now, and one of office B."""

from datetime import timedelta

import pytest
from django.utils import timezone

from outreach.models import OutreachEvent


def make_event(office, **changes) -> OutreachEvent:
    now = timezone.now()
    fields = {
        "title": "Pop-up at the mall",
        "office": office,
        "place": "Shopping centre, ground floor",
        "starts_at": now - timedelta(hours=1),
        "ends_at": now + timedelta(hours=2),
    } | changes
    return OutreachEvent.objects.create(**fields)


@pytest.fixture
def event(office_a, counsellor):
    office_a.languages = "et,ru,en"
    office_a.save(update_fields=["languages"])
    made = make_event(office_a)
    made.staff.set([counsellor])
    return made


@pytest.fixture
def event_b(office_b):
    return make_event(office_b, title="Narva fair")
