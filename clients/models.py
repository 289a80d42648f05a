from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from .languages import CLIENT_LANGUAGES
from .names import search_name

UNDETERMINED_CITIZENSHIP = "XX"  # added to the country list in settings (COUNTRIES_OVERRIDE)


class Segment(models.TextChoices):
    TCN_WORK = "tcn_work", _("Third-country national: work or business")
    TCN_STUDY = "tcn_study", _("Third-country national: studies")
    TCN_FAMILY = "tcn_family", _("Third-country national: family member")
    EU_CITIZEN = "eu_citizen", _("EU/EEA or Swiss citizen")
    EU_FAMILY = "eu_family", _("Family member of an EU citizen")
    BIP = "bip", _("Beneficiary of international protection")
    TEMP_PROTECTION = "temp_protection", _("Temporary protection")
    ASYLUM_SEEKER = "asylum_seeker", _("Applicant for international protection")
    UNDETERMINED = "undetermined", _("Undetermined citizenship")
    LONG_TERM = "long_term", _("Settled for over five years")
    RETURNEE = "returnee", _("Returning citizen or descendant")
    UNKNOWN = "unknown", _("Not stated")


class LegalStatus(models.TextChoices):
    TEMPORARY_PERMIT = "temporary_permit", _("Temporary residence permit")
    LONG_TERM_RESIDENT = "long_term_resident", _("Long-term resident")
    EU_RIGHT = "eu_right", _("EU right of residence")
    TEMPORARY_PROTECTION = "temporary_protection", _("Temporary protection")
    INTERNATIONAL_PROTECTION = "international_protection", _("International protection")
    APPLICANT = "applicant", _("Applying for international protection")
    VISA = "visa", _("Visa or visa-free stay")
    CITIZEN = "citizen", _("Citizen")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Not known")


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Another gender")


class Household(models.Model):
    """People who live and are helped together: a family that came together, a parent
    and children. A case may belong to the whole household."""

    name = models.CharField(
        _("household name"),
        max_length=150,
        help_text=_("How staff refer to it, e.g. the family name."),
    )
    # The office that started it (a plain id, as on Client).
    registered_office_id = models.BigIntegerField(_("registered at office"), null=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["created_at"])

    class Meta:
        verbose_name = _("household")
        verbose_name_plural = _("households")
        ordering = ["name", "id"]

    def __str__(self):
        return self.name

    @property
    def reference(self) -> str:
        return f"H-{self.pk:06d}"


class Relationship(models.TextChoices):
    """How a member is related to the household's main applicant."""

    APPLICANT = "applicant", _("Main applicant")
    PARTNER = "partner", _("Spouse or partner")
    CHILD = "child", _("Child")
    PARENT = "parent", _("Parent")
    SIBLING = "sibling", _("Brother or sister")
    RELATIVE = "relative", _("Other relative")
    OTHER = "other", _("Other")


