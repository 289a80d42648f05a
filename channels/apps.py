from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "channels"
    verbose_name = _("Channels")

    def ready(self):
        from clients.signals import client_merged

        from . import services

        client_merged.connect(services.move_inquiries, dispatch_uid="channels.move_inquiries")
