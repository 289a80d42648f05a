"""The service dashboard as tables, each with its chart: what the page shows, what the
CSV/XLSX downloads hold and what the PDF prints, from one place."""

import functools
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.utils import formats
from django.utils.translation import get_language_bidi, ngettext
from django.utils.translation import gettext as _

from clients.languages import CLIENT_LANGUAGES
from clients.models import Segment, Topic
from counselling.models import InterpreterMode, Office, User
from referrals.models import Referral

from . import charts, satisfaction, service
from .filters import CONTACT_CHANNELS
from .selectors import Scope


@dataclass
class Column:
    title: str
    # How a cell reads: a count, a percentage, or a number with one decimal.
    kind: str = "count"


@dataclass
class Table:
    slug: str
    title: str
    columns: list[Column]
    rows: list[list]  # the first cell labels the row
    chart: charts.Chart | None = None
    note: str = ""
    total: list | None = None  # a last row summing the others, when that means something

    @property
    def headings(self) -> list[str]:
        return [column.title for column in self.columns]

    @property
    def cells(self) -> list[list]:
        """The rows with the total, as the files hold them."""
        return [*self.rows, *([self.total] if self.total else [])]


@dataclass
class Dashboard:
    scope: Scope
    contacts: int = 0
    anonymous: int = 0
    tables: list[Table] = field(default_factory=list)

    def table(self, slug: str) -> Table | None:
        return next((table for table in self.tables if table.slug == slug), None)


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


CONTACT_TABLES = ("over-time", "channels", "segments", "topics", "languages", "offices")
SATISFACTION_TABLES = ("satisfaction-offices", "satisfaction-channels", "satisfaction-topics")


def build(*, user: User, scope: Scope, only: str | None = None) -> Dashboard:
    """Every table, or `only` the one a download asks for (and just the queries it needs:
    one table of a year need not wait for every other)."""
    rtl = get_language_bidi()
    contacts = functools.cache(lambda: service.contacts(user=user, scope=scope))
    offices = functools.cache(Office.objects.in_bulk)
    asked = {"user": user, "scope": scope}
    sections = [
        (CONTACT_TABLES, lambda: _contact_tables(contacts(), scope, offices(), rtl)),
        (("interpreters",), lambda: [_interpreters(service.interpreter_use(**asked), rtl)]),
        (("response-times",), lambda: [_response_times(service.response_times(**asked), rtl)]),
        (("walk-in-waits",), lambda: [_waits(service.walk_in_waits(**asked), offices(), rtl)]),
        (("referrals",), lambda: [_referrals(service.referrals(**asked), rtl)]),
        (
            SATISFACTION_TABLES,
            lambda: _satisfaction(satisfaction.survey_results(**asked, with_comments=False), rtl),
        ),
    ]
    dashboard = Dashboard(scope=scope)
    for slugs, make in sections:
        if only is None or only in slugs:
            dashboard.tables += make()
    if only is None:
        total = contacts().total
        dashboard.contacts, dashboard.anonymous = total.contacts, total.anonymous
    return dashboard


def _contact_tables(contacts: service.Contacts, scope: Scope, offices: dict, rtl: bool):
    return [
        _over_time(contacts, scope, rtl),
        _channels(contacts, rtl),
        _share(
            "segments",
            _("Contacts by client segment"),
            _("Client segment"),
            {key: tally.contacts for key, tally in contacts.by["segment"].items()},
            dict(Segment.choices),
            rtl,
        ),
        _share(
            "topics",
            _("Contacts by topic"),
            _("Topic"),
            {key: tally.contacts for key, tally in contacts.by["topic"].items()},
            {topic.pk: str(topic) for topic in Topic.objects.filter(parent__isnull=True)},
            rtl,
            unknown=_("Topic not known"),
        ),
        _share(
            "languages",
            _("Contacts by language"),
            _("Language"),
            {key: tally.contacts for key, tally in contacts.by["language"].items()},
            dict(CLIENT_LANGUAGES),
            rtl,
            unknown=_("Language not known"),
        ),
        _offices(contacts, offices, rtl),
    ]


def _tick(day: date, kind: str) -> str:
    if kind == "month":
        return formats.date_format(day, "M Y")
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def _over_time(contacts: service.Contacts, scope: Scope, rtl: bool) -> Table:
    names = dict(CONTACT_CHANNELS)
    used = [
        channel for channel in names if any(key[1] == channel for key in contacts.by["over_time"])
    ]
    days = service.buckets(scope)
    series = [
        (
            str(names[channel]),
            [getattr(contacts.by["over_time"].get((day, channel)), "contacts", 0) for day in days],
        )
        for channel in used
    ]
    ticks = [_tick(day, contacts.kind) for day in days]
    heading = {"day": _("Day"), "week": _("Week starting"), "month": _("Month")}[contacts.kind]
    rows = [
        [tick, *(values[i] for _name, values in series), sum(v[i] for _n, v in series)]
        for i, tick in enumerate(ticks)
    ]
    title = _("Contacts over time, by channel")
    return Table(
        slug="over-time",
        title=title,
        columns=[Column(heading), *(Column(name) for name, _v in series), Column(_("All"))],
        rows=rows,
        chart=charts.columns(title, ticks, series, rtl=rtl) if series else None,
    )


