"""The partner directory: organisations of the guidance network and the services they
offer (DOMAIN.md §4). Names, descriptions and eligibility are translated
(referrals/translation.py)."""

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from clients.models import Topic


class Organisation(models.Model):
    class Kind(models.TextChoices):
        MIGRATION = "migration", _("Migration")
        EMPLOYMENT = "employment", _("Employment")
        SOCIAL_INSURANCE = "social_insurance", _("Social insurance")
        HEALTH_INSURANCE = "health_insurance", _("Health insurance")
        REGISTERS = "registers", _("Registers and tax")
        MUNICIPALITY = "municipality", _("Municipality")
        INTEGRATION = "integration", _("Integration and language")
        RIGHTS = "rights", _("Rights and equal treatment")
        NGO = "ngo", _("Non-governmental organisation")

    # A stable id shared with other directories (Open Referral HSDS `id`).
    uid = models.UUIDField(_("shared id"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    country = CountryField(_("country"))
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(
        _("referral e-mail"), help_text=_("Where referrals to this organisation are sent.")
    )
    language = models.CharField(
        _("language of correspondence"), max_length=10, choices=settings.LANGUAGES
    )
    attach_pdf = models.BooleanField(
        _("attach a PDF referral letter"),
        default=False,
        help_text=_("Only for partners who agreed to receive client details by e-mail."),
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Service(models.Model):
    uid = models.UUIDField(_("shared id"), default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="services",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    eligibility = models.TextField(_("who can use it"), blank=True)
    topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    languages = ArrayField(
        models.CharField(max_length=10),
        default=list,
        blank=True,
        verbose_name=_("languages served"),
        help_text=_("Language codes separated by commas, e.g. et,ru,en."),
    )
    places = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        verbose_name=_("places"),
        help_text=_("Towns served, separated by commas; empty for the whole country."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    response_days = models.PositiveSmallIntegerField(_("answers within (working days)"), default=10)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("partner service")
        verbose_name_plural = _("partner services")
        ordering = ["organisation__name", "name"]
        indexes = [models.Index(fields=["active"])]

    def __str__(self):
        return f"{self.organisation}: {self.name}"


class PartnerMember(models.Model):
    """A partner user's organisation: their account sees that organisation's referrals."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_member",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="members",
        verbose_name=_("organisation"),
    )

    class Meta:
        verbose_name = _("partner user")
        verbose_name_plural = _("partner users")

    def __str__(self):
        return f"{self.user} ({self.organisation})"


# What a counsellor may share with a partner, in the order a partner reads them. The
# referral keeps the values it was sent with, so the partner sees exactly the preview.
SHARED_FIELDS = {
    "name": _("Name"),
    "language": _("Language and interpreter"),
    "birth_date": _("Date of birth"),
    "phone": _("Phone"),
    "email": _("E-mail"),
    "municipality": _("Municipality"),
    "legal_status": _("Residence status"),
}
MINIMUM_SHARED = ["name", "language"]


class Referral(models.Model):
    """A client sent to a partner's service from a case. The status changes only in
    referrals/services.py, which checks TRANSITIONS and writes a ReferralEvent."""

    class Status(models.TextChoices):
        SENT = "sent", _("Sent")
        ACCEPTED = "accepted", _("Accepted")
        COMPLETED = "completed", _("Completed")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        FAILED = "failed", _("Not delivered")

    TRANSITIONS: dict[str, set[str]] = {
        Status.SENT: {Status.ACCEPTED, Status.DECLINED, Status.WITHDRAWN, Status.FAILED},
        Status.ACCEPTED: {Status.COMPLETED, Status.WITHDRAWN},
    }
    # The partner no longer sees the shared details once a referral is in one of these.
    CLOSED = {Status.COMPLETED, Status.DECLINED, Status.WITHDRAWN, Status.FAILED}

    class DeclineReason(models.TextChoices):
        NOT_ELIGIBLE = "not_eligible", _("The person is not eligible for this service")
        NO_CAPACITY = "no_capacity", _("No capacity at the moment")
        OTHER_SERVICE = "other_service", _("Another service fits the need better")
        NOT_ENOUGH_INFORMATION = "not_enough_information", _("Not enough information")
        DUPLICATE = "duplicate", _("The person is already our client")
        OTHER = "other", _("Other reason")

    class Outcome(models.TextChoices):
        PROVIDED = "provided", _("Service provided")
        PARTLY_PROVIDED = "partly_provided", _("Service partly provided")
        DID_NOT_COME = "did_not_come", _("The person did not come")
        UNREACHABLE = "unreachable", _("The person could not be reached")
        REFERRED_ON = "referred_on", _("Referred on to another service")

    class LegalBasis(models.TextChoices):
        VITAL_INTERESTS = (
            "vital_interests",
            _("Vital interests of the person (GDPR Art. 6(1)(d) and 9(2)(c))"),
        )
        LEGAL_OBLIGATION = "legal_obligation", _("Legal obligation (GDPR Art. 6(1)(c))")
        PUBLIC_TASK = "public_task", _("Public task laid down by law (GDPR Art. 6(1)(e))")
        CHILD_PROTECTION = (
            "child_protection",
            _("Duty to notify child protection (Child Protection Act)"),
        )

    # The partner's link carries this, never the row id.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    client = models.ForeignKey(
        "clients.Client",
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("client"),
    )
    case = models.ForeignKey(
        "counselling.Case",
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("case"),
    )
    office = models.ForeignKey(
        "counselling.Office", on_delete=models.PROTECT, related_name="+", verbose_name=_("office")
    )
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="referrals", verbose_name=_("service")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("organisation"),
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="referrals_made",
        verbose_name=_("referred by"),
    )
    reason = models.TextField(_("reason for the referral"))
    shared = models.JSONField(_("details shared"), default=dict, blank=True)
    wished_by = models.DateField(_("answer wished by"))
    language = models.CharField(_("language of correspondence"), max_length=10)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SENT
    )
    consent = models.ForeignKey(
        "clients.Consent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="referrals",
        verbose_name=_("consent"),
    )
    override_basis = models.CharField(
        _("legal basis without consent"), max_length=30, choices=LegalBasis.choices, blank=True
    )
    override_reason = models.TextField(_("why consent could not be asked"), blank=True)
    decline_reason = models.CharField(
        _("reason for declining"), max_length=30, choices=DeclineReason.choices, blank=True
    )
    outcome = models.CharField(_("outcome"), max_length=30, choices=Outcome.choices, blank=True)
    delivery = models.ForeignKey(
        "counselling.OutgoingMessage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("delivery e-mail"),
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    reminded_at = models.DateTimeField(_("partner reminded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(consent__isnull=False) | ~models.Q(override_basis=""),
                name="referral_has_consent_or_legal_basis",
            ),
        ]
        indexes = [
            # The referral list of an office, newest first.
            models.Index(fields=["office", "-created_at"], name="referral_office_time"),
            # The client page's timeline.
            models.Index(fields=["client", "-created_at"], name="referral_client_time"),
            # The reminder run: unanswered referrals past their wished date.
            models.Index(
                fields=["wished_by"],
                name="referral_unanswered",
                condition=models.Q(status="sent", reminded_at__isnull=True),
            ),
        ]

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("referral-detail", args=[self.pk])

    @property
    def reference(self) -> str:
        return f"R-{self.pk:06d}"

    @property
    def is_open_to_partner(self) -> bool:
        return self.status not in self.CLOSED

    @property
    def is_overdue(self) -> bool:
        return self.status == self.Status.SENT and self.wished_by < timezone.localdate()

    @property
    def overrides_consent(self) -> bool:
        return bool(self.override_basis)


class ReferralEvent(models.Model):
    """One step on a referral's timeline: sent, accepted, declined, an outcome …"""

    referral = models.ForeignKey(
        Referral, on_delete=models.CASCADE, related_name="events", verbose_name=_("referral")
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    status = models.CharField(_("status"), max_length=20, choices=Referral.Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    # A partner answering through the link has no account; the event still says so.
    by_partner = models.BooleanField(_("by the partner"), default=False)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("referral event")
        verbose_name_plural = _("referral events")
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.referral} {self.status}"


class PartnerCode(models.Model):
    """A one-time code e-mailed to the organisation's registered address: with the link,
    it opens the referral's details in this browser. Only a keyed hash is kept."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="codes")
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            # The code check: the referral's latest code.
            models.Index(fields=["referral", "-created_at"], name="partner_code_latest"),
        ]

    def __str__(self):
        return f"code for {self.referral}"
