"""The caseload dashboard: its numbers against counts made in the test, its scope, its
filters and its cost."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from counselling.models import AuditAction, AuditEvent, Case, Role
from reports.filters import this_month
from tests.conftest import make_user

from .caseload_data import EMPTY, expected, people, seed, shown

URL = reverse("reports-caseload")


@pytest.fixture
def staff(office_a, office_b, coordinator, counsellor, colleague, counsellor_b):
    return people(office_a, office_b, coordinator, counsellor, colleague, counsellor_b)


@pytest.fixture
def facts(staff):
    return seed(staff)


def _dashboard(browser, **query):
    response = browser.get(URL, query)
    assert response.status_code == 200, response.content.decode()
    numbers = response.context["caseload"]
    by_office = {row.key: shown(row) for row in numbers.offices}
    by_person = {row.key: shown(row) for row in numbers.counsellors}
    return response, by_office, by_person


def _with_empty_rows(numbers: dict, keys) -> dict:
    return {key: numbers.get(key, EMPTY) for key in {*numbers, *keys}}


def test_coordinator_sees_this_months_numbers_of_her_office_counted_from_the_data(
    coordinator, sign_in, office_a, staff, facts
):
    month = this_month(timezone.localdate())

    response, by_office, by_person = _dashboard(sign_in(coordinator))

    period = {"first": month.first, "last": month.last}
    assert by_office == expected(facts, offices={office_a}, by="office", **period)
    workers = set(staff[office_a])
    assert by_person == _with_empty_rows(
        expected(facts, offices={office_a}, by="person", **period), workers
    )
    assert None in by_person  # work nobody owns has its own row


@pytest.mark.parametrize(
    ("days_back", "days_ahead"), [(10, 10), (45, -5), (0, 0), (700, 30)], ids=str
)
def test_numbers_for_a_chosen_period_match_the_data(
    coordinator, sign_in, office_a, staff, facts, days_back, days_ahead
):
    today = timezone.localdate()
    first, last = today - timedelta(days=days_back), today + timedelta(days=days_ahead)
    query = {"from": first.isoformat(), "to": last.isoformat()}

    _response, by_office, by_person = _dashboard(sign_in(coordinator), **query)

    assert by_office == expected(facts, offices={office_a}, first=first, last=last, by="office")
    assert by_person == _with_empty_rows(
        expected(facts, offices={office_a}, first=first, last=last, by="person"),
        staff[office_a],
    )


def test_filtering_by_a_counsellor_counts_only_their_work(
    coordinator, sign_in, office_a, staff, facts
):
    liis = next(person for person in staff[office_a] if person.username == "liis")
    today = timezone.localdate()
    first, last = today - timedelta(days=30), today + timedelta(days=30)
    query = {"from": first.isoformat(), "to": last.isoformat(), "counsellor": liis.pk}

    _response, by_office, by_person = _dashboard(sign_in(coordinator), **query)

    period = {"first": first, "last": last, "counsellor": liis}
    assert by_office == _with_empty_rows(
        expected(facts, offices={office_a}, by="office", **period), [office_a]
    )
    # Liis also works in Narva, which this coordinator does not see.
    assert by_person == expected(facts, offices={office_a}, by="person", **period)
    assert list(by_person) == [liis]


def test_administrator_sees_every_office_and_can_narrow_to_one(
    administrator, sign_in, office_a, office_b, staff, facts
):
    month = this_month(timezone.localdate())
    browser = sign_in(administrator)
    period = {"first": month.first, "last": month.last}

    _response, by_office, by_person = _dashboard(browser)
    assert by_office == expected(facts, offices={office_a, office_b}, by="office", **period)

    _response, by_office, by_person = _dashboard(browser, office=office_b.pk)
    assert by_office == expected(facts, offices={office_b}, by="office", **period)
    assert by_person == _with_empty_rows(
        expected(facts, offices={office_b}, by="person", **period), staff[office_b]
    )


def test_coordinator_never_sees_another_offices_numbers_or_people(
    coordinator, sign_in, office_a, office_b, counsellor_b, staff, facts
):
    response, by_office, by_person = _dashboard(sign_in(coordinator))

    assert list(by_office) == [office_a]
    assert counsellor_b not in by_person
    page = response.content.decode()
    assert "Narva" not in page
    assert "sergei" not in page


def test_filtering_by_another_office_or_its_counsellor_is_a_bad_request(
    coordinator, sign_in, office_b, counsellor_b, staff
):
    browser = sign_in(coordinator)

    other_office = browser.get(URL, {"office": office_b.pk})
    other_person = browser.get(URL, {"counsellor": counsellor_b.pk})

    assert other_office.status_code == 400
    assert "Select a valid choice" in other_office.content.decode()
    assert other_person.status_code == 400
    assert other_person.context.get("caseload") is None


def test_someone_from_another_office_who_owns_a_case_here_is_counted_without_links(
    coordinator, sign_in, office_a, counsellor_b, client_a
):
    Case.objects.create(client=client_a, office=office_a, owner=counsellor_b)

    response = sign_in(coordinator).get(URL)

    row = next(row for row in response.context["caseload"].counsellors if row.key == counsellor_b)
    assert row.open_cases == 1
    assert not any(row.links.values())  # no list to open


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"from": "2025-03-10", "to": "2025-03-01"}, "The period ends before it starts."),
        ({"from": "2020-01-01", "to": "2025-01-01"}, "A period can be at most 732 days long."),
        ({"from": "yesterday"}, "Enter a valid date."),
        ({"to": "9999-12-31"}, "Enter a date between 1990-01-01 and 2999-12-31."),
        ({"office": "x"}, "Select a valid choice."),
        ({"office": "987654"}, "Select a valid choice."),
        ({"counsellor": "¹"}, "Select a valid choice."),
    ],
    ids=["inverted", "too-long", "not-a-date", "far-future", "office-word", "office", "person"],
)
def test_bad_filters_answer_400_with_the_reason_and_no_numbers(
    coordinator, sign_in, facts, query, message
):
    response = sign_in(coordinator).get(URL, query)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert response.context.get("caseload") is None


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.RECEPTIONIST, Role.PARTNER])
def test_other_roles_cannot_open_the_dashboard(role, office_a, sign_in):
    person = make_user(f"someone-{role}", role, office_a)
    assert sign_in(person).get(URL).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_the_dashboard_is_two_captioned_tables_and_reading_it_is_audited(
    coordinator, sign_in, facts
):
    response = sign_in(coordinator).get(URL)
    page = response.content.decode()

    assert page.count("<caption>") == 2
    assert "Caseload per office" in page and "Caseload per counsellor" in page
    assert '<th scope="row">Tallinn</th>' in page
    event = AuditEvent.objects.get(action=AuditAction.VIEW, actor_id=coordinator.pk)
    assert event.detail == {"page": "caseload", "office": None}


def test_the_staff_menu_offers_reports_to_coordinators_only(coordinator, counsellor, sign_in):
    assert f'href="{URL}"' in sign_in(coordinator).get(reverse("home")).content.decode()
    assert f'href="{URL}"' not in sign_in(counsellor).get(reverse("home")).content.decode()


def test_the_dashboard_runs_the_same_queries_for_a_little_or_a_lot_of_data(
    coordinator, sign_in, staff, django_assert_num_queries
):
    browser = sign_in(coordinator)
    browser.get(URL)  # warm the session
    query = {"counsellor": staff[next(iter(staff))][0].pk}

    for scale in (1, 6):
        seed(staff, scale=scale, seed_value=scale)
        # 1 session, 2 user, 3 OTP device, 4 the counsellor filter's validation, 5 the
        # viewer's office ids; per office (6-9) and per person (10-13): the cases,
        # sessions, follow-ups and inquiries, each one grouped query; 14 the offices' rows,
        # 15 the people's rows; 16 the viewer's home office and 17 the audit event for
        # this read; rendering the filter form: 18 the offices and 19 the staff to choose from.
        with django_assert_num_queries(19):
            response = browser.get(URL, query)
        assert response.status_code == 200
        # The same without a counsellor to validate.
        with django_assert_num_queries(18):
            response = browser.get(URL)
        assert response.status_code == 200
