from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from counselling.models import CounsellingSession, FollowUp


def _follow_up(counsellor, client, days, what):
    return FollowUp.objects.create(
        client=client,
        assigned_to=counsellor,
        due_on=timezone.localdate() + timedelta(days=days),
        description=what,
    )


def test_my_work_lists_follow_ups_due_and_overdue_and_this_weeks_sessions(
    counsellor, sign_in, client_a, office_a
):
    _follow_up(counsellor, client_a, 0, "Call about the permit")
    _follow_up(counsellor, client_a, -3, "Send the form")
    _follow_up(counsellor, client_a, 5, "Not yet")
    CounsellingSession.objects.create(client=client_a, counsellor=counsellor, office=office_a)

    page = sign_in(counsellor).get(reverse("home")).content.decode()

    assert "Call about the permit" in page and "Send the form" in page
    assert "Not yet" not in page
    assert "overdue since" in page
    assert "No sessions logged this week." not in page


def test_my_work_runs_the_same_queries_for_1_or_30_items(
    counsellor, sign_in, client_a, office_a, django_assert_max_num_queries
):
    browser = sign_in(counsellor)

    def add(count):
        for n in range(count):
            _follow_up(counsellor, client_a, -n, f"Item {n}")
            CounsellingSession.objects.create(
                client=client_a, counsellor=counsellor, office=office_a
            )

    add(1)
    browser.get(reverse("home"))
    with CaptureQueriesContext(connection) as one:
        browser.get(reverse("home"))
    add(29)
    with django_assert_max_num_queries(len(one)):
        browser.get(reverse("home"))
