"""Adviser training: modules of required staff-only knowledge pages, and who has read
which: staff users, or volunteers on the roster. A completion belongs to a page, not a
module, so a page required by two modules is read once."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from counselling.models import Role
from knowledge.models import Page
from volunteers.models import Volunteer


class TrainingModule(models.Model):
    class Audience(models.TextChoices):
        COUNSELLORS = "counsellors", _("Counsellors and support persons")
        VOLUNTEERS = "volunteers", _("Volunteers")
        ALL = "all", _("Everyone")

    # Which staff roles each audience covers (volunteers are not staff users; the
    # roster's volunteers are covered by VOLUNTEER_AUDIENCES).
    ROLES = {
        Audience.COUNSELLORS: (Role.COUNSELLOR, Role.COORDINATOR),
        Audience.VOLUNTEERS: (),
        Audience.ALL: (Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN),
    }

    # Which audiences cover the volunteers on the roster.
    VOLUNTEER_AUDIENCES = (Audience.VOLUNTEERS, Audience.ALL)

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    audience = models.CharField(
        _("for"), max_length=20, choices=Audience.choices, default=Audience.COUNSELLORS
    )
    pages = models.ManyToManyField(
        Page,
        related_name="training_modules",
        verbose_name=_("required pages"),
        limit_choices_to={"audience": Page.Audience.STAFF},
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def audiences_for(cls, role: str) -> list[str]:
        return [audience for audience, roles in cls.ROLES.items() if role in roles]


class Completion(models.Model):
    """A staff user, or a volunteer on the roster (who has no account), has read a
    required page. Exactly one of the two is set."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="training_completions",
        verbose_name=_("who"),
    )
    volunteer = models.ForeignKey(
        Volunteer,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="training_completions",
        verbose_name=_("volunteer"),
    )
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="completions", verbose_name=_("page")
    )
    completed_at = models.DateTimeField(_("completed"), default=timezone.now)

    class Meta:
        verbose_name = _("completion")
        verbose_name_plural = _("completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="one_completion_per_page"),
            models.UniqueConstraint(
                fields=["volunteer", "page"], name="one_volunteer_completion_per_page"
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, volunteer__isnull=True)
                | models.Q(user__isnull=True, volunteer__isnull=False),
                name="completion_by_a_user_or_a_volunteer",
            ),
        ]

    def __str__(self):
        return f"{self.user or self.volunteer} {self.page} {self.completed_at:%Y-%m-%d}"
