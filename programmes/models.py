"""Programmes a client is enrolled in, with ordered phases (DOMAIN.md §1: a support
person for the first months, then coordinator reception, mentoring, closed).

A phase changes only in `services.move_to_phase`, which checks the allowed steps and
writes a PhaseSpell (the history row). Names are translated (programmes/translation.py).
`counselling.models.Programme` stays the label on a case; the codes here match it
where the two overlap.
"""

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.models import Client
from counselling.models import CounsellingSession, Office


class Programme(models.Model):
    code = models.SlugField(_("code"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    active = models.BooleanField(_("takes new enrolments"), default=True)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def first_phase(self) -> "Phase | None":
        return self.phases.filter(is_closing=False).order_by("order").first()


class Phase(models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="phases", verbose_name=_("programme")
    )
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"))
    expected_days = models.PositiveSmallIntegerField(
        _("expected duration (days)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a phase without an expected end."),
    )
    is_closing = models.BooleanField(
        _("closes the enrolment"), default=False, help_text=_("Moving here ends the enrolment.")
    )

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["programme", "order"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "order"], name="one_phase_per_place")
        ]

    def __str__(self):
        return self.name


class EnrolmentQuerySet(models.QuerySet):
    def open(self) -> "EnrolmentQuerySet":
        return self.filter(ended_at__isnull=True)

    def overrunning(self, today=None) -> "EnrolmentQuerySet":
        """Open enrolments whose phase has run past its expected duration."""
        return self.open().filter(phase_due_on__lt=today or timezone.localdate())


class Enrolment(models.Model):
    """A client's way through one programme at one office."""

    client = models.ForeignKey(
        Client, on_delete=models.PROTECT, related_name="enrolments", verbose_name=_("client")
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="enrolments", verbose_name=_("programme")
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="enrolments", verbose_name=_("office")
    )
    phase = models.ForeignKey(
        Phase, on_delete=models.PROTECT, related_name="+", verbose_name=_("phase")
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("responsible"),
    )
    phase_started_at = models.DateTimeField(_("phase started"), default=timezone.now)
    # The day after which the phase counts as overrunning; kept with the phase so that
    # "overrunning" is one indexed comparison (None: the phase has no expected end).
    phase_due_on = models.DateField(_("phase expected to end by"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["client", "programme"],
                condition=models.Q(ended_at__isnull=True),
                name="one_open_enrolment_per_programme",
                violation_error_message=_("This client is already enrolled in this programme."),
            )
        ]
        indexes = [
            # The programme page and "my work": open enrolments of an office by due day.
            models.Index(
                fields=["office", "phase_due_on"],
                name="enrolment_open_due",
                condition=models.Q(ended_at__isnull=True),
            ),
            # "My work": the responsible person's open enrolments.
            models.Index(
                fields=["responsible", "phase_due_on"],
                name="enrolment_responsible_due",
                condition=models.Q(ended_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.programme} — {self.phase}"

    def get_absolute_url(self):
        return reverse("enrolment-detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    def days_over(self, today=None) -> int:
        """How many days the current phase has run past its expected end (0 if not)."""
        if self.phase_due_on is None or not self.is_open:
            return 0
        return max(0, ((today or timezone.localdate()) - self.phase_due_on).days)


def due_on(phase: Phase, started_at) -> date | None:
    """The last day of a phase that started at `started_at` (None: no expected end)."""
    if phase.expected_days is None or phase.is_closing:
        return None
    return timezone.localdate(started_at) + timedelta(days=phase.expected_days)


class PhaseSpell(models.Model):
    """One stay of an enrolment in one phase: the history of who moved it, when, why."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="spells", verbose_name=_("enrolment")
    )
    phase = models.ForeignKey(
        Phase, on_delete=models.PROTECT, related_name="+", verbose_name=_("phase")
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("responsible"),
    )
    moved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("phase history entry")
        verbose_name_plural = _("phase history")
        ordering = ["enrolment", "started_at", "pk"]

    def __str__(self):
        return f"{self.phase} {self.started_at:%Y-%m-%d}"


class PlanGoal(models.Model):
    """A goal of the support-person plan, agreed with the client and reviewed at sessions."""

    class Kind(models.TextChoices):
        HOUSING = "housing", _("Housing found")
        FAMILY_DOCTOR = "family_doctor", _("Registered at a family doctor")
        SCHOOL = "school", _("Child in school or kindergarten")
        LANGUAGE = "language", _("Language course started")
        BANK = "bank", _("Bank account opened")
        PERSONAL_CODE = "personal_code", _("Personal code received")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    OPEN_STATUSES = (Status.PLANNED, Status.IN_PROGRESS)

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="goals", verbose_name=_("enrolment")
    )
    kind = models.CharField(_("goal"), max_length=20, choices=Kind.choices)
    description = models.CharField(_("details"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    target_on = models.DateField(_("target date"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_reviewed_at = models.DateTimeField(_("last reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("plan goal")
        verbose_name_plural = _("plan goals")
        ordering = ["enrolment", "target_on", "pk"]

    def __str__(self):
        return self.description or self.get_kind_display()

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class GoalReview(models.Model):
    """One look at a goal: its status then, who, when, and at which session."""

    goal = models.ForeignKey(
        PlanGoal, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("goal")
    )
    status = models.CharField(_("status"), max_length=20, choices=PlanGoal.Status.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    session = models.ForeignKey(
        CounsellingSession,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="goal_reviews",
        verbose_name=_("reviewed at session"),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("goal review")
        verbose_name_plural = _("goal reviews")
        ordering = ["goal", "at", "pk"]

    def __str__(self):
        return f"{self.goal} {self.status} {self.at:%Y-%m-%d}"
