"""The link search, for the forms where counsellors write to clients (the inbox reply,
the session note): `{% knowledge_link_search target="id_body" language=… %}` where the
text is written, and `{% knowledge_link_search_form %}` once outside the page's forms."""

from django import template
from django.conf import settings

from ..forms import LINK_FORM_ID, LinkSearchForm

register = template.Library()


@register.inclusion_tag("knowledge/includes/link_search.html")
def knowledge_link_search(target: str, language: str):
    """`target`: the id of the textarea a link goes into; `language`: the client's. A
    language the guidance is not written in starts the search in the default one."""
    codes = {code for code, _ in settings.LANGUAGES}
    wanted = language if language in codes else settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return {
        "form": LinkSearchForm(initial={"language": wanted}),
        "target": target,
        "form_id": LINK_FORM_ID,
    }


@register.inclusion_tag("knowledge/includes/link_search_form.html")
def knowledge_link_search_form():
    return {"form_id": LINK_FORM_ID}