class Client(models.Model):
    """A person the service helps."""

    given_name = models.CharField(_("given name"), max_length=150)
    family_name = models.CharField(_("family name"), max_length=150, blank=True)
    given_name_original = models.CharField(
        _("given name in the original script"), max_length=150, blank=True
    )
    family_name_original = models.CharField(
        _("family name in the original script"), max_length=150, blank=True
    )
    preferred_name = models.CharField(_("preferred name"), max_length=150, blank=True)
    birth_date = models.DateField(_("date of birth"), null=True, blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    citizenship = CountryField(_("citizenship"), blank=True)
    segment = models.CharField(
        _("client segment"), max_length=20, choices=Segment.choices, default=Segment.UNKNOWN
    )
    legal_status = models.CharField(
        _("legal status"),
        max_length=30,
        choices=LegalStatus.choices,
        default=LegalStatus.UNKNOWN,
    )
    arrival_date = models.DateField(_("arrival date"), null=True, blank=True)
    first_permit_date = models.DateField(
        _("first residence permit"),
        null=True,
        blank=True,
        help_text=_("Adaptation programmes are open for five years after it."),
    )
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=CLIENT_LANGUAGES, blank=True
    )
    other_languages = ArrayField(
        models.CharField(max_length=10, choices=CLIENT_LANGUAGES),
        verbose_name=_("other languages"),
        default=list,
        blank=True,
    )
    interpreter_needed = models.BooleanField(_("needs an interpreter"), default=False)
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=10, choices=CLIENT_LANGUAGES, blank=True
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)  # E.164
    id_code = models.CharField(_("personal ID code"), max_length=20, blank=True)
    # The office that registered the person (counselling.Office; a plain id because
    # client data knows no other app). Staff of that office see the client at once.
    registered_office_id = models.BigIntegerField(_("registered at office"), null=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registered by"),
    )
    household = models.ForeignKey(
        Household,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("household"),
    )
    relationship = models.CharField(
        _("relationship in the household"), max_length=20, choices=Relationship.choices, blank=True
    )
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("merged into"),
    )
    search_name = models.TextField(editable=False, default="")
    # Set when the person's data was erased on their request (privacy.services): the row
    # stays, empty, so what the statistics counted still adds up.
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True, editable=False)
    # Set while processing is restricted (privacy.services.restrict, which keeps the
    # reason): the record is read-only and left out of surveys and e-mails
    # (clients.restriction). A copy here, because client data knows no other app.
    restricted_at = models.DateTimeField(
        _("processing restricted since"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords(
        excluded_fields=["search_name", "erased_at", "restricted_at", "created_at", "updated_at"]
    )

    # What staff edit on the profile page (and the API's PATCH).
    PROFILE_FIELDS = (
        "given_name",
        "family_name",
        "given_name_original",
        "family_name_original",
        "preferred_name",
        "birth_date",
        "gender",
        "id_code",
        "citizenship",
        "segment",
        "legal_status",
        "arrival_date",
        "first_permit_date",
        "municipality",
        "preferred_language",
        "other_languages",
        "interpreter_needed",
        "interpreter_language",
        "email",
        "phone",
    )
    NAME_FIELDS = (
        "given_name",
        "family_name",
        "given_name_original",
        "family_name_original",
        "preferred_name",
    )

    class Meta:
        verbose_name = _("client")
        verbose_name_plural = _("clients")
        ordering = ["family_name", "given_name", "id"]
        indexes = [
            # Name search in any script, typos tolerated (trigram word similarity).
            GinIndex(fields=["search_name"], name="client_name_trgm", opclasses=["gin_trgm_ops"]),
            # Search by identifier, and duplicate detection by code or birth date.
            models.Index(
                fields=["id_code"], name="client_id_code", condition=~models.Q(id_code="")
            ),
            models.Index(fields=["phone"], name="client_phone", condition=~models.Q(phone="")),
            models.Index(fields=["email"], name="client_email", condition=~models.Q(email="")),
            models.Index(fields=["birth_date"], name="client_birth_date"),
            # The access policy: clients registered at my offices.
            models.Index(fields=["registered_office_id"], name="client_registered_office"),
        ]

    def __str__(self):
        if self.erased_at:
            return str(_("Erased client %(reference)s") % {"reference": self.reference})
        return f"{self.given_name} {self.family_name}".strip()

    def save(self, *args, **kwargs):
        self.search_name = search_name(*(getattr(self, field) for field in self.NAME_FIELDS))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) & set(self.NAME_FIELDS):
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("client-detail", args=[self.pk])

    @property
    def reference(self) -> str:
        """A pseudonymous number staff can say aloud and write in the audit log."""
        return f"C-{self.pk:06d}"

    @property
    def original_name(self) -> str:
        return f"{self.given_name_original} {self.family_name_original}".strip()


class Consent(models.Model):
    """What the client agreed to, and since when; withdrawing keeps the record."""

    class Scope(models.TextChoices):
        PROCESSING = "processing", _("Processing of personal data")
        SHARING = "sharing", _("Sharing with a partner organisation")
        CONTACT_EMAIL = "contact_email", _("Contact by e-mail")
        CONTACT_PHONE = "contact_phone", _("Contact by phone")

    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="consents", verbose_name=_("client")
    )
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    partner_name = models.CharField(
        _("partner organisation"),
        max_length=200,
        blank=True,
        help_text=_("For sharing: the organisation the client agreed to."),
    )
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("withdrawn by"),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(scope="sharing") | ~models.Q(partner_name=""),
                name="consent_sharing_names_partner",
            ),
        ]

    def __str__(self):
        return f"{self.get_scope_display()} ({self.given_at:%Y-%m-%d})"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class Topic(models.Model):
    """The two-level topic taxonomy (DOMAIN.md §3, loaded from taxonomy.txt). Codes are
    stable; names are translated (django-modeltranslation: name_en, name_et, …)."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent topic"),
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["position"]

    def __str__(self):
        return self.name
