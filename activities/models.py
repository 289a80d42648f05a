"""Group activities (issue 9): workshops, support groups and language cafés run as a
series of meetings, with sign-ups, a waiting list, attendance and reminders."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Client, Topic
from counselling.models import InterpreterMode, Office, OutgoingMessage
from volunteers.models import Volunteer


class ActivitySeries(models.Model):
    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        LIFE_SKILLS = "life_skills", _("Life-skills workshop")
        SUPPORT_GROUP = "support_group", _("Support group")
        LANGUAGE_CAFE = "language_cafe", _("Language café")
        CIVIC_ORIENTATION = "civic_orientation", _("Civic orientation")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    topic = models.ForeignKey(
        Topic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("topic"),
    )
    languages = ArrayField(
        models.CharField(max_length=10, choices=CLIENT_LANGUAGES),
        verbose_name=_("languages"),
        default=list,
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="activities", verbose_name=_("office")
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    video_link = models.URLField(_("video link"), blank=True)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="facilitated_activities",
        verbose_name=_("facilitator (staff)"),
    )
    # A volunteer is not a user: one on the roster is linked here (of the series' office).
    facilitator_volunteer = models.ForeignKey(
        Volunteer,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="facilitated_activities",
        verbose_name=_("facilitator (volunteer)"),
    )
    facilitator_name = models.CharField(
        _("facilitator (other)"),
        max_length=200,
        blank=True,
        help_text=_("For a facilitator who is neither staff nor on the volunteer roster."),
    )
    capacity = models.PositiveSmallIntegerField(_("places"))
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    description = models.TextField(_("description"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("group activity")
        verbose_name_plural = _("group activities")
        ordering = ["-starts_on", "title", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="series_dates_in_order",
                violation_error_message=_("The last day cannot be before the first day."),
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1),
                name="series_has_places",
                violation_error_message=_("A series needs at least one place."),
            ),
        ]
        indexes = [
            # The list page: an office's series, newest first.
            models.Index(fields=["office", "-starts_on"], name="series_office_start"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("activity-detail", args=[self.pk])

    def facilitator_names(self) -> list[str]:
        """Who leads the series: a staff member, a volunteer on the roster, someone else."""
        names = []
        if self.facilitator:
            names.append(self.facilitator.get_full_name() or self.facilitator.get_username())
        if self.facilitator_volunteer:
            names.append(str(self.facilitator_volunteer))
        if self.facilitator_name:
            names.append(self.facilitator_name)
        return names

    @property
    def language_names(self) -> list[str]:
        names = dict(CLIENT_LANGUAGES)
        return [names.get(code, code) for code in self.languages]


class Meeting(models.Model):
    series = models.ForeignKey(
        ActivitySeries, on_delete=models.CASCADE, related_name="meetings", verbose_name=_("series")
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Leave empty for the series' place.")
    )
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=10, choices=CLIENT_LANGUAGES, blank=True
    )
    interpreter_mode = models.CharField(
        _("interpreting"), max_length=10, choices=InterpreterMode.choices, blank=True
    )
    interpreter_name = models.CharField(
        _("interpreter or interpreting service"), max_length=200, blank=True
    )
    # People who came without signing up or giving a name: counted, not recorded.
    anonymous_count = models.PositiveSmallIntegerField(_("anonymous participants"), default=0)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_start",
                violation_error_message=_("A meeting must end after it starts."),
            ),
        ]
        indexes = [
            # The series page's meetings in order.
            models.Index(fields=["series", "starts_at"], name="meeting_series_start"),
            # The reminder task: meetings starting tomorrow that still take place.
            models.Index(
                fields=["starts_at"], name="meeting_start", condition=models.Q(cancelled=False)
            ),
        ]

    def __str__(self):
        return f"{self.series} {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("meeting-attendance", args=[self.pk])

    @property
    def office_id(self) -> int:
        """The series' office (for the audit trail; select the series with the meeting)."""
        return self.series.office_id

    @property
    def where(self) -> str:
        return self.place or self.series.place


class SignUp(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    series = models.ForeignKey(
        ActivitySeries, on_delete=models.CASCADE, related_name="sign_ups", verbose_name=_("series")
    )
    client = models.ForeignKey(
        Client, on_delete=models.PROTECT, related_name="activity_sign_ups", verbose_name=_("client")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    # The waiting list's order: a sign-up made again after cancelling joins at the end.
    signed_up_at = models.DateTimeField(_("signed up at"), default=timezone.now)
    signed_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("signed up by"),
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["signed_up_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["series", "client"], name="one_sign_up_per_client"),
        ]
        indexes = [
            # Counting a series' confirmed places and reading its waiting list in order.
            models.Index(fields=["series", "status", "signed_up_at"], name="signup_series_status"),
        ]

    def __str__(self):
        return f"{self.series}: {self.client.reference}"

    @property
    def office_id(self) -> int:
        return self.series.office_id


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("meeting")
    )
    sign_up = models.ForeignKey(
        SignUp, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("sign-up")
    )
    status = models.CharField(_("attendance"), max_length=10, choices=Status.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "sign_up"], name="one_mark_per_meeting"),
        ]

    def __str__(self):
        return self.get_status_display()


class Reminder(models.Model):
    """One reminder per participant per meeting: the row makes a second one impossible."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("meeting")
    )
    sign_up = models.ForeignKey(
        SignUp, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("sign-up")
    )
    message = models.ForeignKey(
        OutgoingMessage,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("e-mail"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "sign_up"], name="one_reminder_per_meeting"),
        ]

    def __str__(self):
        return f"{self.meeting} #{self.sign_up_id}"
