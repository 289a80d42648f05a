import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Client, Topic
from counselling.models import Office, Outcome, OutgoingMessage

# Crockford's base32 without look-alikes: a reference read over the phone survives.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_reference() -> str:
    """A short public reference, e.g. "Q7K2-M9XD": not guessable, so a subject token
    cannot thread a stranger's e-mail into someone else's inquiry."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


class InquiryChannel(models.TextChoices):
    WEB_FORM = "web_form", _("Web form")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone")
    WALK_IN = "walk_in", _("Walk-in")


class RawSubmission(models.Model):
    """Inbound data exactly as it arrived, saved before any parsing, so a parser bug
    loses nothing (DESIGN.md §4, bad input)."""

    channel = models.CharField(_("channel"), max_length=20, choices=InquiryChannel.choices)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    content_type = models.CharField(_("content type"), max_length=200, blank=True)
    payload = models.BinaryField(_("payload"))
    accepted = models.BooleanField(_("accepted"), null=True)  # None while being parsed
    # E-mail: the bytes' SHA-256, so a message fetched twice is kept once.
    digest = models.CharField(max_length=64, unique=True, null=True, editable=False)

    class Meta:
        verbose_name = _("raw submission")
        verbose_name_plural = _("raw submissions")

    def __str__(self):
        return f"{self.channel} {self.received_at:%Y-%m-%d %H:%M}"


class Inquiry(models.Model):
    """One question from a newcomer, whatever the channel: an item in the inbox."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        OPEN = "open", _("In progress")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    class ReplyBy(models.TextChoices):
        EMAIL = "email", _("By e-mail")
        PHONE = "phone", _("Call me back")
        VISIT = "visit", _("I will visit")

    reference = models.CharField(
        _("reference"), max_length=9, unique=True, default=new_reference, editable=False
    )
    channel = models.CharField(_("channel"), max_length=20, choices=InquiryChannel.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="inquiries", verbose_name=_("office")
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("assigned to"),
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    reply_by = models.CharField(
        _("how to reply"), max_length=10, choices=ReplyBy.choices, default=ReplyBy.EMAIL
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)  # E.164
    language = models.CharField(_("language"), max_length=10, choices=CLIENT_LANGUAGES)
    topic = models.ForeignKey(
        Topic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("topic"),
        help_text=_("Empty when the person did not know."),
    )
    client = models.ForeignKey(
        Client,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inquiries",
        verbose_name=_("client"),
    )
    # Phone calls: how long, and in which language an interpreter took part.
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), null=True, blank=True
    )
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=10, choices=CLIENT_LANGUAGES, blank=True
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    # The form's one-time token: a second post of the same form (a double click)
    # finds this inquiry instead of making another.
    submission_key = models.CharField(max_length=64, unique=True, null=True, editable=False)
    raw = models.ForeignKey(
        RawSubmission, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    due_at = models.DateTimeField(_("answer due by"))
    first_response_at = models.DateTimeField(_("first response at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["due_at", "id"]
        indexes = [
            # The inbox: my offices' open inquiries, the most urgent first.
            models.Index(
                fields=["office", "due_at", "id"],
                name="inquiry_inbox",
                condition=~models.Q(status="closed"),
            ),
            # The client page's timeline.
            models.Index(
                fields=["client", "-created_at"],
                name="inquiry_client_time",
                condition=models.Q(client__isnull=False),
            ),
            # The service dashboard: an office's inquiries received in a period.
            models.Index(fields=["office", "created_at"], name="inquiry_office_time"),
        ]

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("inquiry-detail", args=[self.pk])

    @property
    def is_overdue(self) -> bool:
        return self.status != self.Status.CLOSED and self.due_at < timezone.now()


class InquiryMessage(models.Model):
    """A message in an inquiry's thread: what the newcomer wrote, or our reply."""

    class Direction(models.TextChoices):
        IN = "in", _("Received")
        OUT = "out", _("Sent")

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="messages", verbose_name=_("inquiry")
    )
    direction = models.CharField(_("direction"), max_length=3, choices=Direction.choices)
    body = models.TextField(_("message"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("written by"),
    )
    # Threading: every message sent or received keeps its Message-ID here, so a reply
    # is matched by one indexed lookup of its In-Reply-To or References.
    message_id = models.CharField(_("Message-ID"), max_length=300, blank=True, db_index=True)
    outgoing = models.OneToOneField(
        OutgoingMessage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("inquiry message")
        verbose_name_plural = _("inquiry messages")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.inquiry} {self.direction} {self.created_at:%Y-%m-%d %H:%M}"


def attachment_path(attachment: "Attachment", filename: str) -> str:
    # Never the sender's file name on disk: it is untrusted input.
    return f"attachments/{timezone.now():%Y/%m}/{secrets.token_hex(16)}"


class Attachment(models.Model):
    message = models.ForeignKey(
        InquiryMessage,
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("message"),
    )
    file = models.FileField(_("file"), upload_to=attachment_path)
    filename = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)  # sniffed, not declared
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.filename


class RejectedSubmission(models.Model):
    """Spam and flooding are counted per day and reason, never kept as inquiries."""

    class Reason(models.TextChoices):
        HONEYPOT = "honeypot", _("Hidden field filled in")
        TOO_FAST = "too_fast", _("Sent faster than a person can")
        RATE_IP = "rate_ip", _("Too many from one address")
        RATE_CONTACT = "rate_contact", _("Too many for one e-mail or phone")

    day = models.DateField(_("day"), default=timezone.localdate)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("rejected submissions")
        verbose_name_plural = _("rejected submissions")
        constraints = [
            models.UniqueConstraint(fields=["day", "reason"], name="rejected_per_day_reason")
        ]

    def __str__(self):
        return f"{self.day} {self.reason}: {self.count}"


class Visit(models.Model):
    """A walk-in at an office: a queue number now, a counsellor later."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        CALLED = "called", _("Called in")
        SERVED = "served", _("Served")
        LEFT = "left", _("Left without being served")

    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="visits", verbose_name=_("office")
    )
    day = models.DateField(_("day"), default=timezone.localdate)
    number = models.PositiveIntegerField(_("queue number"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    language = models.CharField(_("language"), max_length=10, choices=CLIENT_LANGUAGES)
    topic = models.ForeignKey(
        Topic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="visits",
        verbose_name=_("topic"),
    )
    client = models.ForeignKey(
        Client,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="visits",
        verbose_name=_("client"),
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("registered by"),
    )
    arrived_at = models.DateTimeField(_("arrived at"), default=timezone.now)
    called_at = models.DateTimeField(_("called at"), null=True, blank=True)
    served_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("served by"),
    )
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)

    class Meta:
        verbose_name = _("walk-in visit")
        verbose_name_plural = _("walk-in visits")
        ordering = ["day", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "day", "number"], name="visit_number_per_office_day"
            )
        ]
        indexes = [
            # The waiting list and "call next": today's waiting visits in arrival order.
            models.Index(
                fields=["office", "day", "number"],
                name="visit_waiting",
                condition=models.Q(status="waiting"),
            ),
        ]

    def __str__(self):
        return f"{self.office} {self.day} #{self.number}"

    @property
    def waited_minutes(self) -> int | None:
        if self.called_at is None:
            return None
        return int((self.called_at - self.arrived_at).total_seconds() // 60)


class CallBack(models.Model):
    """Someone to call back: asked for on the web form or during a call."""

    class Status(models.TextChoices):
        OPEN = "open", _("To call")
        DONE = "done", _("Reached")
        GAVE_UP = "gave_up", _("Could not be reached")

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="call_backs", verbose_name=_("inquiry")
    )
    phone = models.CharField(_("phone"), max_length=20)  # E.164
    language = models.CharField(_("language"), max_length=10, choices=CLIENT_LANGUAGES)
    when = models.CharField(
        _("best time to call"), max_length=100, blank=True, help_text=_("e.g. after 15:00")
    )
    due_at = models.DateTimeField(_("call by"))
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="call_backs",
        verbose_name=_("who calls back"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)

    class Meta:
        verbose_name = _("call-back")
        verbose_name_plural = _("call-backs")
        ordering = ["due_at", "id"]
        indexes = [
            # The call-back queue: open ones, soonest first.
            models.Index(
                fields=["due_at", "id"], name="callback_queue", condition=models.Q(status="open")
            ),
        ]

    def __str__(self):
        return f"{self.inquiry} {self.get_status_display()}"


class CallAttempt(models.Model):
    class Result(models.TextChoices):
        REACHED = "reached", _("Reached")
        NO_ANSWER = "no_answer", _("No answer")
        BUSY = "busy", _("Busy")
        VOICEMAIL = "voicemail", _("Left a voicemail")
        WRONG_NUMBER = "wrong_number", _("Wrong number")

    call_back = models.ForeignKey(
        CallBack, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("call-back")
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    result = models.CharField(_("result"), max_length=20, choices=Result.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("call attempt")
        verbose_name_plural = _("call attempts")
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.result}"
