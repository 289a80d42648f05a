"""Small-number suppression for published tables, so that nobody can be recognised.

Primary: a count from 1 to REPORT_SUPPRESS_BELOW - 1 is not shown ("<5"). Zero is shown:
it names nobody.

Secondary: a table's totals must not give a hidden count back by subtraction. A *line*
is a set of cells that add up to one of them (a row and its total, a column and its
total). In a line with exactly one hidden cell, the smallest other non-zero cell of the
line is hidden too ("hidden"), the line's total only when no other cell can be. Hiding
a cell may leave another line with one hidden cell, so this repeats until every line
hides none or at least two. Cells that do not add up (people counted once per kind of
service) form no line: their primary suppression is enough.
"""

from dataclasses import dataclass
from typing import Literal

from django.conf import settings
from django.utils.translation import gettext as _

Mark = Literal["small", "hidden"]
Position = tuple[int, int]


@dataclass(frozen=True)
class Cell:
    value: int
    mark: Mark | None = None

    @property
    def shown(self) -> int | str:
        """What a reader sees, on the page and in the files."""
        if self.mark == "small":
            return _("<%(below)s") % {"below": settings.REPORT_SUPPRESS_BELOW}
        if self.mark == "hidden":
            return _("hidden")
        return self.value


def is_small(value: int, below: int | None = None) -> bool:
    threshold = settings.REPORT_SUPPRESS_BELOW if below is None else below
    return 0 < value < threshold


def protect(
    grid: list[list[int]],
    *,
    rows_add_up: bool = False,
    columns_add_up: bool = False,
    below: int | None = None,
) -> list[list[Cell]]:
    """Mark the cells of `grid` to hide. When `rows_add_up`, each row's last cell is the
    sum of the others; when `columns_add_up`, the last row is the sum of the rows above."""
    marks: dict[Position, Mark] = {
        (r, c): "small"
        for r, row in enumerate(grid)
        for c, value in enumerate(row)
        if is_small(value, below)
    }
    lines = _lines(grid, rows_add_up=rows_add_up, columns_add_up=columns_add_up)
    changed = True
    while changed:
        changed = False
        for members, total in lines:
            if sum(1 for position in [*members, total] if position in marks) != 1:
                continue
            partner = _smallest_shown(grid, members, marks) or total
            if partner not in marks:
                marks[partner] = "hidden"
                changed = True
    return [
        [Cell(value, marks.get((r, c))) for c, value in enumerate(row)]
        for r, row in enumerate(grid)
    ]


def _lines(
    grid: list[list[int]], *, rows_add_up: bool, columns_add_up: bool
) -> list[tuple[list[Position], Position]]:
    """Each line as (the cells that add up, the cell holding their sum)."""
    height = len(grid)
    width = len(grid[0]) if grid else 0
    lines = []
    if rows_add_up:
        for r in range(height):
            lines.append(([(r, c) for c in range(width - 1)], (r, width - 1)))
    if columns_add_up:
        for c in range(width):
            lines.append(([(r, c) for r in range(height - 1)], (height - 1, c)))
    return lines


def _smallest_shown(
    grid: list[list[int]], members: list[Position], marks: dict[Position, Mark]
) -> Position | None:
    # A zero would not protect anything: hiding it still leaves the sum to one cell.
    shown = [p for p in members if p not in marks and grid[p[0]][p[1]] > 0]
    return min(shown, key=lambda p: (grid[p[0]][p[1]], p), default=None)
