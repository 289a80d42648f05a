from django import template
from django.utils import formats
from django.utils.html import format_html

from reports import charts

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


@register.filter
def svg(chart: charts.Chart) -> str:
    return charts.svg(chart)


@register.filter
def linked(value, url: str = "") -> str:
    """A number as a link to the list behind it; a zero (an empty list) links nowhere."""
    return format_html('<a href="{}">{}</a>', url, value) if value and url else str(value)
