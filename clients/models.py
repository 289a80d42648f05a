from django.db import models
from django.utils.translation import gettext_lazy as _


class Client(models.Model):
    """A person the service helps. The casework issue adds the full profile."""

    given_name = models.CharField(_("given name"), max_length=150)
    family_name = models.CharField(_("family name"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("client")
        verbose_name_plural = _("clients")
        ordering = ["family_name", "given_name", "id"]

    def __str__(self):
        return f"{self.given_name} {self.family_name}".strip()

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("client-detail", args=[self.pk])

    @property
    def reference(self) -> str:
        """A pseudonymous number staff can say aloud and write in the audit log."""
        return f"C-{self.pk:06d}"
