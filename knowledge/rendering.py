"""Page text is Markdown, rendered through an allow-list sanitiser: whatever an editor
pastes, readers get only harmless tags."""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h2", "h3",
    "h4", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip


def render(text: str) -> SafeString:
    html = markdown.markdown(text or "", extensions=["sane_lists", "tables"])
    clean = nh3.clean(
        html,
        tags=TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return mark_safe(clean)  # noqa: S308 (sanitised by nh3 just above)
