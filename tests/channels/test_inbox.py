"""The counsellors' inbox: my offices' inquiries, most urgent first; reply, assign, close."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from channels import services
from channels.models import Attachment, Inquiry, InquiryMessage
from clients.models import Client
from counselling.models import AuditAction, AuditEvent, OutgoingMessage
from tests.casework import add_sessions


def _inquiry(office, *, days_due=2, email="olena@example.org", **extra):
    inquiry = Inquiry.objects.create(
        channel=extra.pop("channel", "web_form"),
        office=office,
        language=extra.pop("language", "uk"),
        email=email,
        due_at=timezone.now() + timedelta(days=days_due),
        **extra,
    )
    InquiryMessage.objects.create(
        inquiry=inquiry, direction="in", body="Question?", message_id=f"<q{inquiry.pk}@example.org>"
    )
    return inquiry


def test_the_inbox_lists_my_offices_inquiries_most_urgent_first(
    counsellor, sign_in, office_a, office_b
):
    later = _inquiry(office_a, days_due=2, name="Later")
    overdue = _inquiry(office_a, days_due=-1, name="Overdue")
    elsewhere = _inquiry(office_b, name="Elsewhere")

    response = sign_in(counsellor).get(reverse("inbox"))

    listed = list(response.context["page"])
    assert listed == [overdue, later]
    assert elsewhere not in listed
    page = response.content.decode()
    assert page.index(overdue.reference) < page.index(later.reference)
    assert 'class="overdue"' in page
    assert "<td>українська</td>" in page  # languages by their own names
    event = AuditEvent.objects.get(detail__list="inbox")
    assert event.detail["ids"] == [overdue.pk, later.pk]


def test_the_inbox_filters_by_channel_language_and_assignee(counsellor, sign_in, office_a):
    mine = _inquiry(office_a, assignee=counsellor, language="ru")
    _inquiry(office_a, channel="email", language="ar")
    browser = sign_in(counsellor)

    def listed(**query):
        return list(browser.get(reverse("inbox"), query).context["page"])

    assert listed(assignee="me") == [mine]
    assert listed(language="ru") == [mine]
    assert [i.channel for i in listed(channel="email")] == ["email"]
    assert len(listed(assignee="none")) == 1


def test_a_reply_goes_out_by_e_mail_threaded_under_the_question(
    counsellor, sign_in, office_a, django_capture_on_commit_callbacks
):
    inquiry = _inquiry(office_a)

    with django_capture_on_commit_callbacks():
        response = sign_in(counsellor).post(
            reverse("inquiry-reply", args=[inquiry.pk]), {"body": "Book a time at the PPA."}
        )

    assert response.status_code == 302
    sent = OutgoingMessage.objects.get(kind="inquiry_reply")
    assert sent.to_email == "olena@example.org"
    assert sent.headers["In-Reply-To"] == f"<q{inquiry.pk}@example.org>"
    assert f"<q{inquiry.pk}@example.org>" in sent.headers["References"]
    assert "Auto-Submitted" not in sent.headers  # a person wrote it
    assert inquiry.reference in sent.subject
    assert "Book a time at the PPA." in sent.body_text
    assert sent.language == "uk"
    inquiry.refresh_from_db()
    assert inquiry.status == "answered"
    assert inquiry.first_response_at is not None
    assert inquiry.assignee == counsellor
    assert inquiry.messages.filter(direction="out", message_id=sent.message_id).exists()


def test_the_first_response_time_is_kept_through_later_replies(counsellor, office_a):
    inquiry = _inquiry(office_a)
    services.reply(inquiry=inquiry, author=counsellor, body="First")
    first = Inquiry.objects.get(pk=inquiry.pk).first_response_at

    services.reply(inquiry=inquiry, author=counsellor, body="Second")

    assert Inquiry.objects.get(pk=inquiry.pk).first_response_at == first
    second = OutgoingMessage.objects.filter(kind="inquiry_reply").order_by("id").last()
    first_reply = OutgoingMessage.objects.filter(kind="inquiry_reply").order_by("id").first()
    assert second.headers["In-Reply-To"] == first_reply.message_id


def test_an_inquiry_without_an_e_mail_cannot_be_answered_by_e_mail(counsellor, sign_in, office_a):
    inquiry = _inquiry(office_a, email="", reply_by="phone", phone="+37251234567")

    response = sign_in(counsellor).post(
        reverse("inquiry-reply", args=[inquiry.pk]), {"body": "Hello"}
    )

    assert response.status_code == 400
    assert "gave no e-mail address" in response.content.decode()
    assert not OutgoingMessage.objects.exists()


def test_an_empty_reply_is_a_400(counsellor, sign_in, office_a):
    inquiry = _inquiry(office_a)

    response = sign_in(counsellor).post(reverse("inquiry-reply", args=[inquiry.pk]), {"body": ""})

    assert response.status_code == 400
    assert not OutgoingMessage.objects.exists()


def test_claim_assign_and_close_with_an_outcome(counsellor, colleague, sign_in, office_a):
    inquiry = _inquiry(office_a)
    browser = sign_in(counsellor)

    browser.post(reverse("inquiry-assign", args=[inquiry.pk]), {"claim": "1"})
    assert Inquiry.objects.get(pk=inquiry.pk).assignee == counsellor
    browser.post(reverse("inquiry-assign", args=[inquiry.pk]), {"assignee": colleague.pk})
    assert Inquiry.objects.get(pk=inquiry.pk).assignee == colleague
    browser.post(reverse("inquiry-close", args=[inquiry.pk]), {"outcome": "signposted"})

    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.outcome) == ("closed", "signposted")
    assert inquiry.closed_at is not None
    assert inquiry not in browser.get(reverse("inbox")).context["page"]
    assert AuditEvent.objects.filter(action=AuditAction.UPDATE, object_id=inquiry.pk).count() == 3


@pytest.mark.parametrize(
    ("route", "data"),
    [("inquiry-assign", {"assignee": 987654}), ("inquiry-close", {"outcome": "bogus"})],
)
def test_bad_assign_or_close_is_a_400(counsellor, sign_in, office_a, route, data):
    inquiry = _inquiry(office_a)

    response = sign_in(counsellor).post(reverse(route, args=[inquiry.pk]), data)

    assert response.status_code == 400
    inquiry.refresh_from_db()
    assert inquiry.status == "new" and inquiry.assignee is None


def test_an_assignee_from_another_office_is_refused(counsellor, counsellor_b, sign_in, office_a):
    inquiry = _inquiry(office_a)

    response = sign_in(counsellor).post(
        reverse("inquiry-assign", args=[inquiry.pk]), {"assignee": counsellor_b.pk}
    )

    assert response.status_code == 400


def test_an_attachment_is_downloaded_not_shown_and_the_read_audited(counsellor, sign_in, office_a):
    inquiry = _inquiry(office_a)
    attachment = Attachment.objects.create(
        message=inquiry.messages.get(),
        file=ContentFile(b"%PDF-1.4 x", name="x"),
        filename="letter.pdf",
        content_type="application/pdf",
        size=10,
    )

    response = sign_in(counsellor).get(reverse("attachment-download", args=[attachment.pk]))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == b"%PDF-1.4 x"
    assert AuditEvent.objects.filter(object_id=attachment.pk, action=AuditAction.VIEW).exists()


def test_the_inquiry_page_runs_a_bounded_number_of_queries(
    counsellor, sign_in, office_a, django_assert_max_num_queries
):
    inquiry = _inquiry(office_a)
    browser = sign_in(counsellor)
    browser.get(inquiry.get_absolute_url())
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        browser.get(inquiry.get_absolute_url())
    for number in range(20):
        InquiryMessage.objects.create(inquiry=inquiry, direction="in", body=f"More {number}")

    with django_assert_max_num_queries(len(one)):
        browser.get(inquiry.get_absolute_url())


def test_the_inbox_runs_a_bounded_number_of_queries(
    counsellor, sign_in, office_a, django_assert_max_num_queries
):
    browser = sign_in(counsellor)
    _inquiry(office_a)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        browser.get(reverse("inbox"))
    for _ in range(30):
        _inquiry(office_a, assignee=counsellor)

    with django_assert_max_num_queries(len(one)):
        browser.get(reverse("inbox"))


def test_an_inquiry_is_linked_to_a_suggested_client_and_shows_on_their_page(
    counsellor, sign_in, office_a, client_a
):
    Client.objects.filter(pk=client_a.pk).update(email="olena@example.org")
    inquiry = _inquiry(office_a)
    browser = sign_in(counsellor)

    page = browser.get(inquiry.get_absolute_url())
    assert client_a.reference in page.content.decode()  # suggested, not linked
    assert Inquiry.objects.get(pk=inquiry.pk).client is None

    response = browser.post(
        reverse("inquiry-link", args=[inquiry.pk]), {"client": client_a.reference}
    )

    assert response.status_code == 302
    assert Inquiry.objects.get(pk=inquiry.pk).client == client_a
    assert inquiry.reference in browser.get(client_a.get_absolute_url()).content.decode()


def test_the_client_timeline_interleaves_inquiries_and_their_messages_with_sessions(
    counsellor, sign_in, office_a, office_b, client_a
):
    now = timezone.now()
    add = {"client": client_a, "counsellor": counsellor, "office": office_a}
    newer, older = add_sessions(**add, count=2, days_apart=2)  # now and two days ago
    inquiry = _inquiry(office_a, client=client_a, created_at=now - timedelta(days=1))
    services.reply(inquiry=inquiry, author=counsellor, body="Bring your lease to the desk.")
    elsewhere = _inquiry(office_b, client=client_a, created_at=now - timedelta(hours=1))

    page = sign_in(counsellor).get(client_a.get_absolute_url()).content.decode()

    timeline = page[page.index('id="timeline"') :]
    assert timeline.index(newer.note) < timeline.index(inquiry.reference)
    assert timeline.index(inquiry.reference) < timeline.index(older.note)
    assert timeline.index("Question?") < timeline.index("Bring your lease to the desk.")
    assert elsewhere.reference not in page  # another office's inquiry


def test_another_offices_client_cannot_be_linked(counsellor, sign_in, office_a, client_b):
    inquiry = _inquiry(office_a)

    response = sign_in(counsellor).post(
        reverse("inquiry-link", args=[inquiry.pk]), {"client": client_b.reference}
    )

    assert response.status_code == 400
    assert "No client with this reference." in response.content.decode()
    assert Inquiry.objects.get(pk=inquiry.pk).client is None


def test_a_merge_moves_the_duplicates_inquiries(coordinator, office_a, client_a):
    from counselling.services import merge_clients

    duplicate = Client.objects.create(
        given_name="Olena", family_name="Kovalenko", registered_office_id=office_a.pk
    )
    inquiry = _inquiry(office_a, client=duplicate)

    merge_clients(keep=client_a, duplicate=duplicate, merged_by=coordinator)

    assert Inquiry.objects.get(pk=inquiry.pk).client == client_a
    event = AuditEvent.objects.filter(detail__merged_from=duplicate.pk).get()
    assert event.detail["moved"]["inquiries"] == 1