def _channels(contacts: service.Contacts, rtl: bool) -> Table:
    tallies = contacts.by_channel()
    rows = [
        [str(label), tally.contacts, tally.anonymous, percent(tally.anonymous, tally.contacts)]
        for channel, label in CONTACT_CHANNELS
        if (tally := tallies.get(channel))
    ]
    total = contacts.total
    title = _("Contacts by channel")
    return Table(
        slug="channels",
        title=title,
        columns=[
            Column(_("Channel")),
            Column(_("Contacts")),
            Column(_("Anonymous")),
            Column(_("Anonymous (%)"), "percent"),
        ],
        rows=rows,
        total=[_("All"), total.contacts, total.anonymous, percent(total.anonymous, total.contacts)]
        if rows
        else None,
        chart=_bar_chart(title, rows, rtl),
        note=_("Anonymous: the person gave no name, or is not linked to a client record."),
    )


def _share(slug, title, heading, counts: dict, labels: dict, rtl, unknown="") -> Table:
    whole = sum(counts.values())
    ordered = sorted(counts.items(), key=lambda item: (-item[1], str(labels.get(item[0], ""))))
    rows = [
        [
            str(labels.get(key, key)) if key not in (None, "") else unknown,
            count,
            percent(count, whole),
        ]
        for key, count in ordered
    ]
    return Table(
        slug=slug,
        title=title,
        columns=[Column(heading), Column(_("Contacts")), Column(_("Share (%)"), "percent")],
        rows=rows,
        chart=_bar_chart(title, rows, rtl),
    )


def _offices(contacts: service.Contacts, offices: dict, rtl: bool) -> Table:
    tallies = sorted(
        contacts.by["office"].items(), key=lambda item: str(offices.get(item[0], item[0]))
    )
    rows = [
        [
            str(offices[key]),
            tally.contacts,
            tally.anonymous,
            percent(tally.anonymous, tally.contacts),
        ]
        for key, tally in tallies
    ]
    title = _("Contacts by office")
    return Table(
        slug="offices",
        title=title,
        columns=[
            Column(_("Office")),
            Column(_("Contacts")),
            Column(_("Anonymous")),
            Column(_("Anonymous (%)"), "percent"),
        ],
        rows=rows,
        chart=_bar_chart(title, rows, rtl),
    )


def _bar_chart(title: str, rows: list[list], rtl: bool) -> charts.Chart | None:
    """One bar per row, its length the row's second cell."""
    if not rows:
        return None
    return charts.bars(title, [(row[0], [row[1]]) for row in rows], [title], rtl=rtl)


def _interpreters(use: service.InterpreterUse, rtl: bool) -> Table:
    modes = list(InterpreterMode.choices)
    if any("" in by_mode for by_mode in use.by_language.values()):
        modes.append(("", _("Mode not recorded")))
    names = dict(CLIENT_LANGUAGES)
    ordered = sorted(
        use.by_language.items(), key=lambda item: -sum(n for n, _m in item[1].values())
    )
    rows = [
        [
            names.get(language, language),
            *(by_mode.get(mode, (0, 0))[0] for mode, _label in modes),
            sum(n for n, _m in by_mode.values()),
            sum(m for _n, m in by_mode.values()),
        ]
        for language, by_mode in ordered
    ]
    title = _("Interpreter use by language and mode")
    return Table(
        slug="interpreters",
        title=title,
        columns=[
            Column(_("Language")),
            *(Column(str(label)) for _mode, label in modes),
            Column(_("All")),
            Column(_("Minutes")),
        ],
        rows=rows,
        chart=charts.bars(
            title,
            [(row[0], row[1 : 1 + len(modes)]) for row in rows],
            [str(label) for _mode, label in modes],
            rtl=rtl,
        )
        if rows
        else None,
        note=_(
            "Sessions with an interpreter. %(sessions)s sessions in all; an interpreter "
            "took part in %(share)s of them."
        )
        % {
            "sessions": use.sessions,
            "share": _format_percent(percent(use.sessions_with_interpreter, use.sessions)),
        },
    )


def _format_percent(value: float | None) -> str:
    return "—" if value is None else f"{formats.number_format(value, 1)} %"


def _response_times(times: list[service.ResponseTimes], rtl: bool) -> Table:
    by_channel = {row.channel: row for row in times}
    rows = []
    for channel, label in CONTACT_CHANNELS:
        row = by_channel.get(channel)
        if row is None:
            continue
        target = settings.INQUIRY_RESPONSE_DAYS.get(channel, 2)
        rows.append(
            [
                str(label),
                row.received,
                row.answered,
                percent(row.in_time, row.answered),
                row.median_hours,
                row.p90_hours,
                target,
            ]
        )
    title = _("Time to the first answer, by channel")
    series = [_("Median (hours)"), _("90th percentile (hours)")]
    chart = _times_chart(title, [(row[0], row[4], row[5]) for row in rows], series, " h", rtl)
    return Table(
        slug="response-times",
        title=title,
        columns=[
            Column(_("Channel")),
            Column(_("Received")),
            Column(_("Answered")),
            Column(_("Answered in time (%)"), "percent"),
            Column(_("Median (hours)"), "decimal"),
            Column(_("90th percentile (hours)"), "decimal"),
            Column(_("Target (working days)")),
        ],
        rows=rows,
        chart=chart,
        note=_(
            "Inquiries received in the period. In time: answered by the due time the "
            "channel's target gives (0 working days: the same day)."
        ),
    )


