"""The funder report: its numbers equal counts made from the seeded data, small ones are
hidden on the page, and only coordinators and administrators see it, for their offices."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from clients.models import Client
from counselling.models import AuditAction, AuditEvent, CounsellingSession, Role
from tests.conftest import make_user

from .funder_data import expected, noon, seed

URL = "/reports/funders/"


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def facts(office_a, office_b, counsellor, counsellor_b):
    return seed(offices=[office_a, office_b], staff={office_a: counsellor, office_b: counsellor_b})


def as_dicts(numbers) -> dict:
    return {
        "participants": numbers.participants,
        "programmes": numbers.programmes,
        "channels": numbers.channels,
        "survey": numbers.survey,
        "referrals": numbers.referrals,
    }


def test_a_coordinator_sees_their_offices_numbers_for_a_month(
    coordinator, sign_in, facts, office_a, django_assert_num_queries
):
    browser = sign_in(coordinator)
    # 1 session, 2 user, 3 two-factor device, 4 my report files, 5 my office ids,
    # 6 the report's offices, 7 participants by segment × sex × age, 8 sessions by
    # programme, 9 by channel, 10 survey answers, 11 referrals by partner kind,
    # 12 meetings by activity kind, 13 their participants, 14 all activity participants,
    # 15 my home office and 16 the audit event, 17 the office picker.
    with django_assert_num_queries(17):
        response = browser.get(URL, {"from": "2026-03-01", "to": "2026-03-31"})
    assert response.status_code == 200
    numbers = response.context["numbers"]
    want = expected(facts, offices={office_a.pk}, first=date(2026, 3, 1), last=date(2026, 3, 31))
    assert as_dicts(numbers) == want
    assert sum(want["participants"].values()) > 0, "the seed must put people in the period"
    assert [office.name for office in numbers.offices] == ["Tallinn"]


def test_an_administrator_sees_every_office_for_two_years(
    administrator, sign_in, facts, office_a, office_b
):
    browser = sign_in(administrator)
    response = browser.get(URL, {"from": "2025-12-01", "to": "2027-11-30"})
    assert response.status_code == 200
    want = expected(
        facts, offices={office_a.pk, office_b.pk}, first=date(2025, 12, 1), last=date(2027, 11, 30)
    )
    assert as_dicts(response.context["numbers"]) == want
    # Merged records count once: 60 records, two merged away, most of them seen here.
    assert sum(want["participants"].values()) <= 58


def test_the_office_filter_narrows_the_numbers(administrator, sign_in, facts, office_b):
    browser = sign_in(administrator)
    response = browser.get(URL, {"from": "2026-01-01", "to": "2026-12-31", "office": office_b.pk})
    want = expected(facts, offices={office_b.pk}, first=date(2026, 1, 1), last=date(2026, 12, 31))
    assert as_dicts(response.context["numbers"]) == want


def test_the_query_count_does_not_grow_with_the_data(
    administrator, sign_in, office_a, office_b, counsellor, counsellor_b
):
    browser = sign_in(administrator)
    query = {"from": "2025-11-01", "to": "2027-02-28"}
    browser.get(URL, query)  # warm up the session
    with CaptureQueriesContext(connection) as few:
        browser.get(URL, query)
    seed(offices=[office_a, office_b], staff={office_a: counsellor, office_b: counsellor_b})
    with CaptureQueriesContext(connection) as many:
        browser.get(URL, query)
    assert len(many) == len(few)


def cells(response, slug: str) -> dict:
    table = next(t for t in response.context["tables"] if t.slug == slug)
    return {label: [cell.shown for cell in row] for label, row in table.rows}


def test_small_numbers_are_hidden_and_cannot_be_worked_out_from_the_totals(
    coordinator, sign_in, office_a, counsellor
):
    # Three women and six men aged 25-34 at the start of the period.
    for n, gender in enumerate(["female"] * 3 + ["male"] * 6):
        client = Client.objects.create(
            given_name=f"P{n}", gender=gender, birth_date=date(1995, 6, 1), segment="bip"
        )
        CounsellingSession.objects.create(
            client=client, counsellor=counsellor, office=office_a, started_at=noon(date(2026, 3, 5))
        )
    browser = sign_in(coordinator)
    response = browser.get(URL, {"from": "2026-03-01", "to": "2026-03-31"})
    by_sex = cells(response, "sex-age")
    ages = ["0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown", "total"]
    assert dict(zip(ages, by_sex["Female"], strict=True))["25-34"] == "<5"
    assert by_sex["Female"][-1] == "<5"
    # 6 men alone in their row and column with the women's 3: hidden too, and the row's
    # total with them (its other cells are 0), so 9 - 6 cannot give the 3 back.
    assert by_sex["Male"][2] == "hidden"
    assert by_sex["Male"][-1] == "hidden"
    assert by_sex["Total"][2] == 9 and by_sex["Total"][-1] == 9
    assert by_sex["Not recorded"] == [0] * 9
    segments = cells(response, "segments")
    assert segments["Beneficiary of international protection"] == [9]
    html = response.content.decode()
    assert "&lt;5" in html and "hidden" in html
    assert "counts from 1 to 4 are shown as" in html
    assert re.search(r"<caption>Participants by sex and age group</caption>", html)


def test_a_counsellor_cannot_open_the_report(counsellor, sign_in):
    assert sign_in(counsellor).get(URL).status_code == 403


def test_a_coordinator_cannot_pick_another_office(coordinator, sign_in, office_b):
    response = sign_in(coordinator).get(URL, {"office": office_b.pk})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_a_coordinator_of_the_other_office_sees_only_theirs(sign_in, facts, office_a, office_b):
    other = make_user("jaan", Role.COORDINATOR, office_b)
    response = sign_in(other).get(URL, {"from": "2026-01-01", "to": "2026-12-31"})
    want = expected(facts, offices={office_b.pk}, first=date(2026, 1, 1), last=date(2026, 12, 31))
    assert as_dicts(response.context["numbers"]) == want


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"from": "2026-03-31", "to": "2026-03-01"}, "The period ends before it starts."),
        ({"from": "2020-01-01", "to": "2026-12-31"}, "A period can be at most 1098 days long."),
        ({"from": "yesterday"}, "Enter a valid date."),
    ],
)
def test_a_bad_period_is_a_400_with_the_reason(coordinator, sign_in, query, message):
    response = sign_in(coordinator).get(URL, query)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_three_years_is_not_too_long_for_a_funder(coordinator, sign_in):
    response = sign_in(coordinator).get(URL, {"from": "2024-01-01", "to": "2026-12-31"})
    assert response.status_code == 200


def test_viewing_the_report_is_audited_without_personal_data(coordinator, sign_in, office_a):
    sign_in(coordinator).get(URL, {"from": "2026-03-01", "to": "2026-03-31"})
    event = AuditEvent.objects.get(action=AuditAction.VIEW, actor_id=coordinator.pk)
    assert event.detail == {
        "page": "funders",
        "from": "2026-03-01",
        "to": "2026-03-31",
        "office": None,
    }
    assert event.client_id is None


def test_the_caseload_dashboard_links_to_the_funder_report(coordinator, sign_in):
    html = sign_in(coordinator).get("/reports/caseload/").content.decode()
    assert f'href="{reverse("reports-funders")}"' in html


def test_the_default_period_is_this_month(coordinator, sign_in):
    numbers = sign_in(coordinator).get(URL).context["numbers"]
    today = timezone.localdate()
    assert (numbers.period.first.year, numbers.period.first.month, numbers.period.first.day) == (
        today.year,
        today.month,
        1,
    )
