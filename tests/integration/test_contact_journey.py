"""A newcomer's question travels form → inquiry → inbox → reply → SMTP, with a real
browser, Redis, Celery worker and mail server; and nothing is lost while Redis is down."""

import email
import re
import time
from email.policy import default as default_policy

import pytest
from playwright.sync_api import expect

from channels.models import Inquiry
from counselling.models import OutgoingMessage
from tests.browser.conftest import sign_in_through_the_form
from tests.channels.test_contact_form import form
from tests.conftest import PASSWORD
from tests.support import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.browser]


def _parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=default_policy)


def test_an_arabic_question_is_answered_by_e_mail(
    open_page,
    workers,
    smtp_server,
    counsellor,
    office_a,
    settings,  # noqa: F811
):
    settings.CONTACT_MIN_FILL_SECONDS = 0  # the browser fills the form faster than a person
    workers.start()
    newcomer = open_page(locale="ar")
    newcomer.go("/ar/contact/")
    expect(newcomer.page.locator("html")).to_have_attribute("dir", "rtl")
    assert newcomer.axe_violations() == []
    newcomer.page.get_by_role("textbox", name="البريد الإلكتروني").fill("amina@example.org")
    newcomer.page.get_by_label("سؤالك", exact=True).fill("كيف أسجل مكان إقامتي؟")
    newcomer.page.get_by_label("أوافق على أن تستخدم الخدمة").check()
    newcomer.page.get_by_role("button", name="إرسال").click()

    expect(newcomer.page.locator(".reference")).to_be_visible()
    inquiry = Inquiry.objects.get()
    expect(newcomer.page.locator(".reference")).to_have_text(inquiry.reference)
    assert newcomer.axe_violations() == []

    staff = open_page()
    sign_in_through_the_form(staff, counsellor.username, PASSWORD)
    staff.go("/inbox/")
    staff.page.get_by_role("link", name=inquiry.reference).click()
    expect(staff.page.locator(".timeline-entry").first).to_contain_text("كيف أسجل مكان إقامتي؟")
    assert staff.axe_violations() == []
    staff.page.get_by_label("Reply").fill("Register at the city's service desk with your lease.")
    staff.page.get_by_role("button", name="Send the reply by e-mail").click()
    expect(staff.page.get_by_text("Reply sent.")).to_be_visible()

    assert wait_for(lambda: len(smtp_server.messages) >= 2, timeout=60), workers.logs()
    time.sleep(3)  # a duplicate delivery would show up now
    assert len(smtp_server.messages) == 2, workers.logs()
    received = {_parsed(raw)["Message-ID"]: _parsed(raw) for raw in smtp_server.messages}
    ack = OutgoingMessage.objects.get(kind="inquiry_received")
    reply = OutgoingMessage.objects.get(kind="inquiry_reply")
    assert received[ack.message_id]["To"] == "amina@example.org"
    assert inquiry.reference in received[ack.message_id]["Subject"]
    answer = received[reply.message_id]
    assert answer["In-Reply-To"] == ack.message_id  # grouped under the acknowledgement
    assert "Register at the city's service desk" in answer.get_body(("plain",)).get_content()
    assert answer["Reply-To"]
    assert staff.console_errors == [] and newcomer.console_errors == []


def test_a_question_sent_while_redis_is_down_is_kept_and_acknowledged_later(
    client, workers, smtp_server, private_redis, office_a
):
    private_redis.stop()

    started = time.monotonic()
    response = client.post("/en/contact/", form())

    assert response.status_code == 302
    assert time.monotonic() - started < 5, "a dead broker must not hold the request"
    inquiry = Inquiry.objects.get()
    ack = OutgoingMessage.objects.get(kind="inquiry_received")
    assert ack.status == OutgoingMessage.Status.PENDING

    private_redis.start()
    workers.start()

    assert wait_for(lambda: smtp_server.messages, timeout=60), workers.logs()
    time.sleep(3)
    assert len(smtp_server.messages) == 1, workers.logs()
    sent = _parsed(smtp_server.messages[0])
    assert sent["Message-ID"] == ack.message_id
    assert re.search(re.escape(inquiry.reference), sent["Subject"])
