"""Report files made in the background: asked for on the report page, watched on their
progress page, downloaded by their owner alone, audited, and cleaned up when old. The
task body runs here directly; tests/integration/test_report_file_worker.py goes through
Redis and a real worker."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from openpyxl import load_workbook

from counselling.celery import app as celery_app
from counselling.models import AuditAction, AuditEvent, Role
from reports import files, tasks
from reports.models import ReportFile
from tests.conftest import make_user

from .funder_data import seed

PERIOD = {"from": "2026-01-01", "to": "2026-12-31"}


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def facts(office_a, office_b, counsellor, counsellor_b):
    return seed(offices=[office_a, office_b], staff={office_a: counsellor, office_b: counsellor_b})


def ask(browser, fmt, capture, data=PERIOD):
    with capture(execute=False) as callbacks:
        response = browser.post(f"/reports/funders/file.{fmt}", data)
    return response, callbacks


def page_tables(browser) -> list[list]:
    """The report page's tables as rows of what a reader sees, caption first."""
    response = browser.get("/reports/funders/", PERIOD)
    return [
        [
            [table.caption],
            table.headings,
            *([label, *(c.shown for c in row)] for label, row in table.rows),
        ]
        for table in response.context["tables"]
    ]


def test_an_xlsx_file_is_queued_made_and_downloaded_with_the_reports_numbers(
    coordinator, sign_in, facts, django_capture_on_commit_callbacks
):
    browser = sign_in(coordinator)
    response, callbacks = ask(browser, "xlsx", django_capture_on_commit_callbacks)
    row = ReportFile.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/reports/files/{row.pk}/"
    assert (row.kind, row.status, row.params) == (
        "funder.xlsx",
        ReportFile.Status.QUEUED,
        {"from": "2026-01-01", "to": "2026-12-31", "office": None},
    )
    assert len(callbacks) == 1, "enqueued when the request's transaction commits"
    waiting = browser.get(response["Location"]).content.decode()
    assert '<progress id="file-progress" max="100" value="0">' in waiting
    assert 'hx-trigger="every 2s"' in waiting  # the page keeps asking while it waits
    assert "Waiting to start" in waiting

    assert tasks.build_report_file(row.pk) == "ready"

    row.refresh_from_db()
    assert (row.status, row.progress) == (ReportFile.Status.READY, 100)
    ready = browser.get(response["Location"]).content.decode()
    assert "hx-trigger" not in ready and "<progress" not in ready
    assert f'href="/reports/files/{row.pk}/download"' in ready
    download = browser.get(f"/reports/files/{row.pk}/download")
    assert download.status_code == 200
    assert download["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert 'filename="funder-report-20260101-20261231.xlsx"' in download["Content-Disposition"]
    book = load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    about, *sheets = book.worksheets
    assert [about["A1"].value, about["B1"].value] == ["From", "2026-01-01"]
    for sheet, table in zip(sheets, page_tables(browser), strict=True):
        # A sheet's rows are as wide as its widest; the caption row is one cell.
        shown = [
            [value for value in r if value is not None] for r in sheet.iter_rows(values_only=True)
        ]
        assert shown[: len(table)] == [[value for value in r if value != ""] for r in table]


def test_a_csv_file_holds_every_table_of_the_page(
    coordinator, sign_in, facts, django_capture_on_commit_callbacks
):
    browser = sign_in(coordinator)
    ask(browser, "csv", django_capture_on_commit_callbacks)
    row = ReportFile.objects.get()
    tasks.build_report_file(row.pk)
    download = browser.get(f"/reports/files/{row.pk}/download")
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == ["Funder report"]
    for table in page_tables(browser):
        start = lines.index([str(table[0][0])])
        assert lines[start : start + len(table)] == [[str(v) for v in r] for r in table]


def test_the_progress_page_shows_how_far_the_file_has_got(coordinator, sign_in, client):
    browser = sign_in(coordinator)
    seen = []

    @files.register("test.progress")
    def halfway(user, params, progress):
        progress(40)
        seen.append(browser.get(f"/reports/files/{ReportFile.objects.get().pk}/").content.decode())
        return "x.txt", "text/plain", b"done"

    try:
        row = files.start(user=coordinator, kind="test.progress", params={})
        assert files.build(row.pk) == "ready"
    finally:
        del files.BUILDERS["test.progress"]
    assert '<progress id="file-progress" max="100" value="40">40 %</progress>' in seen[0]
    assert "40 % done" in seen[0]
    assert "Being made" in seen[0]


def test_the_file_can_be_downloaded_more_than_once_and_each_download_is_audited(
    coordinator, sign_in, django_capture_on_commit_callbacks
):
    browser = sign_in(coordinator)
    ask(browser, "csv", django_capture_on_commit_callbacks)
    row = ReportFile.objects.get()
    tasks.build_report_file(row.pk)
    first = b"".join(browser.get(f"/reports/files/{row.pk}/download").streaming_content)
    second = b"".join(browser.get(f"/reports/files/{row.pk}/download").streaming_content)
    assert first == second and first.startswith("\ufeff".encode())
    events = AuditEvent.objects.filter(action=AuditAction.EXPORT, actor_id=coordinator.pk)
    assert events.count() == 2
    assert events.first().detail == {"kind": "funder.csv", "params": row.params}
    assert events.first().object_type == "reports.reportfile"
    row.refresh_from_db()
    assert row.downloaded_at is not None


def test_another_coordinators_file_is_not_found(
    coordinator, sign_in, office_a, django_capture_on_commit_callbacks
):
    ask(sign_in(coordinator), "csv", django_capture_on_commit_callbacks)
    row = ReportFile.objects.get()
    tasks.build_report_file(row.pk)
    colleague = make_user("helen", Role.COORDINATOR, office_a)
    browser = sign_in(colleague)
    for path in (f"/reports/files/{row.pk}/", f"/reports/files/{row.pk}/download"):
        assert browser.get(path).status_code == 404
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_a_counsellor_cannot_ask_for_or_open_a_file(counsellor, coordinator, sign_in):
    row = files.start(user=coordinator, kind="funder.csv", params=PERIOD)
    browser = sign_in(counsellor)
    assert browser.post("/reports/funders/file.csv", PERIOD).status_code == 403
    assert browser.get(f"/reports/files/{row.pk}/").status_code == 403
    assert not ReportFile.objects.filter(requested_by=counsellor).exists()


def test_a_file_not_ready_yet_cannot_be_downloaded(coordinator, sign_in):
    row = files.start(user=coordinator, kind="funder.csv", params=PERIOD)
    assert sign_in(coordinator).get(f"/reports/files/{row.pk}/download").status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"from": "2026-03-31", "to": "2026-03-01"}, "The period ends before it starts."),
        ({"from": "2020-01-01", "to": "2026-12-31"}, "A period can be at most 1098 days long."),
    ],
)
def test_a_bad_period_starts_no_file(coordinator, sign_in, data, message):
    response = sign_in(coordinator).post("/reports/funders/file.xlsx", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ReportFile.objects.exists()


def test_an_unknown_format_is_not_found_and_a_get_is_refused(coordinator, sign_in):
    browser = sign_in(coordinator)
    assert browser.post("/reports/funders/file.pdf", PERIOD).status_code == 404
    assert browser.get("/reports/funders/file.csv").status_code == 405
    assert not ReportFile.objects.exists()


def test_an_office_taken_away_since_asking_fails_the_file_with_the_reason(
    coordinator, office_a, office_b
):
    coordinator.offices.add(office_b)
    row = files.start(user=coordinator, kind="funder.csv", params={**PERIOD, "office": office_b.pk})
    coordinator.offices.remove(office_b)
    assert files.build(row.pk) == "failed"
    row.refresh_from_db()
    assert row.status == ReportFile.Status.FAILED
    assert "Select a valid choice" in row.message
    assert row.content == b""


def test_a_builder_that_breaks_fails_the_file_with_a_plain_message(coordinator, sign_in):
    @files.register("test.broken")
    def broken(user, params, progress):
        raise RuntimeError("disk on fire")

    try:
        row = files.start(user=coordinator, kind="test.broken", params={})
        assert files.build(row.pk) == "failed"
    finally:
        del files.BUILDERS["test.broken"]
    page = sign_in(coordinator).get(f"/reports/files/{row.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "The file could not be made. Please try again later." in html
    assert "disk on fire" not in html and "http-equiv" not in html


def test_a_refusing_builder_says_why_in_the_requesters_language(coordinator):
    coordinator.language = "et"
    coordinator.save(update_fields=["language"])
    spoken = []

    @files.register("test.refusing")
    def refusing(user, params, progress):
        spoken.append(translation.get_language())
        raise ValidationError("no")

    try:
        row = files.start(user=coordinator, kind="test.refusing", params={})
        files.build(row.pk)
    finally:
        del files.BUILDERS["test.refusing"]
    row.refresh_from_db()
    assert (row.status, row.message, spoken) == (ReportFile.Status.FAILED, "no", ["et"])


def test_a_second_copy_of_the_task_does_nothing(coordinator):
    row = files.start(user=coordinator, kind="funder.csv", params=PERIOD)
    assert tasks.build_report_file(row.pk) == "ready"
    assert tasks.build_report_file(row.pk) == "not-queued"
    assert tasks.build_report_file(987654) == "not-queued"


def test_with_the_broker_down_the_request_is_quick_and_the_file_says_so(
    coordinator, sign_in, django_capture_on_commit_callbacks
):
    old = celery_app.conf.broker_url
    celery_app.conf.broker_url, celery_app._pool = "redis://127.0.0.1:1/0", None
    celery_app.amqp._producer_pool = None
    try:
        started = timezone.now()
        browser = sign_in(coordinator)
        with django_capture_on_commit_callbacks(execute=True):
            response = browser.post("/reports/funders/file.csv", PERIOD)
        assert timezone.now() - started < timedelta(seconds=5)
    finally:
        celery_app.conf.broker_url, celery_app._pool = old, None
        celery_app.amqp._producer_pool = None
    assert response.status_code == 302
    row = ReportFile.objects.get()
    assert row.status == ReportFile.Status.FAILED
    page = browser.get(response["Location"]).content.decode()
    assert "Reports cannot be made just now. Please try again in a few minutes." in page


def test_old_files_are_deleted_and_files_a_dead_worker_left_are_failed(coordinator):
    now = timezone.now()
    expired = files.start(user=coordinator, kind="funder.csv", params=PERIOD)
    ReportFile.objects.filter(pk=expired.pk).update(expires_at=now - timedelta(seconds=1))
    stuck = files.start(user=coordinator, kind="funder.csv", params=PERIOD)
    ReportFile.objects.filter(pk=stuck.pk).update(
        status=ReportFile.Status.RUNNING, created_at=now - timedelta(hours=1)
    )
    fresh = files.start(user=coordinator, kind="funder.csv", params=PERIOD)

    assert tasks.clean_report_files() == (1, 1)

    assert not ReportFile.objects.filter(pk=expired.pk).exists()
    stuck.refresh_from_db()
    assert stuck.status == ReportFile.Status.FAILED
    assert stuck.message == "The file took too long to make. Please try again."
    fresh.refresh_from_db()
    assert fresh.status == ReportFile.Status.QUEUED


def test_my_files_are_listed_on_the_report_page(coordinator, sign_in, office_a):
    mine = files.start(user=coordinator, kind="funder.xlsx", params=PERIOD)
    other = make_user("helen", Role.COORDINATOR, office_a)
    theirs = files.start(user=other, kind="funder.csv", params=PERIOD)
    html = sign_in(coordinator).get("/reports/funders/").content.decode()
    assert "My report files" in html
    assert f'href="/reports/files/{mine.pk}/"' in html
    assert f'href="/reports/files/{theirs.pk}/"' not in html
