"""The public inquiry form: a newcomer writes in their language and gets a reference."""

from datetime import timedelta

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.formats import date_format

from channels.forms import STAMP_SALT
from channels.models import Inquiry, RawSubmission, RejectedSubmission
from counselling.models import AuditAction, AuditEvent, OutgoingMessage

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def stamp(seconds_ago: float = 30, key: str = "k1") -> str:
    at = timezone.now().timestamp() - seconds_ago
    return signing.dumps({"at": at, "key": key}, salt=STAMP_SALT)


def form(**overrides):
    data = {
        "name": "Olena",
        "reply_by": "email",
        "email": "olena@example.org",
        "phone": "",
        "language": "uk",
        "topic": "",
        "message": "How do I extend my temporary protection permit?",
        "consent": "on",
        "website": "",
        "stamp": stamp(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def office(office_a):
    return office_a


@pytest.mark.parametrize("language", ["en", "et", "ru", "fi", "sv", "uk", "ar"])
def test_the_form_is_served_in_every_language_of_its_url(client, db, language):
    response = client.get(f"/{language}/contact/")

    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()
    assert ('dir="rtl"' in response.content.decode()) == (language == "ar")


def test_a_link_from_a_knowledge_page_chooses_its_topic(client, db):
    response = client.get("/et/contact/", {"topic": "registration"})

    assert response.status_code == 200
    assert response.context["form"]["topic"].value() == "registration"
    assert '<option value="registration" selected>' in response.content.decode()


@pytest.mark.parametrize("topic", ["no-such-topic", "registration-residence", "<script>", ""])
def test_an_unknown_topic_in_the_link_is_ignored(client, db, topic):
    response = client.get("/et/contact/", {"topic": topic})

    assert response.status_code == 200
    assert response.context["form"]["topic"].value() in (None, "")
    assert '<option value="" selected>' in response.content.decode(), "I don't know"


def test_a_newcomer_gets_a_reference_and_an_acknowledgement_in_the_pages_language(
    client, office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():
        response = client.post("/ar/contact/", form())

    assert response.status_code == 302
    assert response["Location"] == "/ar/contact/sent/"
    inquiry = Inquiry.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert inquiry.reference in page
    assert inquiry.office == office  # no office chosen: the default one
    assert inquiry.channel == "web_form" and inquiry.status == "new"
    assert inquiry.due_at > inquiry.created_at + timedelta(days=1)
    assert inquiry.consent_at is not None
    assert inquiry.messages.get().body.startswith("How do I extend")
    assert inquiry.raw.accepted is True
    assert b"How do I extend" in bytes(inquiry.raw.payload)
    ack = OutgoingMessage.objects.get(kind="inquiry_received")
    assert ack.to_email == "olena@example.org"
    assert ack.language == "ar"
    assert inquiry.reference in ack.subject
    with translation.override("ar"):  # the answer's due date, written the Arabic way
        due = date_format(timezone.localtime(inquiry.due_at), "DATE_FORMAT")
    assert due in ack.body_text and due in ack.body_html
    assert ack.headers["Auto-Submitted"] == "auto-generated"
    assert "Reply-To" in ack.headers
    assert inquiry.messages.get().message_id == ack.message_id  # the thread's root
    assert AuditEvent.objects.filter(action=AuditAction.CREATE, object_id=inquiry.pk).exists()


def test_the_reference_is_not_in_any_url(client, office):
    response = client.post("/en/contact/", form())

    assert Inquiry.objects.get().reference not in response["Location"]


def test_a_double_click_makes_one_inquiry(client, office):
    data = form()

    first = client.post("/en/contact/", data)
    second = client.post("/en/contact/", data)

    assert first.status_code == second.status_code == 302
    assert Inquiry.objects.count() == 1
    assert OutgoingMessage.objects.count() == 1


@pytest.mark.parametrize(
    ("website", "seconds_to_fill", "reason"),
    [("http://spam.example", 30, "honeypot"), ("", 0.5, "too_fast")],
)
def test_bots_are_counted_not_stored(client, office, website, seconds_to_fill, reason):
    data = form(website=website, stamp=stamp(seconds_to_fill))

    response = client.post("/en/contact/", data)

    assert response.status_code == 302  # a bot learns nothing
    assert not Inquiry.objects.exists()
    assert not RawSubmission.objects.exists()
    assert RejectedSubmission.objects.get(reason=reason).count == 1


def test_one_address_can_send_only_so_many_per_hour(client, office, settings):
    settings.CONTACT_PER_IP_PER_HOUR = 3
    for number in range(3):
        client.post(
            "/en/contact/", form(stamp=stamp(key=f"k{number}"), email=f"p{number}@example.org")
        )

    refused = client.post("/en/contact/", form(stamp=stamp(key="k9"), email="p9@example.org"))

    assert refused.status_code == 429
    assert "Too many messages" in refused.content.decode()
    assert Inquiry.objects.count() == 3
    assert RejectedSubmission.objects.get(reason="rate_ip").count == 1


def test_one_e_mail_address_can_send_only_so_many_per_hour(client, office, settings):
    settings.CONTACT_PER_ADDRESS_PER_HOUR = 2
    for number in range(3):
        client.post("/en/contact/", form(stamp=stamp(key=f"k{number}")))

    assert Inquiry.objects.count() == 2
    assert RejectedSubmission.objects.get(reason="rate_contact").count == 1


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-address"}, "email", "Enter a valid email address."),
        ({"email": ""}, "email", "Give an e-mail address for the answer."),
        ({"reply_by": "phone", "phone": "123"}, "phone", ""),
        ({"message": "x" * 100_000}, "message", "at most 10000 characters"),
        ({"name": "Ole\u200bna"}, "name", "invisible characters"),
        ({"name": "Ole\u202ena"}, "name", "invisible characters"),
        ({"consent": None}, "consent", "We can only answer if you agree."),
        ({"language": "klingon"}, "language", ""),
        ({"stamp": "forged"}, "stamp", "The form has expired."),
    ],
)
def test_bad_input_is_a_400_with_the_error_by_its_field_and_nothing_saved(
    client, office, overrides, field, message
):
    response = client.post("/en/contact/", form(**overrides))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert message in response.content.decode().replace("10,000", "10000")
    assert not Inquiry.objects.exists()
    assert not OutgoingMessage.objects.exists()


def test_errors_are_announced_and_translated(client, office):
    response = client.post("/et/contact/", form(email=""))

    page = response.content.decode()
    assert 'role="alert"' in page
    assert "Give an e-mail address for the answer." not in page


def test_a_pdf_and_a_photo_are_attached_by_their_content(client, office):
    files = [
        SimpleUploadedFile("letter.pdf", PDF, content_type="application/octet-stream"),
        SimpleUploadedFile("photo", PNG, content_type="text/plain"),
    ]

    client.post("/en/contact/", {**form(), "attachments": files})

    attachments = Inquiry.objects.get().messages.get().attachments.order_by("filename")
    assert [(a.filename, a.content_type) for a in attachments] == [
        ("letter.pdf", "application/pdf"),
        ("photo", "image/png"),
    ]
    assert not attachments[0].file.name.endswith("letter.pdf")  # never the sender's name


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([("setup.pdf", b"MZ\x90\x00" + b"\x00" * 200)], "is not a PDF or a photo"),
        ([("page.pdf", b"<html><script>alert(1)</script>")], "is not a PDF or a photo"),
        ([(f"{n}.pdf", PDF) for n in range(4)], "Attach at most 3 files."),
        ([("big.pdf", PDF + b"0" * (5 * 1024 * 1024))], "is too large"),
    ],
)
def test_attachments_outside_the_limits_are_refused(client, office, files, message):
    uploads = [SimpleUploadedFile(name, content) for name, content in files]

    response = client.post("/en/contact/", {**form(), "attachments": uploads})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Inquiry.objects.exists()
