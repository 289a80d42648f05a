from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = _("Referrals")

    def ready(self):
        from counselling.outbox import delivery_failed

        from .services import mark_undelivered

        delivery_failed.connect(mark_undelivered, dispatch_uid="referrals.mark_undelivered")
        from . import signals  # noqa: F401  (knowledge pages show services: see there)
