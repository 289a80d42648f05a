"""E-inquiries: read a mailbox over IMAP (TLS), keep each message's bytes, then turn it
into an inquiry, a reply in an existing thread, or nothing (auto-replies, bounces,
loops)."""

import contextlib
import email
import hashlib
import imaplib
import logging
import re
import ssl
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import parseaddr

import filetype
import nh3
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from counselling import audit
from counselling.models import AuditAction

from . import services
from .forms import ATTACHMENT_TYPES
from .models import Attachment, Inquiry, InquiryChannel, InquiryMessage, RawSubmission

log = logging.getLogger(__name__)
REFERENCE_TOKEN = re.compile(r"\[(?:[^\]]*?\s)?([2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4})\]")
MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass
class Parsed:
    message_id: str
    thread_ids: list[str]
    sender: str
    sender_name: str
    subject: str
    text: str
    automatic: bool
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)


def _header(message: EmailMessage, name: str) -> str:
    """A header as text, or "" when it is missing or too broken to decode."""
    try:
        value = message.get(name)
    except Exception:  # a malformed header must not stop the rest of the message
        return ""
    return str(value or "").strip()


def _is_automatic(message: EmailMessage, sender: str) -> bool:
    """Auto-replies, bounces, lists and our own mail never start or continue a thread
    (RFC 3834), so two robots cannot answer each other for ever."""
    auto = _header(message, "Auto-Submitted").lower()
    if auto and auto != "no":
        return True
    if _header(message, "Precedence").lower() in {"bulk", "junk", "list", "auto_reply"}:
        return True
    if any(_header(message, name) for name in ("X-Autoreply", "X-Autorespond", "List-Id")):
        return True
    if message.get_content_type() == "multipart/report":
        return True
    local = sender.split("@")[0].lower()
    if not sender or local in {"mailer-daemon", "postmaster", "no-reply", "noreply"}:
        return True
    own = "@" + settings.EMAIL_MESSAGE_ID_DOMAIN + ">"
    return _header(message, "Message-ID").endswith(own)


def _text_of(message: EmailMessage) -> str:
    """The plain body; an HTML-only message is sanitised down to its text."""
    for preference in (("plain",), ("html",)):
        try:
            part = message.get_body(preferencelist=preference)
            content = part.get_content() if part is not None else ""
        except (LookupError, UnicodeError, AssertionError):
            payload = part.get_payload(decode=True) if part is not None else b""
            content = (payload or b"").decode("utf-8", errors="replace")
        if content and preference == ("html",):
            content = nh3.clean(content, tags=set())  # text only: no markup survives
            content = re.sub(r"\n\s*\n+", "\n\n", content)
        if content.strip():
            return content.strip()
    return ""


def parse(raw: bytes) -> Parsed:
    message = email.message_from_bytes(raw, policy=default_policy)
    name, sender = parseaddr(_header(message, "From"))
    thread_ids = MESSAGE_ID.findall(_header(message, "In-Reply-To"))
    thread_ids += MESSAGE_ID.findall(_header(message, "References"))
    attachments = []
    for part in message.iter_attachments():
        content = part.get_payload(decode=True) or b""
        kind = filetype.guess(content[:8192])
        if kind is not None and kind.mime in ATTACHMENT_TYPES:
            attachments.append((part.get_filename() or "attachment", kind.mime, content))
    return Parsed(
        message_id=(MESSAGE_ID.findall(_header(message, "Message-ID")) or [""])[0],
        thread_ids=thread_ids,
        sender=sender.lower(),
        sender_name=name,
        subject=_header(message, "Subject"),
        text=_text_of(message),
        automatic=_is_automatic(message, sender.lower()),
        attachments=attachments[: settings.ATTACHMENT_MAX_FILES],
    )


def _language_of(text: str) -> str:
    """A first guess from the script; the counsellor corrects it."""
    if re.search(r"[\u0600-\u06ff]", text):
        return "ar"
    if re.search(r"[іїєґІЇЄҐ]", text):
        return "uk"
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    return "en"


def _thread_of(parsed: Parsed) -> Inquiry | None:
    """The inquiry this message answers: by Message-ID (one indexed lookup), else by the
    reference in the subject when it comes from the inquiry's own address."""
    if parsed.thread_ids:
        known = (
            InquiryMessage.objects.filter(message_id__in=parsed.thread_ids)
            .select_related("inquiry")
            .order_by("-id")
            .first()
        )
        if known is not None:
            return known.inquiry
    token = REFERENCE_TOKEN.search(parsed.subject)
    if token:
        return Inquiry.objects.filter(reference=token.group(1), email__iexact=parsed.sender).first()
    return None


