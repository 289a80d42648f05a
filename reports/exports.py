"""Dashboard tables as files to download: CSV (UTF-8 with a byte-order mark, so a
spreadsheet opens Cyrillic and Arabic names correctly) and XLSX."""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from counselling.models import Programme
from counselling.templatetags.people import person

from .selectors import Caseload, Row

TABLES = ("offices", "counsellors")
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def caseload_table(numbers: Caseload, table: str) -> tuple[list[str], list[list]]:
    """The headings and rows of one caseload table, as the dashboard shows them."""
    by_office = table == "offices"
    headings = [
        _("Office") if by_office else _("Counsellor"),
        _("Open cases"),
        _("New cases"),
        _("Sessions"),
        _("Hours"),
        _("Follow-ups due"),
        _("Follow-ups overdue"),
        _("Open inquiries"),
        _("Oldest open inquiry (days)"),
        _("Median age of open inquiries (days)"),
        *(_("Open cases: %(programme)s") % {"programme": label} for label in Programme.labels),
    ]
    rows = numbers.offices if by_office else numbers.counsellors
    return headings, [_row(row, by_office) for row in rows]


def _row(row: Row, by_office: bool) -> list:
    if row.key is None:
        name = _("Nobody (not assigned)")
    else:
        name = row.key.name if by_office else person(row.key)
    return [
        name,
        row.open_cases,
        row.new_cases,
        row.sessions,
        row.hours,
        row.follow_ups_due,
        row.follow_ups_overdue,
        row.open_inquiries,
        row.oldest_inquiry_days,
        row.median_inquiry_days,
        *(count for count, _link in row.programme_counts),
    ]


def as_csv(headings: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headings)
    writer.writerows([["" if value is None else value for value in row] for row in rows])
    return ("\ufeff" + out.getvalue()).encode()


def as_xlsx(headings: list[str], rows: list[list], title: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit for a sheet's name
    sheet.append([str(heading) for heading in headings])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        # Labels may be lazy translations, which openpyxl cannot write.
        sheet.append(
            [value if isinstance(value, int | float | None) else str(value) for value in row]
        )
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def download(headings: list[str], rows: list[list], *, title: str, fmt: str, name: str):
    """A table as a file to save: `name`.csv or `name`.xlsx."""
    content = as_csv(headings, rows) if fmt == "csv" else as_xlsx(headings, rows, title=title)
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
