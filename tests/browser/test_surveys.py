"""A newcomer answers the satisfaction survey from its link, in Arabic (right to left);
the page is accessible (axe-core, zero violations)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from channels.models import Inquiry
from reports import surveys
from reports.models import SurveyAnswer, SurveyInvitation

pytestmark = pytest.mark.browser


def test_a_newcomer_answers_the_survey_in_arabic(open_page, transactional_db, office_a):
    now = timezone.now()
    Inquiry.objects.create(
        channel="web_form",
        office=office_a,
        language="ar",
        email="amal@example.org",
        status=Inquiry.Status.CLOSED,
        closed_at=now - timedelta(hours=3),
        due_at=now,
    )
    surveys.invite_after_closed_inquiries()
    invitation = SurveyInvitation.objects.get()

    page = open_page()
    page.go(f"/ar/survey/{invitation.token}/")
    expect(page.page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.axe_violations() == []
    page.page.get_by_label("4").check()
    page.page.get_by_label("جزئيًا").check()
    page.page.get_by_role("button", name="إرسال").click()
    expect(page.page.get_by_role("heading", level=1)).to_have_text("شكرًا على إجابتك")
    assert page.axe_violations() == []
    assert SurveyAnswer.objects.get().rating == 4
