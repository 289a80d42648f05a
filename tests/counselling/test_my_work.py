from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clients.models import Household
from counselling.models import Case, CounsellingSession, FollowUp
from tests.casework import add_sessions


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


def test_my_work_runs_the_same_queries_for_1_or_500_sessions_and_follow_ups(
    counsellor, sign_in, client_a, office_a, django_assert_max_num_queries
):
    browser = sign_in(counsellor)
    add = {"client": client_a, "counsellor": counsellor, "office": office_a}
    add_sessions(**add, count=1)
    browser.get(reverse("home"))
    with CaptureQueriesContext(connection) as one:
        browser.get(reverse("home"))

    add_sessions(**add, count=499)

    with django_assert_max_num_queries(len(one)):
        page = browser.get(reverse("home"))
    assert len(page.context["sessions"]) == 50  # this week's, newest first, capped


def test_a_households_case_is_listed_under_my_open_cases(counsellor, sign_in, office_a):
    household = Household.objects.create(name="Karimi family", registered_office_id=office_a.pk)
    case = Case.objects.create(household=household, office=office_a, owner=counsellor)

    response = sign_in(counsellor).get(reverse("home"))

    assert response.status_code == 200
    assert case.reference in response.content.decode()
    assert "Karimi family" in response.content.decode()
