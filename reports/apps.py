from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from clients.signals import client_merged

        # funder_exports and period_report register their report file builders.
        from . import funder_exports, period_report, surveys  # noqa: F401

        client_merged.connect(surveys.move_invitations, dispatch_uid="reports.move_invitations")
