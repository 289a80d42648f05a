from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClientsConfig(AppConfig):
    name = "clients"
    verbose_name = _("Clients")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import Topic
        from .selectors import forget_topics

        post_save.connect(forget_topics, sender=Topic, dispatch_uid="forget_topics_saved")
        post_delete.connect(forget_topics, sender=Topic, dispatch_uid="forget_topics_deleted")
