import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.contrib.postgres.indexes import BrinIndex
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from clients.languages import CLIENT_LANGUAGES
from clients.models import Client, Household, Topic


class Office(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    code = models.SlugField(_("code"), max_length=30, unique=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    languages = models.CharField(
        _("languages served"),
        max_length=200,
        blank=True,
        help_text=_("Language codes separated by commas, e.g. et,ru,en."),
    )

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Role(models.TextChoices):
    RECEPTIONIST = "receptionist", _("Receptionist")
    COUNSELLOR = "counsellor", _("Counsellor")
    COORDINATOR = "coordinator", _("Coordinator")
    ADMIN = "admin", _("Administrator")
    PARTNER = "partner", _("Partner agency")
    # A peer counsellor's limited account: their own volunteer matches and nothing else.
    VOLUNTEER = "volunteer", _("Volunteer")


STAFF_ROLES = (Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN)


class UserManager(DjangoUserManager):
    def create_superuser(self, username, email=None, password=None, **extra_fields):
        """`manage.py createsuperuser` makes an administrator, who then sets up two-factor."""
        extra_fields.setdefault("role", Role.ADMIN)
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    objects = UserManager()

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.COUNSELLOR)
    offices = models.ManyToManyField(
        Office, verbose_name=_("offices"), blank=True, related_name="staff"
    )
    language = models.CharField(
        _("interface language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @property
    def is_staff_member(self) -> bool:
        return self.is_active and self.role in STAFF_ROLES

    @property
    def requires_two_factor(self) -> bool:
        return self.role in settings.TWO_FACTOR_REQUIRED_ROLES


class Programme(models.TextChoices):
    GENERAL = "general", _("General counselling")
    SUPPORT_PERSON = "support_person", _("Support-person service")
    ADAPTATION = "adaptation", _("Adaptation programme (Settle in Estonia)")
    INTEGRATION_PLAN = "integration_plan", _("Initial assessment and integration plan")
    MENTORING = "mentoring", _("Mentoring and peer support")
    OUTREACH = "outreach", _("Outreach counselling")


class CaseQuerySet(models.QuerySet):
    def for_client(self, client: Client) -> "CaseQuerySet":
        """The client's own cases and their household's."""
        belongs = models.Q(client=client)
        if client.household_id is not None:
            belongs |= models.Q(household_id=client.household_id)
        return self.filter(belongs)


class Case(models.Model):
    """A piece of work with a client, or with a whole household, in an office."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    client = models.ForeignKey(
        Client,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("client"),
    )
    household = models.ForeignKey(
        Household,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("household"),
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="cases", verbose_name=_("office")
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("owner"),
    )
    programme = models.CharField(
        _("programme"), max_length=30, choices=Programme.choices, default=Programme.GENERAL
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="cases", verbose_name=_("topics")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    opened_on = models.DateField(_("opened on"), default=timezone.localdate)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    objects = CaseQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[topics])

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-opened_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(client__isnull=False) | models.Q(household__isnull=False),
                name="case_belongs_to_client_or_household",
            ),
        ]
        indexes = [
            # "My work": my open cases.
            models.Index(
                fields=["owner", "-opened_on"],
                name="case_open_owner",
                condition=models.Q(status="open"),
            ),
        ]

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("case-detail", args=[self.pk])

    @property
    def reference(self) -> str:
        return f"K-{self.pk:06d}"


class CaseHandover(models.Model):
    """A case passed from one counsellor to another, with the note that goes with it."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="handovers", verbose_name=_("case")
    )
    from_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("from"),
    )
    to_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("to")
    )
    note = models.TextField(_("handover note"))
    handed_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    handed_over_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("case handover")
        verbose_name_plural = _("case handovers")
        ordering = ["-handed_over_at", "-id"]

    def __str__(self):
        return f"{self.case} {self.handed_over_at:%Y-%m-%d}"


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video")
    EMAIL = "email", _("E-mail")
    OUTREACH = "outreach", _("Outreach event")


