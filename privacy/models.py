"""Data-protection settings and decisions: how long each kind of record is kept, and
the clients whose records must not be removed (legal holds)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clients.models import Client

from .kinds import DEFAULTS, Action, RecordKind

# A hundred years: beyond it a period is a typing mistake, not a decision.
MAX_DAYS = 36_500


class RetentionRule(models.Model):
    """How long one kind of record is kept, and why. One row per kind, seeded with the
    defaults (privacy.kinds) by a migration; administrators change them."""

    kind = models.CharField(
        _("kind of record"), max_length=30, choices=RecordKind.choices, unique=True
    )
    days = models.PositiveIntegerField(
        _("kept for (days)"),
        validators=[
            MinValueValidator(1, _("A period must be at least one day.")),
            MaxValueValidator(MAX_DAYS, _("A period can be at most %(limit_value)s days.")),
        ],
    )
    action = models.CharField(_("then"), max_length=20, choices=Action.choices)
    # Empty: the standard text (privacy.kinds), shown in the reader's language.
    legal_basis = models.TextField(
        _("legal basis"), blank=True, help_text=_("Leave empty for the standard text.")
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )

    class Meta:
        verbose_name = _("retention rule")
        verbose_name_plural = _("retention rules")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(days__gte=1, days__lte=MAX_DAYS), name="retention_days_range"
            ),
        ]

    def __str__(self):
        return str(self.get_kind_display())

    @property
    def standard_basis(self) -> str:
        return str(DEFAULTS[self.kind].legal_basis)

    @property
    def basis(self) -> str:
        return self.legal_basis or self.standard_basis

    @property
    def since(self) -> str:
        return str(DEFAULTS[self.kind].since)


class LegalHoldQuerySet(models.QuerySet):
    def active(self) -> "LegalHoldQuerySet":
        return self.filter(lifted_at__isnull=True)


class LegalHold(models.Model):
    """While a hold is active (an open complaint, a court case), nothing of the client is
    anonymised or erased."""

    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="legal_holds", verbose_name=_("client")
    )
    reason = models.TextField(_("reason"))
    placed_at = models.DateTimeField(_("placed"), default=timezone.now)
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("placed by"),
    )
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lifted by"),
    )
    lift_reason = models.TextField(_("why it was lifted"), blank=True)

    objects = LegalHoldQuerySet.as_manager()

    class Meta:
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")
        ordering = ["-placed_at", "-id"]
        constraints = [
            # One active hold per client: a second reason is added to the first.
            models.UniqueConstraint(
                fields=["client"],
                condition=models.Q(lifted_at__isnull=True),
                name="legal_hold_one_active_per_client",
            ),
        ]

    def __str__(self):
        return f"{self.client.reference}: {self.reason[:40]}"

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None


class RestrictionQuerySet(models.QuerySet):
    def active(self) -> "RestrictionQuerySet":
        return self.filter(lifted_at__isnull=True)


class Restriction(models.Model):
    """Restriction of processing (GDPR art. 18), e.g. while the accuracy of the record is
    contested: until it is lifted the record is read-only and the client is not surveyed
    or e-mailed (clients.restriction; Client.restricted_at mirrors the active one)."""

    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="restrictions", verbose_name=_("client")
    )
    reason = models.TextField(_("reason"))
    placed_at = models.DateTimeField(_("placed"), default=timezone.now)
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("placed by"),
    )
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lifted by"),
    )
    lift_reason = models.TextField(_("why it was lifted"), blank=True)

    objects = RestrictionQuerySet.as_manager()

    class Meta:
        verbose_name = _("restriction of processing")
        verbose_name_plural = _("restrictions of processing")
        ordering = ["-placed_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["client"],
                condition=models.Q(lifted_at__isnull=True),
                name="restriction_one_active_per_client",
            ),
        ]

    def __str__(self):
        return f"{self.client.reference}: {self.reason[:40]}"

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None
