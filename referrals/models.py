"""The partner directory: organisations of the guidance network and the services they
offer (DOMAIN.md §4). Names, descriptions and eligibility are translated
(referrals/translation.py)."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
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
