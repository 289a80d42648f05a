"""A coordinator reads the service statistics: filters by office and month, opens a
chart's data table, downloads a table as XLSX and the period report as PDF, which a real
Celery worker makes in the background while the page shows its progress."""

import io
import re
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from django.utils import timezone
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.conftest import PASSWORD, totp_device
from tests.pages import sign_in_through_the_form
from tests.reports import service_data

pytestmark = [pytest.mark.browser, pytest.mark.integration]


@pytest.fixture
def seeded(office_a, office_b, coordinator, counsellor, colleague, counsellor_b):
    return service_data.seed(
        [office_a, office_b], {office_a: [counsellor, colleague], office_b: [counsellor_b]}, scale=2
    )


def sign_in_with_two_factor(page, user):
    device = totp_device(user)
    sign_in_through_the_form(page, user.username, PASSWORD)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.page.get_by_label(re.compile("code", re.IGNORECASE)).fill(code)
    page.page.get_by_role("button", name="Continue").click()


def test_a_coordinator_filters_reads_a_data_table_and_downloads(
    open_page, workers, coordinator, office_a, seeded
):
    workers.start()
    # Last month: the seed covers the 45 days before today.
    last = timezone.localdate().replace(day=1) - timedelta(days=1)
    first = last.replace(day=1)
    page = open_page()
    sign_in_with_two_factor(page, coordinator)
    page.page.get_by_role("link", name="Reports").click()
    page.page.get_by_role("link", name="Service statistics").click()

    page.page.get_by_label("From", exact=True).fill(first.isoformat())
    page.page.get_by_label("To", exact=True).fill(last.isoformat())
    page.page.get_by_label("Office", exact=True).select_option(label=office_a.name)
    page.page.get_by_role("button", name="Show").click()
    expect(page.page).to_have_url(re.compile(rf"office={office_a.pk}"))
    assert f"from={first.isoformat()}" in page.page.url

    chart = page.page.get_by_role("img", name="Contacts by channel")
    expect(chart).to_be_visible()
    section = page.page.locator("section", has=chart)
    table = section.get_by_role("table", name="Contacts by channel")
    expect(table).to_be_hidden()
    section.get_by_text("Data table").click()
    expect(table).to_be_visible()
    in_month = [c for c in seeded.contacts if c.office == office_a and first <= c.day <= last]
    expect(table.locator("tfoot")).to_contain_text(str(len(in_month)))
    assert page.axe_violations() == []
    assert page.console_errors == []

    with page.page.expect_download() as download:
        section.get_by_role("link", name="Download as XLSX").click()
    assert download.value.suggested_filename.startswith("service-channels-")
    sheet = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Channel", "Contacts")
    assert rows[-1][:2] == ("All", len(in_month))

    page.page.get_by_role("button", name="Make the PDF report of this period").click()
    expect(page.page.get_by_role("heading", name="Report file")).to_be_visible()
    assert page.axe_violations() == []
    link = page.page.get_by_role("link", name=re.compile(r"^Download service-report-"))
    expect(link).to_be_visible(timeout=90_000)  # the page refreshes itself until then
    with page.page.expect_download() as download:
        link.click()
    expected = f"service-report-{first:%Y%m%d}-{last:%Y%m%d}.pdf"
    assert download.value.suggested_filename == expected
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF-")
    assert page.console_errors == []
