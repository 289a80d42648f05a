"""Each caseload table downloads as CSV and XLSX with the numbers the dashboard shows,
for the same filters; the download is audited; others get no file."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from counselling.models import AuditAction, AuditEvent

from .caseload_data import people, seed


@pytest.fixture
def facts(office_a, office_b, coordinator, counsellor, colleague, counsellor_b):
    return seed(people(office_a, office_b, coordinator, counsellor, colleague, counsellor_b))


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def shown(row) -> list:
    return [
        row.open_cases,
        row.new_cases,
        row.sessions,
        row.hours,
        row.follow_ups_due,
        row.follow_ups_overdue,
        row.open_inquiries,
        row.oldest_inquiry_days,
        row.median_inquiry_days,
        *(count for count, _link in row.programme_counts),
    ]


def dashboard_rows(browser, table, query):
    numbers = browser.get(reverse("reports-caseload"), query).context["caseload"]
    return [shown(row) for row in getattr(numbers, table)]


@pytest.mark.parametrize("table", ["offices", "counsellors"])
def test_a_table_as_csv_holds_the_dashboards_numbers(coordinator, sign_in, facts, table):
    browser = sign_in(coordinator)
    query = {"from": "2026-01-01", "to": "2026-12-31"}
    response = browser.get(reverse("reports-caseload-export", args=[table, "csv"]), query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="caseload-' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    heading, *rows = list(csv.reader(io.StringIO(text)))
    assert heading[0] == ("Office" if table == "offices" else "Counsellor")
    assert heading[1] == "Open cases"
    expected = [
        ["" if v is None else str(v) for v in row] for row in dashboard_rows(browser, table, query)
    ]
    assert [row[1:] for row in rows] == expected
    event = AuditEvent.objects.filter(action=AuditAction.EXPORT).latest("id")
    assert event.detail["table"] == table and event.detail["format"] == "csv"


def test_a_table_as_xlsx_opens_with_the_same_numbers(coordinator, sign_in, facts):
    browser = sign_in(coordinator)
    response = browser.get(reverse("reports-caseload-export", args=["counsellors", "xlsx"]))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    heading, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert heading[:2] == ["Counsellor", "Open cases"]
    assert [row[1:] for row in rows] == dashboard_rows(browser, "counsellors", {})


def test_no_file_for_those_who_may_not_see_the_dashboard_or_for_bad_filters(
    client, sign_in, counsellor, coordinator, facts
):
    url = reverse("reports-caseload-export", args=["offices", "csv"])
    assert sign_in(counsellor).get(url).status_code == 403
    browser = sign_in(coordinator)
    assert browser.get(url, {"from": "2026-12-31", "to": "2026-01-01"}).status_code == 400
    assert (
        browser.get(reverse("reports-caseload-export", args=["clients", "csv"])).status_code == 404
    )
    assert (
        browser.get(reverse("reports-caseload-export", args=["offices", "pdf"])).status_code == 404
    )
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()
