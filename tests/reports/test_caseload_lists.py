"""The lists behind the dashboard's numbers: each holds what its number counts, within the
viewer's offices, paginated and audited."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from channels.models import Inquiry
from counselling.models import AuditAction, AuditEvent, Case, FollowUp
from tests.casework import add_sessions

from .caseload_data import people, seed

URL = reverse("reports-caseload")
LISTS = ("open_cases", "new_cases", "sessions", "follow_ups_due", "follow_ups_overdue")


@pytest.fixture
def staff(office_a, office_b, coordinator, counsellor, colleague, counsellor_b):
    return people(office_a, office_b, coordinator, counsellor, colleague, counsellor_b)


def _count(browser, url: str) -> int:
    response = browser.get(url)
    assert response.status_code == 200, (url, response.content.decode())
    return response.context["page"].paginator.count


@pytest.mark.parametrize("period", [None, (-30, 20)], ids=["this-month", "period"])
@pytest.mark.parametrize("one_counsellor", [False, True], ids=["everyone", "liis"])
def test_every_number_links_to_a_list_of_exactly_that_many(
    coordinator, sign_in, staff, office_a, client_a, period, one_counsellor
):
    seed(staff)
    today = timezone.localdate()
    for person in staff[office_a]:
        FollowUp.objects.create(
            client=client_a, assigned_to=person, due_on=today, description="Due today"
        )
    query = {}
    if period:
        query["from"], query["to"] = ((today + timedelta(days=days)).isoformat() for days in period)
    if one_counsellor:
        query["counsellor"] = next(p.pk for p in staff[office_a] if p.username == "liis")
    browser = sign_in(coordinator)
    numbers = browser.get(URL, query).context["caseload"]

    checked = set()
    for row in [*numbers.offices, *numbers.counsellors]:
        for name in (*LISTS, "open_inquiries"):
            if getattr(row, name):
                assert _count(browser, row.links[name]) == getattr(row, name), (row.key, name)
                checked.add(name)
        for count, url in row.programme_counts:
            if count:
                assert _count(browser, url) == count, (row.key, url)
    assert {"open_cases", "follow_ups_overdue"} <= checked
    if period and not one_counsellor:  # seeded over these weeks: every list has something
        assert checked == {*LISTS, "open_inquiries"}


def test_an_offices_open_inquiries_link_to_its_inbox(coordinator, sign_in, staff, office_a):
    seed(staff)
    numbers = sign_in(coordinator).get(URL).context["caseload"]

    office_row = numbers.offices[0]
    nobody = next(row for row in numbers.counsellors if row.key is None)

    assert office_row.links["open_inquiries"] == f"{reverse('inbox')}?office={office_a.pk}"
    assert urlsplit(nobody.links["open_inquiries"]).query == "assignee=none"


def test_the_lists_hold_only_the_viewers_offices_work(
    coordinator, sign_in, client_a, client_b, office_b, counsellor_b
):
    browser = sign_in(coordinator)
    Inquiry.objects.create(
        channel="phone", office=office_b, language="ru", due_at=timezone.now(), assignee=None
    )
    FollowUp.objects.create(
        client=client_b,
        assigned_to=counsellor_b,
        due_on=timezone.localdate() - timedelta(days=1),
        description="Narva's",
    )

    cases = browser.get(reverse("reports-caseload-cases"), {"kind": "open"}).context["page"]
    inquiries = browser.get(reverse("reports-caseload-inquiries"), {"unassigned": "1"})
    overdue = browser.get(reverse("reports-caseload-follow-ups"), {"kind": "overdue"})

    assert [case.client for case in cases] == [client_a]
    assert list(inquiries.context["page"]) == []
    assert list(overdue.context["page"]) == []
    assert "Narva" not in overdue.content.decode()


def test_asking_a_list_for_another_offices_counsellor_is_a_bad_request(
    coordinator, sign_in, counsellor_b
):
    response = sign_in(coordinator).get(
        reverse("reports-caseload-sessions"), {"counsellor": counsellor_b.pk}
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "query", "message"),
    [
        ("reports-caseload-cases", {}, "This field is required."),
        ("reports-caseload-cases", {"kind": "all"}, "Select a valid choice."),
        ("reports-caseload-cases", {"kind": "open", "programme": "x"}, "Select a valid choice."),
        ("reports-caseload-follow-ups", {"kind": "later"}, "Select a valid choice."),
        ("reports-caseload-sessions", {"from": "2030-01-01", "to": "2029-01-01"}, "ends before"),
    ],
)
def test_a_list_with_bad_filters_answers_400_with_the_reason(
    coordinator, sign_in, name, query, message
):
    response = sign_in(coordinator).get(reverse(name), query)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_counsellors_cannot_open_the_lists(counsellor, sign_in):
    browser = sign_in(counsellor)
    for name in ("cases", "sessions", "follow-ups", "inquiries"):
        assert browser.get(reverse(f"reports-caseload-{name}"), {"kind": "open"}).status_code == 403


def test_a_list_is_audited_as_a_view_of_the_clients_on_it(coordinator, sign_in, client_a):
    case = Case.objects.get(client=client_a)

    sign_in(coordinator).get(reverse("reports-caseload-cases"), {"kind": "open"})

    event = AuditEvent.objects.get(action=AuditAction.VIEW, actor_id=coordinator.pk)
    assert event.detail == {"list": "caseload_cases", "ids": [case.pk], "clients": [client_a.pk]}


def test_a_long_list_pages_keep_the_filters_and_cost_the_same_queries(
    coordinator, counsellor, sign_in, client_a, office_a, django_assert_num_queries
):
    browser = sign_in(coordinator)
    add = {"client": client_a, "counsellor": counsellor, "office": office_a}
    add_sessions(**add, count=3)
    query = {"counsellor": counsellor.pk}
    browser.get(reverse("reports-caseload-sessions"), query)

    for count in (3, 120):
        add_sessions(**add, count=count)
        # 1 session, 2 user, 3 OTP device, 4 the counsellor filter's validation, 5 the
        # viewer's office ids, 6 the count and 7 one page of sessions with their clients,
        # counsellors and offices; 8 the viewer's home office, 9 the audit event.
        with django_assert_num_queries(9):
            response = browser.get(reverse("reports-caseload-sessions"), query)
    page = response.content.decode()
    assert len(response.context["page"]) == 50
    assert f"?counsellor={counsellor.pk}&amp;page=2" in page
