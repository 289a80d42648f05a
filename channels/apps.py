from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "channels"
    verbose_name = _("Channels")

    def ready(self):
        from django.core import checks
        from django.db.models.signals import post_delete, post_save

        from clients.signals import client_merged
        from counselling.models import Office

        from . import services
        from .checks import holiday_country

        checks.register(holiday_country)

        client_merged.connect(services.move_inquiries, dispatch_uid="channels.move_inquiries")
        forget = services.forget_default_office
        post_save.connect(forget, sender=Office, dispatch_uid="forget_default_office_saved")
        post_delete.connect(forget, sender=Office, dispatch_uid="forget_default_office_deleted")
