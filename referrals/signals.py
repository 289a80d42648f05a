"""Knowledge pages show the partner services that can help (templatetags/
partner_services.py), and anonymous readers get those pages from the knowledge cache:
a change to the directory makes the cached copies stale, as a change to a page does."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from knowledge import cache as knowledge_cache

from .models import Organisation, Service


@receiver([post_save, post_delete], sender=Service)
@receiver([post_save, post_delete], sender=Organisation)
def forget_knowledge_pages(**kwargs) -> None:
    knowledge_cache.invalidate()
