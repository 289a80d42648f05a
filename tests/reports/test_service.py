"""The service dashboard: its numbers against the seeded facts counted in Python, for
several filter combinations; its scope, its bad input, its charts and its files."""

import csv
import io
from collections import Counter
from datetime import timedelta

import openpyxl
import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clients.languages import CLIENT_LANGUAGES
from clients.models import Segment
from counselling.models import AuditEvent, Role
from tests.conftest import make_user
from tests.reports import service_data
from tests.reports.service_data import median, p90

CHANNEL_NAMES = {
    "web_form": "Web form",
    "email": "E-mail",
    "phone": "Phone",
    "walk_in": "Walk-in",
    "outreach": "Outreach event",
}
LANGUAGE_NAMES = dict(CLIENT_LANGUAGES)
SEGMENT_NAMES = dict(Segment.choices)


@pytest.fixture
def staff(office_a, office_b, coordinator, counsellor, colleague, counsellor_b):
    return {office_a: [counsellor, colleague], office_b: [counsellor_b]}


@pytest.fixture
def facts(office_a, office_b, staff):
    return service_data.seed([office_a, office_b], staff, scale=2)


def period():
    today = timezone.localdate()
    return today - timedelta(days=30), today


def query(**filters) -> dict:
    first, last = period()
    return {"from": first.isoformat(), "to": last.isoformat(), **filters}


def dashboard(browser, **filters):
    response = browser.get(reverse("reports-service"), query(**filters))
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.context["dashboard"]


def rows(dashboard, slug) -> dict:
    """{row label: the row's other cells} of one table."""
    table = dashboard.table(slug)
    return {row[0]: row[1:] for row in table.rows}


def chosen(facts, *, offices, channel="", segment="", topic=None, language="", person=None):
    first, last = period()
    return [
        contact
        for contact in facts.contacts
        if contact.office in offices
        and first <= contact.day <= last
        and (not channel or contact.channel == channel)
        and (not segment or contact.segment == segment)
        and (topic is None or contact.topic == topic)
        and (not language or contact.language == language)
        and (person is None or contact.person == person)
    ]