@transaction.atomic
def ingest(raw: RawSubmission) -> str:
    """Turn one kept message into an inquiry or a reply. Returns what happened:
    new, reply, ignored or duplicate."""
    parsed = parse(bytes(raw.payload))
    if parsed.automatic or not parsed.sender:
        RawSubmission.objects.filter(pk=raw.pk).update(accepted=False)
        return "ignored"
    if parsed.message_id and InquiryMessage.objects.filter(message_id=parsed.message_id).exists():
        RawSubmission.objects.filter(pk=raw.pk).update(accepted=False)
        return "duplicate"
    inquiry = _thread_of(parsed)
    outcome = "reply"
    if inquiry is None:
        outcome = "new"
        received = timezone.now()
        inquiry = Inquiry.objects.create(
            channel=InquiryChannel.EMAIL,
            office=services.default_office(),
            name=parsed.sender_name[:150],
            email=parsed.sender,
            language=_language_of(parsed.text + parsed.subject),
            created_at=received,
            due_at=services.due_by(received, InquiryChannel.EMAIL),
            raw=raw,
        )
    elif inquiry.status in {Inquiry.Status.ANSWERED, Inquiry.Status.CLOSED}:
        Inquiry.objects.filter(pk=inquiry.pk).update(status=Inquiry.Status.OPEN, closed_at=None)
    message = InquiryMessage.objects.create(
        inquiry=inquiry,
        direction=InquiryMessage.Direction.IN,
        body=parsed.text[: settings.CONTACT_MESSAGE_MAX_CHARACTERS] or parsed.subject,
        message_id=parsed.message_id[:300],
    )
    for filename, content_type, content in parsed.attachments:
        if len(content) <= settings.ATTACHMENT_MAX_BYTES:
            Attachment.objects.create(
                message=message,
                file=ContentFile(content, name="attachment"),
                filename=filename[:200],
                content_type=content_type,
                size=len(content),
            )
    if outcome == "new":  # the newcomer learns their reference; replies get none
        services.acknowledge(inquiry, language=inquiry.language, in_reply_to=message.message_id)
    RawSubmission.objects.filter(pk=raw.pk).update(accepted=True)
    audit.record(
        actor=None,
        action=AuditAction.CREATE,
        obj=message,
        client_id=inquiry.client_id,
        office_id=inquiry.office_id,
        detail={"channel": "email", "thread": outcome},
    )
    return outcome


def keep(payload: bytes) -> RawSubmission | None:
    """Save a message's bytes before anything else; None if these exact bytes were kept
    already (a poll interrupted before it marked the message read)."""
    digest = hashlib.sha256(payload).hexdigest()
    try:
        with transaction.atomic():
            return RawSubmission.objects.create(
                channel=InquiryChannel.EMAIL,
                payload=payload,
                content_type="message/rfc822",
                digest=digest,
            )
    except IntegrityError:
        return None


def _connect() -> imaplib.IMAP4_SSL:
    context = ssl.create_default_context(cafile=settings.IMAP_CA_FILE or None)
    client = imaplib.IMAP4_SSL(settings.IMAP_HOST, settings.IMAP_PORT, ssl_context=context)
    client.login(settings.IMAP_USER, settings.IMAP_PASSWORD)
    return client


def poll(limit: int = 200) -> dict[str, int]:
    """Read unseen messages: keep each one's bytes, ingest it, then mark it read. A
    message whose ingestion fails is marked read too, so that it cannot block the
    mailbox; its bytes stay kept (accepted is None) and later polls retry them from the
    database (retry_kept)."""
    counts = retry_kept()
    client = _connect()
    try:
        client.select(settings.IMAP_MAILBOX)
        _, data = client.uid("SEARCH", None, "UNSEEN")
        for uid in (data[0] or b"").split()[:limit]:
            _, fetched = client.uid("FETCH", uid, "(BODY.PEEK[])")
            payload = next((part[1] for part in fetched if isinstance(part, tuple)), b"")
            raw = (
                keep(payload)
                or RawSubmission.objects.filter(digest=hashlib.sha256(payload).hexdigest()).first()
            )
            try:
                outcome = ingest(raw) if raw.accepted is None else "duplicate"
            except SoftTimeLimitExceeded:
                raise  # out of time: this message stays unread for the next poll
            except Exception:
                log.exception("e-inquiry could not be ingested", extra={"raw": raw.pk})
                outcome = "failed"
            client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
            counts[outcome] = counts.get(outcome, 0) + 1
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            client.logout()
    return counts


RETRY_AFTER = timedelta(minutes=5)


def retry_kept(limit: int = 20) -> dict[str, int]:
    """Ingest again the kept messages a fault left unparsed (a database blip, a bug
    since fixed), oldest first, a few per poll so that a message that always fails
    cannot crowd out new mail."""
    counts: dict[str, int] = {}
    waiting = RawSubmission.objects.filter(
        channel=InquiryChannel.EMAIL,
        accepted__isnull=True,
        received_at__lt=timezone.now() - RETRY_AFTER,
    ).order_by("received_at")[:limit]
    for raw in waiting:
        try:
            outcome = ingest(raw)
        except SoftTimeLimitExceeded:
            raise
        except Exception:
            log.exception("kept e-inquiry still not ingested", extra={"raw": raw.pk})
            outcome = "failed"
        counts[f"retried_{outcome}"] = counts.get(f"retried_{outcome}", 0) + 1
    return counts
