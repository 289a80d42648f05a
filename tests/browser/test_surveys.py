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


def test_a_client_scans_the_desk_qr_code_to_the_survey(open_page, counsellor, client_a, office_a):
    import io

    import zxingcpp
    from django.conf import settings
    from PIL import Image

    from counselling.models import CounsellingSession
    from tests.conftest import PASSWORD

    from .conftest import sign_in_through_the_form

    CounsellingSession.objects.create(client=client_a, counsellor=counsellor, office=office_a)
    page = open_page()
    sign_in_through_the_form(page, counsellor.username, PASSWORD)
    page.go(client_a.get_absolute_url())
    page.page.get_by_role("button", name="Survey at the desk").click()
    assert page.axe_violations() == []
    shot = page.page.locator("svg.qr").screenshot()
    [code] = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
    invitation = SurveyInvitation.objects.get()
    assert code.text == f"{settings.SITE_URL}/en/survey/{invitation.token}/"
    expect(page.page.get_by_text(code.text.split("://")[1])).to_be_visible()

    phone = open_page()
    phone.go(code.text.removeprefix(settings.SITE_URL))
    phone.page.get_by_label("5").check()
    phone.page.get_by_label("Yes").check()
    phone.page.get_by_role("button", name="Send").click()
    assert SurveyAnswer.objects.get().invitation == invitation
