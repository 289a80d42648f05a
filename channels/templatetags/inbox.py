from django import template

from clients.languages import CLIENT_LANGUAGES

register = template.Library()
# Endonyms, the same in every interface language: one dict for the whole process.
LANGUAGE_NAMES = {code: str(name) for code, name in CLIENT_LANGUAGES}


@register.filter
def language_name(code: str) -> str:
    """A language by its own name. get_language_display rebuilds the choice map on every
    call, which a 50-row inbox page pays 50 times."""
    return LANGUAGE_NAMES.get(code, code)