class InterpreterMode(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    PHONE = "phone", _("By phone")
    VIDEO = "video", _("By video")


class Outcome(models.TextChoices):
    """Contact outcomes (DOMAIN.md §6)."""

    ANSWERED = "answered", _("Answered")
    KNOWLEDGE_PAGE = "knowledge_page", _("Knowledge page given")
    FORM_HELP = "form_help", _("Helped with a form")
    SIGNPOSTED = "signposted", _("Signposted")
    REFERRED = "referred", _("Referred")
    FOLLOW_UP = "follow_up", _("Follow-up booked")
    OUT_OF_SCOPE = "out_of_scope", _("Out of scope")


class CounsellingSession(models.Model):
    """One conversation with a client, logged by the counsellor who had it."""

    client = models.ForeignKey(
        Client, on_delete=models.PROTECT, related_name="sessions", verbose_name=_("client")
    )
    case = models.ForeignKey(
        Case,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sessions",
        verbose_name=_("case"),
    )
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name=_("counsellor"),
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="sessions", verbose_name=_("office")
    )
    started_at = models.DateTimeField(_("date and time"), default=timezone.now)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=30)
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.IN_PERSON
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    topics = models.ManyToManyField(Topic, related_name="sessions", verbose_name=_("topics"))
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=10, choices=CLIENT_LANGUAGES, blank=True
    )
    interpreter_mode = models.CharField(
        _("interpreting"), max_length=10, choices=InterpreterMode.choices, blank=True
    )
    note = models.TextField(_("case note"), blank=True)
    restricted = models.BooleanField(
        _("restricted note"),
        default=False,
        help_text=_("Only you and the coordinators can read a restricted note."),
    )
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, default=Outcome.ANSWERED
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["created_at"], m2m_fields=[topics])

    class Meta:
        verbose_name = _("counselling session")
        verbose_name_plural = _("counselling sessions")
        ordering = ["-started_at", "-id"]
        indexes = [
            # The client page's timeline, newest first.
            models.Index(fields=["client", "-started_at"], name="session_client_time"),
            # "My work": my sessions this week.
            models.Index(fields=["counsellor", "-started_at"], name="session_counsellor_time"),
            # The dashboards: an office's sessions in a period, counted per office,
            # counsellor, channel and client from the index alone (no table reads).
            models.Index(
                fields=["office", "started_at"],
                include=["counsellor", "duration_minutes", "id", "client", "channel", "case"],
                name="session_office_time",
            ),
        ]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} {self.get_channel_display()}"