FILTERS = [
    {},
    {"channel": "phone"},
    {"channel": "walk_in", "language": "uk"},
    {"channel": "outreach"},
    {"language": "ru", "topic": "residence"},
    {"segment": "unknown"},
    {"segment": "bip", "topic": "work"},
    {"person": "mari"},
    {"office": "a"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "-".join(map(str, f.items())) or "all")
def test_contact_numbers_equal_the_seeded_contacts(
    coordinator, counsellor, office_a, sign_in, facts, filters
):
    expected_filters, params = {}, {}
    for name, value in filters.items():
        if name == "topic":
            expected_filters["topic"] = facts.topics[value]
            params["topic"] = facts.topics[value].pk
        elif name == "person":
            expected_filters["person"] = counsellor
            params["counsellor"] = counsellor.pk
        elif name == "office":
            params["office"] = office_a.pk
        else:
            expected_filters[name] = params[name] = value
    contacts = chosen(facts, offices=[office_a], **expected_filters)
    assert contacts, "the seed should give every combination something to count"
    shown = dashboard(sign_in(coordinator), **params)

    by_channel = Counter(c.channel for c in contacts)
    anonymous = Counter(c.channel for c in contacts if c.anonymous)
    assert rows(shown, "channels") == {
        CHANNEL_NAMES[channel]: [count, anonymous[channel], _percent(anonymous[channel], count)]
        for channel, count in by_channel.items()
    }
    assert shown.contacts == len(contacts)
    assert shown.anonymous == sum(anonymous.values())
    assert _counts(shown, "segments") == Counter(SEGMENT_NAMES[c.segment] for c in contacts)
    assert _counts(shown, "topics") == Counter(
        str(c.topic) if c.topic else "Topic not known" for c in contacts
    )
    assert _counts(shown, "languages") == Counter(LANGUAGE_NAMES[c.language] for c in contacts)
    assert _counts(shown, "offices") == {office_a.name: len(contacts)}
    by_day = Counter(c.day for c in contacts)
    over_time = shown.table("over-time")
    assert len(over_time.rows) == 31  # every day of the period, the quiet ones as 0
    assert [row[-1] for row in over_time.rows] == [
        by_day[period()[0] + timedelta(days=n)] for n in range(31)
    ]


def _counts(shown, slug) -> dict:
    return {label: cells[0] for label, cells in rows(shown, slug).items()}


def _percent(part, whole):
    return round(100 * part / whole, 1) if whole else None


def test_first_answer_times_per_channel(coordinator, office_a, sign_in, facts):
    first, last = period()
    shown = rows(dashboard(sign_in(coordinator)), "response-times")
    for channel in service_data.CHANNELS:
        mine = [r for r in facts.responses if r[0] == office_a and r[1] == channel]
        mine = [r for r in mine if first <= r[2] <= last]
        hours = [r[3] for r in mine if r[3] is not None]
        in_time = sum(1 for r in mine if r[4])
        target = settings.INQUIRY_RESPONSE_DAYS[channel]
        assert shown[CHANNEL_NAMES[channel]] == [
            len(mine),
            len(hours),
            _percent(in_time, len(hours)),
            round(median(hours), 1),
            round(p90(hours), 1),
            target,
        ]


def test_walk_in_waits_per_office(administrator, office_a, office_b, sign_in, facts):
    first, last = period()
    shown = rows(dashboard(sign_in(administrator)), "walk-in-waits")
    for office in (office_a, office_b):
        visits = [v for v in facts.visits if v[0] == office and first <= v[1] <= last]
        waits = [v[2] for v in visits if v[2] is not None]
        assert shown[office.name] == [
            len(visits),
            len(waits),
            sum(1 for v in visits if v[3]),
            median(waits),
            round(p90(waits), 1),
        ]


def test_interpreter_use_by_language_and_mode(coordinator, office_a, sign_in, facts):
    first, last = period()
    used = [s for s in facts.sessions if s[0] == office_a and first <= s[1] <= last and s[3]]
    shown = rows(dashboard(sign_in(coordinator)), "interpreters")
    for language in {s[3] for s in used}:
        mine = [s for s in used if s[3] == language]
        modes = Counter(s[4] for s in mine)
        assert shown[LANGUAGE_NAMES[language]] == [
            modes["on_site"],
            modes["phone"],
            modes["video"],
            len(mine),
            sum(s[5] for s in mine),
        ]
    # Filtered by a language, only that one is left.
    only_arabic = rows(dashboard(sign_in(coordinator), language="ar"), "interpreters")
    assert list(only_arabic) == [LANGUAGE_NAMES["ar"]]


def test_referrals_by_partner_with_acceptance_and_answer_time(
    coordinator, office_a, sign_in, facts
):
    first, last = period()
    made = [r for r in facts.referrals if r[0] == office_a and first <= r[1] <= last]
    shown = rows(dashboard(sign_in(coordinator)), "referrals")
    for partner in {r[2] for r in made}:
        mine = [r for r in made if r[2] == partner]
        status = Counter(r[3] for r in mine)
        accepted = status["accepted"] + status["completed"]
        answered = accepted + status["declined"]
        days = [r[4] for r in mine if r[4] is not None]
        cells = shown[partner]
        assert cells[0] == len(mine)
        assert cells[1:5] == [
            status["sent"],
            status["accepted"],
            status["completed"],
            status["declined"],
        ]
        assert cells[-2:] == [_percent(accepted, answered), median(days)]


def test_a_coordinator_sees_only_their_offices(coordinator, office_b, sign_in, facts):
    browser = sign_in(coordinator)
    shown = dashboard(browser)
    assert list(rows(shown, "offices")) == ["Tallinn"]
    assert "Narva" not in rows(shown, "walk-in-waits")
    response = browser.get(reverse("reports-service"), query(office=office_b.pk))
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_counsellors_cannot_open_it(counsellor, sign_in, facts):
    assert sign_in(counsellor).get(reverse("reports-service")).status_code == 403


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "2026-05-01", "to": "2026-04-01"}, "The period ends before it starts."),
        ({"from": "2020-01-01", "to": "2026-01-01"}, "A period can be at most"),
        ({"from": "not a date"}, "Enter a valid date."),
        ({"channel": "fax"}, "Select a valid choice"),
        ({"segment": "martian"}, "Select a valid choice"),
        ({"language": "xx"}, "Select a valid choice"),
        ({"topic": "999999"}, "Select a valid choice"),
        ({"counsellor": "abc"}, "Select a valid choice"),
    ],
)
def test_bad_filters_are_a_400_that_says_why(coordinator, sign_in, facts, params, message):
    response = sign_in(coordinator).get(reverse("reports-service"), params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_the_filters_stay_in_the_address(coordinator, sign_in, facts):
    """A bookmarked view opens with its filters filled in and its downloads filtered."""
    browser = sign_in(coordinator)
    response = browser.get(reverse("reports-service"), query(channel="phone", language="ru"))
    page = response.content.decode()
    assert '<option value="phone" selected>' in page
    assert "channels.csv?from=" in page and "channel=phone" in page


def test_the_page_costs_the_same_queries_for_more_data(
    coordinator, office_a, office_b, staff, sign_in, facts
):
    browser = sign_in(coordinator)
    dashboard(browser)  # warm: the session and the user
    with CaptureQueriesContext(connection) as few:
        dashboard(browser)
    service_data.seed([office_a, office_b], staff, scale=3, seed_value=9, facts=facts)
    with CaptureQueriesContext(connection) as many:
        dashboard(browser)
    assert len(many) == len(few) <= 25


def test_each_chart_is_an_image_with_a_name_and_a_data_table(coordinator, sign_in, facts):
    page = sign_in(coordinator).get(reverse("reports-service"), query()).content.decode()
    for title in ("Contacts over time, by channel", "Contacts by channel", "Walk-in waiting times"):
        assert f'role="img" aria-label="{title}"' in page
        assert f"<caption>{title}</caption>" in page
    assert page.count("<summary>Data table</summary>") == 10


def test_in_arabic_the_bars_grow_from_the_right(coordinator, sign_in, facts):
    browser = sign_in(coordinator)
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    shown = dashboard(browser)
    chart = shown.table("channels").chart
    assert chart.rtl
    assert all(abs(rect.x + rect.width - chart.width) < 0.5 for rect in chart.rects)


def test_a_table_downloads_as_csv_and_xlsx_with_the_pages_numbers(coordinator, sign_in, facts):
    browser = sign_in(coordinator)
    shown = dashboard(browser, channel="phone")
    table = shown.table("languages")
    url = reverse("reports-service-export", args=["languages", "csv"])
    response = browser.get(url, query(channel="phone"))
    assert response.status_code == 200
    assert 'filename="service-languages-' in response["Content-Disposition"]
    heading, *lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert heading == table.headings
    assert [[line[0], int(line[1])] for line in lines] == [row[:2] for row in table.rows]
    book = openpyxl.load_workbook(
        io.BytesIO(
            browser.get(
                reverse("reports-service-export", args=["referrals", "xlsx"]), query()
            ).content
        )
    )
    sheet = [list(row) for row in book.active.iter_rows(values_only=True)]
    assert sheet[0] == shown.table("referrals").headings
    assert sheet[-1][0] == "All"
    assert sheet[-1][1] == sum(row[1] for row in dashboard(browser).table("referrals").rows)
    exports = AuditEvent.objects.filter(action="export", detail__page="service")
    assert [event.detail["table"] for event in exports.order_by("id")] == ["languages", "referrals"]
    assert exports.first().detail["channel"] == "phone"


def test_an_unknown_table_or_format_is_not_found(coordinator, sign_in, facts):
    browser = sign_in(coordinator)
    assert (
        browser.get(reverse("reports-service-export", args=["salaries", "csv"])).status_code == 404
    )
    assert (
        browser.get(reverse("reports-service-export", args=["channels", "pdf"])).status_code == 404
    )


def test_viewing_is_audited_without_names(coordinator, sign_in, facts):
    sign_in(coordinator).get(reverse("reports-service"), query(segment="bip"))
    event = AuditEvent.objects.get(action="view", detail__page="service")
    assert event.detail["segment"] == "bip"
    assert event.client_id is None


def test_an_admin_sees_every_office(administrator, sign_in, facts):
    make_user("helper", Role.COUNSELLOR)
    offices = rows(dashboard(sign_in(administrator)), "offices")
    assert set(offices) == {"Tallinn", "Narva"}


def test_every_table_downloads_in_both_formats(coordinator, sign_in, facts):
    browser = sign_in(coordinator)
    shown = dashboard(browser)
    for table in shown.tables:
        for fmt in ("csv", "xlsx"):
            url = reverse("reports-service-export", args=[table.slug, fmt])
            response = browser.get(url, query())
            assert response.status_code == 200, (table.slug, fmt)
            if fmt == "csv":
                lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
            else:
                book = openpyxl.load_workbook(io.BytesIO(response.content))
                lines = [list(row) for row in book.active.iter_rows(values_only=True)]
            assert len(lines) == 1 + len(table.cells)
            assert [str(line[0]) for line in lines[1:]] == [str(row[0]) for row in table.cells]


def test_a_download_runs_only_its_own_queries(coordinator, sign_in, facts):
    """A referral table of a year does not wait for the contacts breakdown."""
    browser = sign_in(coordinator)
    url = reverse("reports-service-export", args=["referrals", "csv"])
    browser.get(url, query())  # warm: the session and the user
    with CaptureQueriesContext(connection) as download:
        assert browser.get(url, query()).status_code == 200
    with CaptureQueriesContext(connection) as page:
        dashboard(browser)
    assert not any("GROUPING SETS" in q["sql"] for q in download.captured_queries)
    assert len(download) < len(page) - 10
