"""Charts drawn on the server as SVG: no script, no CDN, the same picture on the page and
in the PDF. Python works out the geometry and writes the SVG (a template loop over
hundreds of shapes cost more than the numbers behind them). Every chart stands beside a
data table with the same numbers, which is what screen readers read.

Right-to-left pages get mirrored charts: bars grow from the right, time runs leftwards.
The SVG itself is always laid out left to right (direction="ltr"), so text anchors mean
the same in every browser and in WeasyPrint.
"""

from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# Okabe–Ito colours: told apart by people with any common colour blindness.
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"]
WIDTH = 640
LABEL_SIZE = 13


@dataclass
class Rect:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str  # the tooltip: label, series and value


@dataclass
class Text:
    x: float
    y: float
    text: str
    anchor: str = "start"
    muted: bool = False


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    dashed: bool = False


@dataclass
class Chart:
    label: str  # the accessible name
    height: float
    rects: list[Rect] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    # (name, colour) per series, for the legend under the chart; empty for one series.
    legend: list[tuple[str, str]] = field(default_factory=list)
    width: int = WIDTH
    rtl: bool = False


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else f"{value:,}".replace(",", "\u202f")


def _mirror(chart: Chart) -> Chart:
    """Flip a chart left to right for a right-to-left page."""
    chart.rtl = True
    for rect in chart.rects:
        rect.x = chart.width - rect.x - rect.width
    flip = {"start": "end", "end": "start", "middle": "middle"}
    for text in chart.texts:
        text.x = chart.width - text.x
        text.anchor = flip[text.anchor]
    for line in chart.lines:
        line.x1, line.x2 = chart.width - line.x1, chart.width - line.x2
    return chart


def bars(
    label: str,
    rows: list[tuple[str, list[float]]],
    series: list[str],
    *,
    stacked: bool = True,
    unit: str = "",
    ceiling: float | None = None,
    rtl: bool = False,
) -> Chart:
    """Horizontal bars, one row per label, each label written above its bar. Several
    series are stacked (parts of a whole) or drawn side by side (stacked=False).
    `ceiling` fixes the value of a full-length bar (a rating's 5) instead of the
    longest one."""
    row_height = 22 + (14 if stacked else 10 * len(series))
    chart = Chart(label=label, height=max(1, len(rows)) * row_height + 8)
    if len(series) > 1:
        chart.legend = [(name, COLOURS[n % len(COLOURS)]) for n, name in enumerate(series)]
    totals = [sum(values) if stacked else max(values, default=0) for _label, values in rows]
    ceiling = ceiling or max([*totals, 0]) or 1
    room = WIDTH - 90  # the number written after the longest bar
    for n, (row_label, values) in enumerate(rows):
        top = n * row_height + 4
        chart.texts.append(Text(0, top + LABEL_SIZE, row_label))
        x, y = 0.0, top + 18
        for index, value in enumerate(values):
            length = room * value / ceiling
            height = 14 if stacked else 9
            name = series[index] if index < len(series) else ""
            title = f"{row_label}: {name} {_number(value)}{unit}".replace("  ", " ")
            if value:
                colour = COLOURS[index % len(COLOURS)]
                chart.rects.append(Rect(x, y, max(length, 1.5), height, colour, title))
            if stacked:
                x += length
            else:
                chart.texts.append(Text(length + 6, y + 8, f"{_number(value)}{unit}", muted=True))
                y += 10
        if stacked:
            chart.texts.append(Text(x + 6, top + 30, f"{_number(totals[n])}{unit}"))
    return _mirror(chart) if rtl else chart


def columns(
    label: str,
    ticks: list[str],
    series: list[tuple[str, list[int]]],
    *,
    rtl: bool = False,
) -> Chart:
    """Stacked columns over time: one column per tick, one colour per series, a few
    gridlines with their values, and as many tick labels as fit."""
    # Room on the left for the gridlines' values, on the right for the last tick label.
    plot_top, plot_bottom, left, right = 10, 190, 48, WIDTH - 40
    chart = Chart(label=label, height=plot_bottom + 28)
    chart.legend = [(name, COLOURS[n % len(COLOURS)]) for n, (name, _v) in enumerate(series)]
    totals = [sum(values[i] for _name, values in series) for i in range(len(ticks))]
    ceiling = _nice(max(totals, default=0))
    scale = (plot_bottom - plot_top) / ceiling
    for step in range(5):
        value = ceiling * step / 4
        y = plot_bottom - value * scale
        chart.lines.append(Line(left, y, right, y, dashed=step > 0))
        chart.texts.append(Text(left - 6, y + 4, _number(int(value)), anchor="end", muted=True))
    slot = (right - left) / max(1, len(ticks))
    every = -(-len(ticks) // 6)  # at most six tick labels
    for i, tick in enumerate(ticks):
        x, y = left + i * slot + slot * 0.15, float(plot_bottom)
        for n, (name, values) in enumerate(series):
            height = values[i] * scale
            if height:
                colour = COLOURS[n % len(COLOURS)]
                title = f"{tick}: {name} {_number(values[i])}"
                chart.rects.append(Rect(x, y - height, slot * 0.7, height, colour, title))
            y -= height
        if i % every == 0:
            chart.texts.append(Text(x + slot * 0.35, plot_bottom + 18, tick, anchor="middle"))
    return _mirror(chart) if rtl else chart


def _nice(value: int) -> int:
    """The gridlines' top: four round steps reaching at least the tallest column."""
    quarter = max(1, -(-value // 4))
    magnitude = 10 ** (len(str(quarter)) - 1)
    step = next(s * magnitude for s in (1, 2, 5, 10) if s * magnitude >= quarter)
    return 4 * step


_DASHED = SafeString(' stroke-dasharray="3 3"')


def _at(*numbers: float) -> tuple[str, ...]:
    return tuple(f"{n:.1f}" for n in numbers)


def svg(chart: Chart) -> SafeString:
    """The chart as an inline SVG image named by its label, then its legend (HTML, so
    it wraps and reads in the page's direction)."""
    lines = format_html_join(
        "",
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#6b7280"{}/>',
        (
            (*_at(line.x1, line.y1, line.x2, line.y2), _DASHED if line.dashed else "")
            for line in chart.lines
        ),
    )
    rects = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>',
        ((*_at(r.x, r.y, r.width, r.height), r.colour, r.title) for r in chart.rects),
    )
    texts = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="{}" fill="{}">{}</text>',
        (
            (*_at(t.x, t.y), t.anchor, "#4b5563" if t.muted else "#111827", t.text)
            for t in chart.texts
        ),
    )
    picture = format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="100%" direction="ltr" role="img" '
        'aria-label="{}" xmlns="http://www.w3.org/2000/svg" font-family="inherit" '
        'font-size="13">{}{}{}</svg>',
        chart.width,
        f"{chart.height:.0f}",
        chart.label,
        lines,
        rects,
        texts,
    )
    if not chart.legend:
        return picture
    legend = format_html_join(
        "",
        '<li><svg class="swatch" width="12" height="12" aria-hidden="true">'
        '<rect width="12" height="12" fill="{}"/></svg>{}</li>',
        ((colour, name) for name, colour in chart.legend),
    )
    return format_html('{}<ul class="legend">{}</ul>', picture, legend)
