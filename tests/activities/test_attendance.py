"""Ticking attendance at a meeting, and the counts the funder report reads."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from activities import services
from activities.access import series_for
from activities.models import ActivitySeries, Attendance
from activities.selectors import attendance_by_kind, participant_ids_by_kind
from tests.activities.conftest import make_client, make_meeting, make_series


@pytest.fixture
def participants(counsellor, series, people):
    return [services.sign_up(user=counsellor, series=series, client=c) for c in people]


def test_the_facilitator_ticks_who_came_and_counts_the_anonymous(
    client, sign_in, counsellor, series, participants
):
    meeting = make_meeting(series, days=-1)
    first, second, waiting = participants
    sign_in(counsellor)

    page = client.get(f"/meetings/{meeting.pk}/attendance/").content.decode()
    assert "Svetlana" in page and "Kadri" in page
    assert "Amal" not in page  # on the waiting list
    response = client.post(
        f"/meetings/{meeting.pk}/attendance/",
        {f"mark_{first.pk}": "present", f"mark_{second.pk}": "excused", "anonymous_count": 3},
    )

    assert response.status_code == 302
    marks = dict(Attendance.objects.values_list("sign_up_id", "status"))
    assert marks == {first.pk: "present", second.pk: "excused"}
    meeting.refresh_from_db()
    assert meeting.anonymous_count == 3
    series_page = client.get(f"/activities/{series.pk}/").content.decode()
    assert "<td>1</td>\n    <td>3</td>" in series_page  # present, anonymous


def test_ticking_again_replaces_the_mark(counsellor, series, participants):
    meeting = make_meeting(series)
    first = participants[0]
    services.record_attendance(
        user=counsellor, meeting=meeting, marks={first.pk: "absent"}, anonymous_count=0
    )

    services.record_attendance(
        user=counsellor, meeting=meeting, marks={first.pk: "present"}, anonymous_count=1
    )

    assert list(Attendance.objects.values_list("status", flat=True)) == ["present"]


def test_someone_on_the_waiting_list_cannot_be_marked(counsellor, series, participants):
    meeting = make_meeting(series)

    with pytest.raises(ValidationError):
        services.record_attendance(
            user=counsellor, meeting=meeting, marks={participants[2].pk: "present"},
            anonymous_count=0,
        )  # fmt: skip
    assert not Attendance.objects.exists()


def test_a_negative_anonymous_count_is_a_400(client, sign_in, counsellor, series):
    meeting = make_meeting(series)
    sign_in(counsellor)

    response = client.post(f"/meetings/{meeting.pk}/attendance/", {"anonymous_count": -2})

    assert response.status_code == 400
    meeting.refresh_from_db()
    assert meeting.anonymous_count == 0


def test_a_receptionist_reads_but_does_not_tick(client, sign_in, receptionist, series):
    meeting = make_meeting(series)
    sign_in(receptionist)

    assert client.get(f"/activities/{series.pk}/").status_code == 200
    assert client.get(f"/meetings/{meeting.pk}/attendance/").status_code == 403


def test_attendance_by_kind_counts_unique_participants_and_anonymous_ones(
    counsellor, office_a, office_b, counsellor_b, series, participants
):
    first, second, _waiting = participants
    today = timezone.localdate()
    earlier, later = make_meeting(series, days=-3), make_meeting(series, days=-1)
    services.record_attendance(
        user=counsellor, meeting=earlier, marks={first.pk: "present", second.pk: "absent"},
        anonymous_count=2,
    )  # fmt: skip
    services.record_attendance(
        user=counsellor, meeting=later, marks={first.pk: "present", second.pk: "present"},
        anonymous_count=4,
    )  # fmt: skip
    civic = make_series(office_a, counsellor, kind=ActivitySeries.Kind.CIVIC_ORIENTATION)
    entry = services.sign_up(user=counsellor, series=civic, client=first.client)
    services.record_attendance(
        user=counsellor, meeting=make_meeting(civic, days=-2), marks={entry.pk: "present"},
        anonymous_count=0,
    )  # fmt: skip
    make_meeting(civic, days=-2, anonymous_count=50, cancelled=True)  # did not take place
    make_meeting(series, days=-30, anonymous_count=7)  # before the period
    elsewhere = make_series(office_b, counsellor_b)
    other = make_client(office_b, counsellor_b, "Elsewhere")
    services.record_attendance(
        user=counsellor_b,
        meeting=make_meeting(elsewhere, days=-1),
        marks={services.sign_up(user=counsellor_b, series=elsewhere, client=other).pk: "present"},
        anonymous_count=9,
    )

    counts = attendance_by_kind(
        series=series_for(counsellor), start=today - timedelta(days=7), end=today
    )

    assert counts == {
        "language_cafe": {"participants": 2, "anonymous": 6, "meetings": 2},
        "civic_orientation": {"participants": 1, "anonymous": 0, "meetings": 1},
    }
    assert participant_ids_by_kind(
        series=series_for(counsellor), start=today - timedelta(days=7), end=today
    ) == {
        "language_cafe": {first.client_id, second.client_id},
        "civic_orientation": {first.client_id},
    }
