"""After sending: withdrawal, delivery failure, reminders, the counsellor's pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from counselling import outbox
from counselling.models import OutgoingMessage
from referrals import services
from referrals.models import Referral


@pytest.fixture
def referral(send, consent):
    return send()


def _withdraw(client, referral, note="The client found work herself."):
    return client.post(f"/referrals/{referral.pk}/withdraw/", {"note": note})


def test_withdrawing_before_the_email_went_stops_it(client, counsellor, referral):
    client.force_login(counsellor)

    assert _withdraw(client, referral).status_code == 302

    referral.refresh_from_db()
    assert referral.status == "withdrawn"
    assert referral.delivery.status == OutgoingMessage.Status.CANCELLED
    assert outbox.deliver(referral.delivery_id) == "already-done"
    assert not OutgoingMessage.objects.filter(kind="referral").exclude(pk=referral.delivery_id)
    assert referral.events.last().note == "The client found work herself."


def test_withdrawing_after_the_email_went_tells_the_partner(client, counsellor, referral):
    assert outbox.deliver(referral.delivery_id) == "sent"
    client.force_login(counsellor)

    _withdraw(client, referral)

    notice = OutgoingMessage.objects.filter(kind="referral").latest("pk")
    assert notice.pk != referral.delivery_id
    assert notice.to_email == referral.organisation.email
    assert referral.reference in notice.subject and "Olena" not in notice.body_text


def test_withdrawing_needs_a_reason_and_a_closed_referral_stays_closed(
    client, counsellor, referral
):
    client.force_login(counsellor)
    assert _withdraw(client, referral, note="").status_code == 400
    referral.refresh_from_db()
    assert referral.status == "sent"
    _withdraw(client, referral)
    again = _withdraw(client, referral)
    assert again.status_code == 400
    page = again.content.decode()
    assert "cannot become" in page


def test_a_colleague_in_another_office_cannot_see_or_withdraw(client, counsellor_b, referral):
    client.force_login(counsellor_b)
    assert client.get(f"/referrals/{referral.pk}/").status_code == 404
    assert _withdraw(client, referral).status_code == 404
    assert client.get(f"/referrals/{referral.pk}/letter.pdf").status_code == 404


@pytest.fixture
def refusing_smtp(settings):
    """A real SMTP server on loopback that knows no such user (a bouncing address)."""
    from aiosmtpd.controller import Controller

    from tests.support import free_port

    class Refuse:
        async def handle_RCPT(self, server, session, envelope, address, options):
            return "550 5.1.1 No such user here"

    controller = Controller(Refuse(), hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    yield
    controller.stop()


def test_a_bouncing_address_fails_the_referral_at_once_and_the_counsellor_hears(
    referral, refusing_smtp, counsellor
):
    assert outbox.deliver(referral.delivery_id) == "failed"

    referral.refresh_from_db()
    assert referral.status == "failed"
    assert referral.delivery.attempts == 1, "a refused address is not retried for hours"
    assert "550" in referral.delivery.last_error
    update = OutgoingMessage.objects.get(kind="referral-update")
    assert update.to_email == counsellor.email and "Not delivered" in update.subject


def test_a_temporary_failure_is_retried_not_failed(referral, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    from tests.support import free_port

    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens
    assert outbox.deliver(referral.delivery_id) == "retry"
    referral.refresh_from_db()
    assert referral.status == "sent"
    assert referral.delivery.status == OutgoingMessage.Status.PENDING


def test_failed_referrals_show_as_needing_attention(client, counsellor, referral):
    services.change_status(referral=referral, to="failed")
    client.force_login(counsellor)
    page = client.get("/referrals/?show=attention").content.decode()
    assert referral.reference in page and "Not delivered" in page


def test_an_unanswered_referral_gets_one_reminder_and_the_counsellor_hears(referral, counsellor):
    Referral.objects.filter(pk=referral.pk).update(
        wished_by=timezone.localdate() - timedelta(days=1)
    )

    assert services.remind_unanswered() == 1
    assert services.remind_unanswered() == 0, "only one reminder"

    reminder = OutgoingMessage.objects.filter(kind="referral").latest("pk")
    assert (
        reminder.to_email == referral.organisation.email and "/partner/link/" in reminder.body_text
    )
    overdue = OutgoingMessage.objects.get(kind="referral-update")
    assert overdue.to_email == counsellor.email and "overdue" in overdue.subject


def test_answered_or_not_yet_due_referrals_get_no_reminder(referral, send):
    services.change_status(referral=referral, to="accepted")
    Referral.objects.filter(pk=referral.pk).update(
        wished_by=timezone.localdate() - timedelta(days=3)
    )
    send()  # due in a week
    assert services.remind_unanswered() == 0


def test_referral_list_runs_a_fixed_number_of_queries(
    client, counsellor, send, consent, django_assert_num_queries
):
    for _ in range(5):
        send()
    client.force_login(counsellor)
    client.get("/referrals/")  # warm the session
    # session, user, office ids, count, the page of referrals with their joins, the
    # reader's home office (the audit event is filed there), the audit insert.
    with django_assert_num_queries(7):
        response = client.get("/referrals/")
    assert response.status_code == 200
