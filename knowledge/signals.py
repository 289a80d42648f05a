"""Cache invalidation is the one job done by signals (STYLE.md): whatever changes a
page or a topic — publishing, an editor's settings, the admin — the public copies go."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from . import cache
from .models import Page, Topic


@receiver([post_save, post_delete], sender=Page)
@receiver([post_save, post_delete], sender=Topic)
@receiver(m2m_changed, sender=Page.topics.through)
@receiver(m2m_changed, sender=Page.related.through)
def forget_public_pages(action: str = "post_save", **kwargs) -> None:
    if action.startswith("post_"):  # m2m_changed also signals pre_add, pre_remove, …
        cache.invalidate()
