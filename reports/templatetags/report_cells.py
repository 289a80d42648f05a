from django import template
from django.utils import formats

register = template.Library()


@register.filter
def cell(value, kind: str = "count") -> str:
    """A table cell as the page reads it: "—" for nothing to say, one decimal for
    percentages and times, grouped digits for counts."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if kind == "percent":
        return f"{formats.number_format(value, 1)} %"
    if kind == "decimal":
        return formats.number_format(value, 1)
    return formats.number_format(value, force_grouping=True)
