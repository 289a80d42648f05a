"""E-inquiries end to end: real-world messages delivered to a real IMAP server
(Dovecot on loopback, TLS), polled by the app, each ending as the right inquiry, thread,
or nothing, with its raw bytes kept."""

import imaplib
import ssl
from datetime import timedelta
from email.message import EmailMessage

import pytest
from django.utils import timezone

from channels import mail, services
from channels.models import Inquiry, InquiryMessage, RawSubmission
from counselling.models import OutgoingMessage
from tests.integration.dovecot import PASSWORD, USER

pytestmark = pytest.mark.integration
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def deliver(server, *messages: bytes) -> None:
    context = ssl.create_default_context(cafile=server.ca_file)
    client = imaplib.IMAP4_SSL("127.0.0.1", server.port, ssl_context=context)
    client.login(USER, PASSWORD)
    for raw in messages:
        client.append("INBOX", None, None, raw)
    client.logout()


def message(sender="olena@example.org", subject="Question", body="How do I register?", **headers):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "inbox@silta.example.org"
    msg["Subject"] = subject
    msg["Message-ID"] = headers.pop(
        "message_id", f"<{abs(hash((sender, subject, body)))}@mail.example>"
    )
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    if body is not None:
        msg.set_content(body)
    return msg


def test_real_world_messages_become_the_right_inquiries_threads_or_nothing(
    db, imap_server, office_a, counsellor
):
    multipart = message(body="How do I register my address?")
    multipart.add_alternative("<p>How do I <b>register</b> my address?</p>", subtype="html")
    html_only = EmailMessage()
    html_only["From"] = "Amina <amina@example.org>"
    html_only["Subject"] = "سؤال"
    html_only["Message-ID"] = "<html-only@mail.example>"
    html_only.set_content("<p>هل يمكنني العمل؟</p><script>alert(1)</script>", subtype="html")
    cp1251 = (
        b"From: ivan@example.org\r\nSubject: =?windows-1251?B?z/Dl4uXy?=\r\n"
        b"Message-ID: <cp1251@mail.example>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=windows-1251\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    ) + "Как продлить вид на жительство?".encode("windows-1251")
    with_attachment = message(sender="dmytro@example.org", body="My permit is attached.")
    with_attachment.add_attachment(
        PDF, maintype="application", subtype="pdf", filename="permit.pdf"
    )
    out_of_office = message(
        sender="olena@example.org",
        subject="Out of office",
        body="I am away.",
        Auto_Submitted="auto-replied",
    )
    bounce = EmailMessage()
    bounce["From"] = "MAILER-DAEMON@mail.example"
    bounce["Subject"] = "Undelivered Mail Returned to Sender"
    bounce["Message-ID"] = "<bounce@mail.example>"
    bounce.set_content("The mail could not be delivered.")
    bounce.make_mixed()
    bounce.replace_header(
        "Content-Type", 'multipart/report; report-type=delivery-status; boundary="b"'
    )
    no_body = message(sender="hodan@example.org", subject="Call me please", body=None)
    malformed = (
        b"From: broken <\xff\xfe@@example.org>, hamid@example.org\r\n"
        b"Subject: =?utf-8?Q?unterminated\r\nDate: yesterday-ish\r\n"
        b"Message-ID: <malformed@mail.example>\r\n\r\nStill a question.\r\n"
    )
    raws = [
        bytes(multipart),
        bytes(html_only),
        cp1251,
        bytes(with_attachment),
        bytes(out_of_office),
        bytes(bounce),
        bytes(no_body),
        malformed,
    ]
    deliver(imap_server, *raws)

    counts = mail.poll()

    assert counts.get("ignored") == 2, counts  # the auto-reply and the bounce
    assert sum(counts.values()) == len(raws), counts
    kept = sorted(bytes(r.payload) for r in RawSubmission.objects.all())
    assert len(kept) == len(raws)  # every message's bytes, accepted or not
    by_sender = {i.email: i for i in Inquiry.objects.all()}
    assert "How do I register my address?" in by_sender["olena@example.org"].messages.get().body
    arabic = by_sender["amina@example.org"]
    assert arabic.language == "ar" and arabic.name == "Amina"
    assert (
        "<script>" not in arabic.messages.get().body and "alert" not in arabic.messages.get().body
    )
    russian = by_sender["ivan@example.org"]
    assert russian.messages.get().body == "Как продлить вид на жительство?"
    assert russian.language == "ru"
    attachment = by_sender["dmytro@example.org"].messages.get().attachments.get()
    assert (attachment.filename, attachment.content_type) == ("permit.pdf", "application/pdf")
    assert by_sender["hodan@example.org"].messages.get().body == "Call me please"
    assert "mailer-daemon@mail.example" not in by_sender
    assert Inquiry.objects.filter(channel="email").count() == 6
    assert mail.poll() == {}  # all read; nothing twice
    # Each new inquiry, and nothing else, is acknowledged in its language, threaded
    # under the newcomer's message.
    acks = OutgoingMessage.objects.filter(kind="inquiry_received")
    assert sorted(acks.values_list("to_email", flat=True)) == sorted(by_sender)
    to_ivan = acks.get(to_email="ivan@example.org")
    assert (to_ivan.language, to_ivan.headers["In-Reply-To"]) == ("ru", "<cp1251@mail.example>")
    assert russian.reference in to_ivan.subject


def test_a_reply_to_our_reply_joins_its_inquiry_and_reopens_it(
    db, imap_server, office_a, counsellor
):
    deliver(imap_server, bytes(message(body="First question", message_id="<q1@mail.example>")))
    mail.poll()
    inquiry = Inquiry.objects.get()
    sent = services.reply(inquiry=inquiry, author=counsellor, body="Here is the answer.")
    answer = message(
        subject=f"Re: your question [{inquiry.reference}]",
        body="Thank you, one more thing...",
        message_id="<q2@mail.example>",
        In_Reply_To=sent.message_id,
        References=f"<q1@mail.example> {sent.message_id}",
    )
    deliver(imap_server, bytes(answer))

    assert mail.poll() == {"reply": 1}

    inquiry.refresh_from_db()
    assert inquiry.status == "open"
    assert [m.direction for m in inquiry.messages.order_by("id")] == ["in", "out", "in"]
    assert Inquiry.objects.count() == 1


def test_a_subject_reference_threads_only_from_the_inquirys_own_address(
    db, imap_server, office_a, counsellor
):
    deliver(imap_server, bytes(message(body="Question", message_id="<a1@mail.example>")))
    mail.poll()
    inquiry = Inquiry.objects.get()
    stranger = message(
        sender="someone@else.example",
        subject=f"Re: [{inquiry.reference}]",
        body="Let me in",
        message_id="<a2@mail.example>",
    )
    owner = message(
        subject=f"Re: [{inquiry.reference}]", body="Me again", message_id="<a3@mail.example>"
    )
    deliver(imap_server, bytes(stranger), bytes(owner))

    counts = mail.poll()

    assert counts == {"new": 1, "reply": 1}
    assert inquiry.messages.count() == 2
    assert Inquiry.objects.get(email="someone@else.example").pk != inquiry.pk


def test_our_own_messages_never_come_back_as_inquiries(db, imap_server, office_a, counsellor):
    deliver(imap_server, bytes(message(body="Question", message_id="<b1@mail.example>")))
    mail.poll()
    services.reply(inquiry=Inquiry.objects.get(), author=counsellor, body="Answer")
    ours = OutgoingMessage.objects.get(kind="inquiry_reply")
    loop = message(
        sender="inbox@silta.example.org",
        subject=ours.subject,
        body="Answer",
        message_id=ours.message_id,
    )
    deliver(imap_server, bytes(loop))

    assert mail.poll() == {"ignored": 1}
    assert InquiryMessage.objects.filter(direction="in").count() == 1


def test_a_message_a_fault_left_unparsed_is_ingested_by_a_later_poll(db, imap_server, office_a):
    kept = mail.keep(bytes(message(body="Kept while the database was down")))
    RawSubmission.objects.filter(pk=kept.pk).update(
        received_at=timezone.now() - timedelta(minutes=10)
    )

    assert mail.poll() == {"retried_new": 1}

    inquiry = Inquiry.objects.get()
    assert inquiry.messages.get().body == "Kept while the database was down"
    assert RawSubmission.objects.get().accepted is True
    assert mail.poll() == {}  # done once