def _times_chart(title: str, rows: list[tuple], series: list[str], unit: str, rtl: bool):
    """Median and 90th percentile side by side, per (label, median, p90)."""
    if not rows:
        return None
    bars = [(label, [median or 0.0, p90 or 0.0]) for label, median, p90 in rows]
    return charts.bars(title, bars, series, stacked=False, unit=unit, rtl=rtl)


def _waits(waits: list[service.Waits], offices: dict, rtl: bool) -> Table:
    rows = [
        [
            str(offices[row.office_id]),
            row.visits,
            row.called,
            row.left,
            row.median_minutes,
            row.p90_minutes,
        ]
        for row in sorted(waits, key=lambda row: str(offices[row.office_id]))
    ]
    title = _("Walk-in waiting times")
    series = [_("Median (minutes)"), _("90th percentile (minutes)")]
    chart = _times_chart(title, [(row[0], row[4], row[5]) for row in rows], series, " min", rtl)
    return Table(
        slug="walk-in-waits",
        title=title,
        columns=[
            Column(_("Office")),
            Column(_("Walk-ins")),
            Column(_("Called in")),
            Column(_("Left without being served")),
            Column(_("Median wait (minutes)"), "decimal"),
            Column(_("90th percentile wait (minutes)"), "decimal"),
        ],
        rows=rows,
        chart=chart,
    )


def _referrals(partners: list[service.PartnerReferrals], rtl: bool) -> Table:
    statuses = Referral.Status.choices
    rows = [
        [
            partner.organisation,
            partner.made,
            *(partner.by_status.get(status, 0) for status, _label in statuses),
            percent(partner.accepted, partner.answered),
            partner.median_days_to_answer,
        ]
        for partner in partners
    ]
    made = sum(partner.made for partner in partners)
    accepted = sum(partner.accepted for partner in partners)
    answered = sum(partner.answered for partner in partners)
    title = _("Referrals by partner and status")
    total = None
    if rows:
        total = [
            _("All"),
            made,
            *(sum(row[2 + n] for row in rows) for n in range(len(statuses))),
            percent(accepted, answered),
            None,
        ]
    return Table(
        slug="referrals",
        title=title,
        columns=[
            Column(_("Partner")),
            Column(_("Referrals")),
            *(Column(str(label)) for _status, label in statuses),
            Column(_("Accepted of answered (%)"), "percent"),
            Column(_("Median days to answer"), "decimal"),
        ],
        rows=rows,
        total=total,
        chart=charts.bars(
            title,
            [(row[0], row[2 : 2 + len(statuses)]) for row in rows],
            [str(label) for _status, label in statuses],
            rtl=rtl,
        )
        if rows
        else None,
        note=_(
            "Referrals made in the period, by their status now. Accepted counts accepted and "
            "completed referrals; answered adds the declined ones."
        ),
    )


def _satisfaction(results: satisfaction.Satisfaction, rtl: bool) -> list[Table]:
    """The survey by office, channel and topic; a group too small to stay anonymous
    shows its invitations only."""
    hidden = ngettext(
        "fewer than %(threshold)s answer", "fewer than %(threshold)s answers", results.threshold
    ) % {"threshold": results.threshold}
    tables = []
    for slug, title, heading, groups in (
        ("satisfaction-offices", _("Satisfaction by office"), _("Office"), results.by_office),
        ("satisfaction-channels", _("Satisfaction by channel"), _("Channel"), results.by_channel),
        ("satisfaction-topics", _("Satisfaction by topic"), _("Topic"), results.by_topic),
    ):
        rows = [
            [group.label, group.invited, hidden, None, None, None]
            if group.suppressed
            else [
                group.label,
                group.invited,
                group.answers,
                group.response_rate,
                group.average_rating,
                group.information_shares[0] if group.answers else None,
            ]
            for group in groups
            if group.invited or group.answers
        ]
        rated = [(row[0], [row[4]]) for row in rows if row[4] is not None]
        tables.append(
            Table(
                slug=slug,
                title=title,
                columns=[
                    Column(heading),
                    Column(_("Invitations sent")),
                    Column(_("Answers")),
                    Column(_("Response rate (%)"), "percent"),
                    Column(_("Average rating (1–5)"), "decimal"),
                    Column(_("Got the information needed (%)"), "percent"),
                ],
                rows=rows,
                chart=charts.bars(title, rated, [_("Average rating (1–5)")], ceiling=5, rtl=rtl)
                if rated
                else None,
                note=_(
                    "Answers are anonymous: never shown per counsellor, so the counsellor "
                    "filter does not apply here."
                ),
            )
        )
    return tables
