"""Volunteers (a roster, not staff users) and their matches with clients.

A volunteer sees nothing of a client beyond what the match shares: the fields named in
Match.shared_fields, rendered by volunteers/sharing.py and nowhere else.
"""

from datetime import date

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Client
from counselling.models import Office


class SupportKind(models.TextChoices):
    ADAPTATION_MENTOR = "adaptation_mentor", _("Adaptation mentor")
    LANGUAGE_PARTNER = "language_partner", _("Language partner")
    WORK_MENTOR = "work_mentor", _("Work mentor")
    PEER_COUNSELLOR = "peer_counsellor", _("Peer counsellor")


class Volunteer(models.Model):
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    offices = models.ManyToManyField(Office, related_name="volunteers", verbose_name=_("offices"))
    kinds = ArrayField(
        models.CharField(max_length=30, choices=SupportKind.choices),
        default=list,
        verbose_name=_("kinds of support"),
    )
    languages = ArrayField(
        models.CharField(max_length=10, choices=CLIENT_LANGUAGES),
        default=list,
        verbose_name=_("languages"),
    )
    skills = ArrayField(
        models.CharField(max_length=60),
        default=list,
        blank=True,
        verbose_name=_("skills"),
        help_text=_("Short tags separated by commas, e.g. CV writing, driving, IT."),
    )
    availability = models.TextField(_("availability"), blank=True)
    places = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        verbose_name=_("places"),
        help_text=_("Municipalities or districts, separated by commas."),
    )
    background_checked_on = models.DateField(_("background check done"), null=True, blank=True)
    background_check_expires_on = models.DateField(
        _("background check expires"), null=True, blank=True
    )
    training = models.TextField(_("training completed"), blank=True)
    trained_on = models.DateField(_("training completed on"), null=True, blank=True)
    agreement_signed_on = models.DateField(_("agreement signed"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)
    # The day the volunteer was made inactive: the retention period runs from it.
    left_on = models.DateField(_("left on"), null=True, blank=True, editable=False)
    # A peer counsellor's limited account (role "volunteer"): it sees their own matches.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="volunteer",
        verbose_name=_("limited account"),
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["first_name", "last_name", "pk"]
        indexes = [
            # Suggestions: active volunteers who speak one of the client's languages.
            GinIndex(fields=["languages"], name="volunteer_languages"),
            # The alert: background checks expiring soon.
            models.Index(
                fields=["background_check_expires_on"],
                name="volunteer_check_expiry",
                condition=models.Q(active=True),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(background_check_expires_on__isnull=True)
                | models.Q(background_checked_on__isnull=True)
                | models.Q(background_check_expires_on__gte=models.F("background_checked_on")),
                name="volunteer_check_expires_after_done",
            )
        ]

    def __str__(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_absolute_url(self):
        return reverse("volunteer-detail", args=[self.pk])

    def kind_labels(self) -> list[str]:
        return [str(SupportKind(kind).label) for kind in self.kinds if kind in SupportKind.values]

    def language_names(self) -> list[str]:
        names = dict(CLIENT_LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages]

    def check_valid_on(self, day: date) -> bool:
        """A background check is done and has not expired on `day`."""
        if self.background_checked_on is None or self.background_check_expires_on is None:
            return False
        return self.background_checked_on <= day <= self.background_check_expires_on


# What a match may show the volunteer of the client (volunteers/sharing.py renders them).
SHARED_FIELDS = {
    "first_name": _("First name"),
    "languages": _("Languages"),
    "district": _("District"),
    "phone": _("Phone"),
    "needs": _("Needs summary"),
}
DEFAULT_SHARED = ["first_name", "languages"]


class Match(models.Model):
    """A client and a volunteer for one kind of support, in an office. Made and ended
    only through volunteers/services.py, which refuses an invalid background check and
    an overlapping match for the same client and kind."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    class Outcome(models.TextChoices):
        GOALS_MET = "goals_met", _("Goals met")
        PARTLY_MET = "partly_met", _("Partly met")
        ENDED_EARLY = "ended_early", _("Ended early")
        NO_CONTACT = "no_contact", _("No contact")

    client = models.ForeignKey(
        Client, on_delete=models.PROTECT, related_name="+", verbose_name=_("client")
    )
    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.PROTECT, related_name="matches", verbose_name=_("volunteer")
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="+", verbose_name=_("office")
    )
    kind = models.CharField(_("kind of support"), max_length=30, choices=SupportKind.choices)
    starts_on = models.DateField(_("start"))
    planned_end_on = models.DateField(_("planned end"), null=True, blank=True)
    ended_on = models.DateField(_("ended"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    outcome_note = models.TextField(_("outcome note"), blank=True)
    shared_fields = ArrayField(
        models.CharField(max_length=20),
        default=list,
        verbose_name=_("shared with the volunteer"),
    )
    needs = models.TextField(
        _("needs summary"),
        blank=True,
        help_text=_("Written for the volunteer; shown only if you share it."),
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("made by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("volunteer match")
        verbose_name_plural = _("volunteer matches")
        indexes = [
            # The overlap check and the client page: a client's matches of one kind.
            models.Index(fields=["client", "kind"], name="match_client_kind"),
            # Suggestions count each volunteer's open matches; the volunteer's own page.
            models.Index(
                fields=["volunteer"],
                name="match_volunteer_active",
                condition=models.Q(status="active"),
            ),
            # The coordinator's alerts: an office's active matches.
            models.Index(
                fields=["office"], name="match_office_active", condition=models.Q(status="active")
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(planned_end_on__isnull=True)
                | models.Q(planned_end_on__gte=models.F("starts_on")),
                name="match_planned_end_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True)
                | models.Q(ended_on__gte=models.F("starts_on")),
                name="match_end_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.volunteer}"

    def get_absolute_url(self):
        return reverse("match-detail", args=[self.pk])

    @property
    def reference(self) -> str:
        return f"M-{self.pk:06d}"


class CheckIn(models.Model):
    """A coordinator's note of how a match is going."""

    match = models.ForeignKey(
        Match, on_delete=models.CASCADE, related_name="check_ins", verbose_name=_("match")
    )
    on = models.DateField(_("date"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    note = models.TextField(_("note"), blank=True)
    next_on = models.DateField(_("next check-in"), null=True, blank=True)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["-on", "-pk"]
        indexes = [
            # A match's check-ins, newest first, and its latest one (the alert).
            models.Index(fields=["match", "-on"], name="check_in_match_date"),
        ]

    def __str__(self):
        return f"{self.match_id}: {self.on}"