class FollowUp(models.Model):
    """Something to do for a client by a date; shown in the assignee's "my work"."""

    client = models.ForeignKey(
        Client, on_delete=models.PROTECT, related_name="follow_ups", verbose_name=_("client")
    )
    session = models.ForeignKey(
        CounsellingSession,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follow_ups",
        verbose_name=_("session"),
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        verbose_name=_("assigned to"),
    )
    # Whose to-do list it is on: the office of its session or, when booked without one,
    # the assignee's first office. Set on save (see save()), so lists and dashboards
    # count an office's follow-ups without joining every session.
    office = models.ForeignKey(
        Office,
        on_delete=models.PROTECT,
        null=True,
        related_name="follow_ups",
        verbose_name=_("office"),
    )
    due_on = models.DateField(_("due on"))
    description = models.CharField(_("what to do"), max_length=300)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["created_at"])

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_on", "id"]
        indexes = [
            # "My work": my open follow-ups by due date.
            models.Index(
                fields=["assigned_to", "due_on"],
                name="followup_open_due",
                condition=models.Q(done_at__isnull=True),
            ),
            # The caseload dashboard: an office's open follow-ups by due date.
            models.Index(
                fields=["office", "due_on"],
                name="followup_office_open_due",
                condition=models.Q(done_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.due_on} {self.description}"

    def save(self, *args, **kwargs):
        if self.office_id is None:
            self.office_id = self.home_office_id()
        super().save(*args, **kwargs)

    def home_office_id(self) -> int | None:
        """The session's office, else the assignee's first office."""
        if self.session_id is not None:
            return self.session.office_id
        offices = Office.objects.filter(staff=self.assigned_to_id).order_by("pk")
        return offices.values_list("pk", flat=True).first()


class AuditAction(models.TextChoices):
    VIEW = "view", _("Viewed")
    CREATE = "create", _("Created")
    UPDATE = "update", _("Changed")
    DELETE = "delete", _("Deleted")
    EXPORT = "export", _("Exported")
    PRINT = "print", _("Printed")
    SEARCH = "search", _("Searched")
    LOGIN = "login", _("Signed in")
    LOGIN_FAILED = "login_failed", _("Failed sign-in")
    LOGOUT = "logout", _("Signed out")


class AuditEvent(models.Model):
    """An append-only record of who touched what. A database trigger refuses UPDATE and
    DELETE (see migration 0002), so not even a bug in our own code can rewrite history.

    Ids are plain integers, not foreign keys: inserting stays one cheap write, and the
    trail outlives the rows it describes (an erased client still has its history).
    """

    occurred_at = models.DateTimeField(_("when"), default=timezone.now)
    actor_id = models.BigIntegerField(_("who"), null=True, blank=True)
    actor_role = models.CharField(_("role"), max_length=20, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=AuditAction.choices)
    object_type = models.CharField(_("object type"), max_length=50, blank=True)
    object_id = models.BigIntegerField(_("object"), null=True, blank=True)
    client_id = models.BigIntegerField(_("client"), null=True, blank=True)
    office_id = models.BigIntegerField(_("office"), null=True, blank=True)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    request_id = models.CharField(_("request"), max_length=32, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        indexes = [
            # The audit page filtered by user, newest first.
            models.Index(fields=["actor_id", "-occurred_at", "-id"], name="audit_actor_time"),
            # The audit page filtered by client, newest first; most events have no client.
            models.Index(
                fields=["client_id", "-occurred_at", "-id"],
                name="audit_client_time",
                condition=models.Q(client_id__isnull=False),
            ),
            # The unfiltered page and date ranges: rows arrive in time order, so BRIN is tiny.
            BrinIndex(fields=["occurred_at"], name="audit_time_brin"),
            # Newest-first paging without a filter needs an ordered index too.
            models.Index(fields=["-occurred_at", "-id"], name="audit_time"),
        ]

    def __str__(self):
        return f"{self.occurred_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events cannot be deleted.")


def _new_message_id() -> str:
    return f"<{uuid.uuid4().hex}@{settings.EMAIL_MESSAGE_ID_DOMAIN}>"


class OutgoingMessage(models.Model):
    """One e-mail to send. Written in the transaction that causes it; the row is the
    truth and the Celery task only its courier."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=50)
    to_email = models.EmailField(_("recipient"))
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text body"))
    body_html = models.TextField(_("HTML body"), blank=True)
    message_id = models.CharField(
        _("Message-ID"), max_length=200, unique=True, default=_new_message_id
    )
    # Extra headers: threading (In-Reply-To, References), Reply-To, Auto-Submitted.
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    # Files built when the message is sent, not when it is queued (a PDF takes time and
    # must show the row as it is then): [{"builder": "dotted.path", "id": 1}, …].
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    # When a task for this row was given to the broker (for a retry: when it is due to
    # run); empty when the broker could not take it. The sweep re-enqueues rows whose
    # task should have run long ago: Redis lost it, or a worker died with it.
    enqueued_at = models.DateTimeField(_("handed to the worker"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [
            # The sweep: pending rows whose time has come. Sent rows stay out of the index.
            models.Index(
                fields=["next_attempt_at"],
                name="outbox_due",
                condition=models.Q(status="pending"),
            ),
        ]

    def __str__(self):
        return f"{self.kind} #{self.pk} ({self.status})"
