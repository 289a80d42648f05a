"""The period report for management: a PDF made in the background with the service
dashboard's tables and charts, the caseload per office, and the filters it was made with."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from reports import files, period_report
from reports.filters import ServiceFilterForm
from reports.models import ReportFile
from tests.reports import service_data


@pytest.fixture
def facts(office_a, office_b, coordinator, counsellor, colleague, counsellor_b):
    return service_data.seed(
        [office_a, office_b], {office_a: [counsellor, colleague], office_b: [counsellor_b]}
    )


def period() -> dict:
    today = timezone.localdate()
    return {"from": (today - timedelta(days=30)).isoformat(), "to": today.isoformat()}


def test_the_report_holds_the_dashboards_tables_and_the_filters(coordinator, office_a, facts):
    form = ServiceFilterForm(
        {**period(), "office": office_a.pk, "channel": "phone"}, user=coordinator
    )
    assert form.is_valid()
    html = period_report.html(
        user=coordinator, scope=form.scope(), filters=period_report.chosen_filters(form)
    )
    assert "<dt>Office</dt><dd>Tallinn</dd>" in html
    assert "<dt>Channel</dt><dd>Phone</dd>" in html
    for title in ("Caseload per office", "Contacts by language", "Referrals by partner and status"):
        assert f"<h2>{title}</h2>" in html
    assert html.count('<svg class="chart"') >= 3
    phone = [c for c in facts.contacts if c.office == office_a and c.channel == "phone"]
    first, last = form.scope().period.first, form.scope().period.last
    in_period = [c for c in phone if first <= c.day <= last]
    assert f"{len(in_period)} contacts" in html


def test_in_arabic_the_report_reads_right_to_left(coordinator, facts):
    form = ServiceFilterForm(period(), user=coordinator)
    assert form.is_valid()
    with translation.override("ar"):
        html = period_report.html(user=coordinator, scope=form.scope(), filters=[])
    assert '<html lang="ar" dir="rtl">' in html


def test_the_file_is_asked_for_on_the_dashboard_and_made_as_a_pdf(
    coordinator, sign_in, facts, django_capture_on_commit_callbacks
):
    browser = sign_in(coordinator)
    with django_capture_on_commit_callbacks():  # the worker's part is called below
        response = browser.post(reverse("reports-service-report"), {**period(), "language": "ru"})
    row = ReportFile.objects.get()
    assert response.status_code == 302 and response["Location"] == row.get_absolute_url()
    assert row.params == {**period(), "language": "ru"}
    assert files.build(row.pk) == "ready"
    row.refresh_from_db()
    first, last = (period()[name].replace("-", "") for name in ("from", "to"))
    assert row.filename == f"service-report-{first}-{last}.pdf"
    assert bytes(row.content).startswith(b"%PDF-")
    listed = browser.get(reverse("reports-service"), period()).content.decode()
    assert row.get_absolute_url() in listed


def test_bad_filters_make_no_file(coordinator, sign_in, facts):
    response = sign_in(coordinator).post(
        reverse("reports-service-report"), {"from": "2026-05-01", "to": "2026-04-01"}
    )
    assert response.status_code == 400
    assert "The period ends before it starts." in response.content.decode()
    assert not ReportFile.objects.exists()


def test_an_office_taken_away_since_fails_the_file_with_the_reason(
    coordinator, office_a, office_b, facts, django_capture_on_commit_callbacks
):
    row = files.start(
        user=coordinator, kind=period_report.KIND, params={**period(), "office": office_b.pk}
    )
    assert files.build(row.pk) == "failed"
    row.refresh_from_db()
    assert "Select a valid choice" in row.message
