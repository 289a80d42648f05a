"""Every report page passes axe-core, left to right and right to left."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.integration.test_report_journey import sign_in_with_two_factor
from tests.reports import service_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {
    "/reports/caseload/": "Caseload",
    "/reports/service/": "Service statistics",
    "/reports/satisfaction/": "Client satisfaction",
    "/reports/funders/": "Funder report",
}


def test_the_report_pages_pass_axe_in_english_and_arabic(
    open_page, coordinator, counsellor, colleague, counsellor_b, office_a, office_b
):
    service_data.seed(
        [office_a, office_b], {office_a: [counsellor, colleague], office_b: [counsellor_b]}
    )
    page = open_page()
    sign_in_with_two_factor(page, coordinator)
    year = f"?from={timezone.localdate().replace(month=1, day=1).isoformat()}"
    for path, heading in PAGES.items():
        page.go(path + year)
        expect(page.page.get_by_role("heading", name=heading, level=1)).to_be_visible()
        assert page.axe_violations() == [], path
    switcher = page.page.locator("form.language-switcher")
    switcher.get_by_label("Language").select_option("ar")
    switcher.get_by_role("button").click()
    for path in PAGES:
        page.go(path + year)
        expect(page.page.locator("html")).to_have_attribute("dir", "rtl")
        assert page.axe_violations() == [], path
    assert page.console_errors == []
