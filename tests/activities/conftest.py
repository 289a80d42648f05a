"""A language café at office A (the personas' own) and one at office B, and clients who
have agreed to be contacted by e-mail."""

from datetime import timedelta

import pytest
from django.utils import timezone

from activities.models import ActivitySeries, Meeting
from clients.models import Client, Consent


def make_series(office, user, **extra) -> ActivitySeries:
    today = timezone.localdate()
    values = {
        "kind": ActivitySeries.Kind.LANGUAGE_CAFE,
        "title": "Russian–Estonian language café",
        "languages": ["et", "ru"],
        "office": office,
        "place": "Room 2",
        "capacity": 2,
        "starts_on": today - timedelta(days=7),
        "ends_on": today + timedelta(days=60),
        "created_by": user,
        **extra,
    }
    return ActivitySeries.objects.create(**values)


def make_meeting(series, *, days: int = 1, hour: int = 17, **extra) -> Meeting:
    day = timezone.localdate() + timedelta(days=days)
    starts = timezone.make_aware(timezone.datetime(day.year, day.month, day.day, hour, 0))
    return Meeting.objects.create(
        series=series, starts_at=starts, ends_at=starts + timedelta(hours=2), **extra
    )


def make_client(office, recorded_by, given_name, *, email="", language="", consent=True):
    client = Client.objects.create(
        given_name=given_name,
        family_name="Demo",
        email=email,
        preferred_language=language,
        registered_office_id=office.pk,
    )
    if consent:
        Consent.objects.create(client=client, scope="contact_email", recorded_by=recorded_by)
    return client


@pytest.fixture
def series(office_a, counsellor):
    return make_series(office_a, counsellor)


@pytest.fixture
def series_b(office_b, counsellor_b):
    return make_series(office_b, counsellor_b, title="Narva café")


@pytest.fixture
def people(office_a, counsellor):
    """Three clients of office A: Russian, Estonian and Arabic speakers with e-mail."""
    return [
        make_client(office_a, counsellor, "Svetlana", email="svetlana@example.org", language="ru"),
        make_client(office_a, counsellor, "Kadri", email="kadri@example.org", language="et"),
        make_client(office_a, counsellor, "Amal", email="amal@example.org", language="ar"),
    ]
