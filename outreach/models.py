"""Outreach: pop-up desks, community visits and fairs, the anonymous tallies counted
there, and the contacts who wanted more and became inquiries."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from channels.models import Inquiry
from clients.languages import CLIENT_LANGUAGES
from clients.models import Topic
from counselling.models import CounsellingSession, Office


class EventKind(models.TextChoices):
    POP_UP = "pop_up", _("Pop-up desk")
    COMMUNITY_VISIT = "community_visit", _("Community visit")
    FAIR = "fair", _("Fair")
    OTHER = "other", _("Other")


class OutreachEvent(models.Model):
    """Staff of an office out where people are, at a place and a time."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.POP_UP
    )
    title = models.CharField(_("title"), max_length=200)
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="outreach_events", verbose_name=_("office")
    )
    place = models.CharField(_("place"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="outreach_events",
        blank=True,
        verbose_name=_("staff present"),
    )
    partner = models.CharField(_("partner or community group"), max_length=200, blank=True)
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("About the event; no names or other personal data.")
    )
    # Counselling sessions held at the event (channel "outreach"), linked afterwards.
    sessions = models.ManyToManyField(
        CounsellingSession,
        related_name="outreach_events",
        blank=True,
        verbose_name=_("counselling sessions"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("outreach event")
        verbose_name_plural = _("outreach events")
        ordering = ["-starts_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="outreach_event_ends_after_start",
                violation_error_message=_("The event must end after it starts."),
            ),
        ]
        indexes = [
            # The event list and the statistics: an office's events in a period.
            models.Index(fields=["office", "starts_at"], name="outreach_office_time"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("outreach-detail", args=[self.pk])

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError(
                {"ends_at": _("The event must end after it starts.")}, code="ends_before_start"
            )

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()


class Tally(models.Model):
    """How many people asked about a topic in a language at an event: a count and
    nothing else, so no row can ever hold personal data."""

    event = models.ForeignKey(
        OutreachEvent, on_delete=models.CASCADE, related_name="tallies", verbose_name=_("event")
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="+", verbose_name=_("topic")
    )
    language = models.CharField(_("language"), max_length=10, choices=CLIENT_LANGUAGES)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("tally")
        verbose_name_plural = _("tallies")
        ordering = ["event", "topic__position", "language"]
        constraints = [
            # One counter per event, topic and language: a tap is an upsert on it.
            models.UniqueConstraint(
                fields=["event", "topic", "language"], name="outreach_tally_once"
            ),
        ]

    def __str__(self):
        return f"{self.event_id} {self.topic_id} {self.language}: {self.count}"


class OutreachContact(models.Model):
    """A person met at the event who wanted an answer later: their inquiry (which holds
    what they chose to give), tied to the event it came from."""

    event = models.ForeignKey(
        OutreachEvent, on_delete=models.PROTECT, related_name="contacts", verbose_name=_("event")
    )
    inquiry = models.OneToOneField(
        Inquiry,
        on_delete=models.CASCADE,
        related_name="outreach_contact",
        verbose_name=_("inquiry"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("outreach contact")
        verbose_name_plural = _("outreach contacts")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.event_id} {self.inquiry_id}"
