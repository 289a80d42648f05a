"""Client monitoring: short satisfaction surveys after an inquiry is closed or a session.

An invitation is a single-use link; its answer is kept apart from the people who did the
work, so counsellors never see who said what. The office, channel, topic and language
of the contact are copied onto the invitation: results are counted by them, and a
contact deleted later (retention) leaves the statistics whole.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(24)


# Letters and digits nobody mistakes for one another, for a link typed from a screen.
DESK_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


def desk_token() -> str:
    """Ten characters (about 50 bits): short enough to type from the desk's screen, far
    too many to guess, and a guess only ever answers one survey."""
    return "".join(secrets.choice(DESK_ALPHABET) for _ in range(10))


class SurveyInvitation(models.Model):
    class Source(models.TextChoices):
        INQUIRY = "inquiry", _("Inquiry closed")
        SESSION = "session", _("Session logged")

    class Delivery(models.TextChoices):
        EMAIL = "email", _("By e-mail")
        DESK = "desk", _("At the desk")

    token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    source = models.CharField(_("after"), max_length=20, choices=Source.choices)
    source_id = models.BigIntegerField()
    delivery = models.CharField(
        _("handed over"), max_length=10, choices=Delivery.choices, default=Delivery.EMAIL
    )
    office = models.ForeignKey(
        "counselling.Office", on_delete=models.PROTECT, related_name="+", verbose_name=_("office")
    )
    channel = models.CharField(_("channel"), max_length=20)
    topic_code = models.CharField(_("topic"), max_length=50, blank=True)
    # The language the invitation speaks (one of Silta's), and the newcomer's own, which
    # the results are filtered by (a Somali speaker may be asked in English).
    language = models.CharField(_("language"), max_length=10)
    contact_language = models.CharField(_("language of the contact"), max_length=10, blank=True)
    # For the person's own access request (issue 10), never shown with answers.
    client = models.ForeignKey(
        "clients.Client", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("invited at"), default=timezone.now)

    class Meta:
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        constraints = [
            # One invitation per closed inquiry or session, however often the invitation
            # run repeats, and whether it went by e-mail or was shown at the desk.
            models.UniqueConstraint(fields=["source", "source_id"], name="one_invitation_each")
        ]
        indexes = [
            # "Was this client asked lately?" (one invitation per client per window).
            models.Index(fields=["client", "-created_at"], name="survey_client_recent"),
        ]

    def __str__(self):
        return f"{self.source} {self.source_id}"

    def get_absolute_url(self):
        return reverse("survey", args=[self.token])


class SurveyAnswer(models.Model):
    class Information(models.TextChoices):
        YES = "yes", _("Yes")
        PARTLY = "partly", _("Partly")
        NO = "no", _("No")

    invitation = models.OneToOneField(
        SurveyInvitation, on_delete=models.CASCADE, related_name="answer"
    )
    rating = models.PositiveSmallIntegerField(_("rating"))
    got_information = models.CharField(
        _("got the information needed"), max_length=10, choices=Information.choices
    )
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    answered_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="rating_one_to_five"
            )
        ]

    def __str__(self):
        return f"{self.invitation} {self.rating}"


def report_file_expiry():
    return timezone.now() + timedelta(days=settings.REPORT_FILE_DAYS)


class ReportFile(models.Model):
    """A report made in the background for the person who asked, downloadable by them
    alone until it expires. The bytes live in the row: the web and the worker may run
    on different machines, and deleting the row deletes the file with it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Being made")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("requested by"),
    )
    kind = models.SlugField(_("kind"), max_length=50)
    # What the builder needs (a period, an office id …), never personal data.
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    message = models.CharField(_("message"), max_length=300, blank=True)
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    content = models.BinaryField(_("content"), blank=True, default=bytes)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    downloaded_at = models.DateTimeField(_("last downloaded at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), default=report_file_expiry)

    class Meta:
        verbose_name = _("report file")
        verbose_name_plural = _("report files")
        indexes = [
            # "My report files" on a report page, newest first.
            models.Index(fields=["requested_by", "-created_at"], name="report_file_mine"),
            # The periodic clean-up of expired files.
            models.Index(fields=["expires_at"], name="report_file_expires"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="report_file_progress_percent"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.pk} {self.status}"

    def get_absolute_url(self):
        return reverse("report-file", args=[self.pk])

    @property
    def done(self) -> bool:
        return self.status in (self.Status.READY, self.Status.FAILED)
