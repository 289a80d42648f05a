"""Case notes are written in Markdown and rendered through an allow-list sanitiser:
whatever a note holds, the page gets only harmless tags."""

import markdown
import nh3
from django import template
from django.utils.safestring import mark_safe

register = template.Library()

TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h3", "h4"}


@register.filter
def render_note(text: str) -> str:
    html = markdown.markdown(text or "", extensions=["sane_lists"])
    clean = nh3.clean(
        html,
        tags=TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)  # noqa: S308 (sanitised by nh3 just above)
