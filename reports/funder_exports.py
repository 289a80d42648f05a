"""The funder report as files made in the background (reports.files): one CSV with the
tables one after another, or an XLSX with a sheet per table. Each opens with what the
report covers and how small numbers were hidden."""

import io
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from counselling.models import User
from privacy.pseudonyms import participant_id

from . import files, funders
from .exports import FORMATS, as_csv
from .filters import FunderFilterForm
from .funders import FunderNumbers, Table

KINDS = {"funder.csv": "csv", "funder.xlsx": "xlsx", "funder.participants-csv": "csv"}


def _build(user: User, params: dict, progress: files.Progress, fmt: str):
    form = FunderFilterForm(params, user=user)
    if not form.is_valid():
        # The office was taken from the person since they asked, or the link was edited.
        raise ValidationError([error for errors in form.errors.values() for error in errors])
    progress(10)
    numbers = funders.funder_numbers(user=user, scope=form.scope())
    progress(60)
    tables = funders.funder_tables(numbers)
    content = as_workbook(numbers, tables) if fmt == "xlsx" else as_text(numbers, tables)
    progress(90)
    period = numbers.period
    return f"funder-report-{period.first:%Y%m%d}-{period.last:%Y%m%d}.{fmt}", FORMATS[fmt], content


@files.register("funder.csv")
def funder_csv(user: User, params: dict, progress: files.Progress):
    return _build(user, params, progress, "csv")


@files.register("funder.xlsx")
def funder_xlsx(user: User, params: dict, progress: files.Progress):
    return _build(user, params, progress, "xlsx")


def about(numbers: FunderNumbers) -> list[list]:
    return [
        [_("From"), numbers.period.first.isoformat()],
        [_("To"), numbers.period.last.isoformat()],
        [_("Offices"), ", ".join(office.name for office in numbers.offices)],
        [funders.suppression_note()],
    ]


def _rows(table: Table) -> list[list]:
    return [[label, *(cell.shown for cell in cells)] for label, cells in table.rows]


def as_text(numbers: FunderNumbers, tables: list[Table]) -> bytes:
    rows = about(numbers)
    for table in tables:
        rows += [[], [table.caption], table.headings, *_rows(table), *([n] for n in table.notes)]
    return as_csv([_("Funder report")], rows)


def as_workbook(numbers: FunderNumbers, tables: list[Table]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Funder report")[:31]
    for row in about(numbers):
        sheet.append(row)
    for number, table in enumerate(tables, start=1):
        # Excel allows 31 characters in a sheet's name, and none of []:*?/\ ; the number
        # keeps names apart when a translation's first 31 characters are the same.
        name = re.sub(r"[\[\]:*?/\\]", " ", f"{number} {table.caption}")[:31]
        sheet = book.create_sheet(name)
        sheet.append([table.caption])
        sheet["A1"].font = Font(bold=True)
        sheet.append(table.headings)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in _rows(table):
            sheet.append(row)
        for note in table.notes:
            sheet.append([note])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@files.register("funder.participants-csv")
def participants_csv(user: User, params: dict, progress: files.Progress):
    """One row per participant under a pseudonymous id (privacy.pseudonyms): the same
    person has the same id in every period's file, so a funder can follow pathways and
    count people once across years, without a name."""
    form = FunderFilterForm(params, user=user)
    if not form.is_valid():
        raise ValidationError([error for errors in form.errors.values() for error in errors])
    progress(10)
    people = funders.participant_rows(user=user, scope=form.scope())
    progress(70)
    period = form.scope().period
    rows = [
        [_("From"), period.first.isoformat(), _("To"), period.last.isoformat()],
        [
            _(
                "Pseudonymous participant ids: the same person has the same id in every "
                "file; no name or other identifier is included."
            )
        ],
        [],
        [
            _("Participant"),
            _("Client segment"),
            _("Sex"),
            _("Age group"),
            _("Sessions"),
            _("Programmes"),
            _("Group activities"),
        ],
        *(
            [
                participant_id(row.client_id),
                row.segment,
                row.gender,
                row.age_group,
                row.sessions,
                " ".join(row.programmes),
                " ".join(row.activities),
            ]
            for row in people
        ),
    ]
    name = f"funder-participants-{period.first:%Y%m%d}-{period.last:%Y%m%d}.csv"
    return name, FORMATS["csv"], as_csv([_("Participants")], rows)
