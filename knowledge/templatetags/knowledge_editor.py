from django import template
from django.utils import translation

from .. import selectors

register = template.Library()


@register.filter
def is_knowledge_editor(user) -> bool:
    return selectors.is_editor(user)


@register.filter
def editor_title(page) -> str:
    """The page's title as an editor knows it: in the interface language, else in its
    source language, else its address."""
    return (
        getattr(page, f"title_{translation.get_language()}", "")
        or getattr(page, f"title_{page.source_language}", "")
        or page.slug
    )
