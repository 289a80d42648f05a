from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CounsellingConfig(AppConfig):
    default = True
    name = "counselling"
    verbose_name = _("Counselling")


class SiltaAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "counselling.adminsite.SiltaAdminSite"
