"""Small numbers are hidden, and so is whatever would give them back through a total."""

import pytest
from django.utils import translation

from reports.suppression import protect


def marks(grid, **lines):
    return [[cell.mark for cell in row] for row in protect(grid, below=5, **lines)]


def test_counts_from_one_to_four_are_hidden_and_zero_and_five_are_shown():
    assert marks([[0, 1, 4, 5, 100]]) == [[None, "small", "small", None, None]]


def test_without_totals_nothing_else_is_hidden():
    assert marks([[3], [7], [9]]) == [["small"], [None], [None]]


def test_a_lone_small_cell_in_a_column_hides_the_next_smallest_of_that_column():
    # 3 + 7 + 9 = 19: with 7 shown, 3 would be 19 - 7 - 9.
    assert marks([[3], [9], [7], [19]], columns_add_up=True) == [
        ["small"],
        [None],
        ["hidden"],
        [None],
    ]


def test_two_small_cells_in_a_line_need_nothing_more():
    assert marks([[2], [3], [10], [15]], columns_add_up=True) == [
        ["small"],
        ["small"],
        [None],
        [None],
    ]


def test_a_zero_never_protects_a_small_cell():
    # Hiding the 0 would still leave 3 = 8 - 5; the 5 is hidden instead.
    assert marks([[3, 0, 5, 8]], rows_add_up=True) == [["small", None, "hidden", None]]


def test_the_total_is_hidden_when_no_other_cell_can_be():
    # A cell hidden for its column is alone in its row, whose other cells are all 0.
    grid = [
        [3, 0, 3],
        [6, 0, 6],
        [9, 0, 9],
    ]
    assert marks(grid, rows_add_up=True, columns_add_up=True) == [
        ["small", None, "small"],
        ["hidden", None, "hidden"],
        [None, None, None],
    ]


def test_hiding_repeats_until_no_line_has_a_lone_hidden_cell():
    grid = [
        [2, 10, 8, 20],
        [7, 6, 9, 22],
        [9, 16, 17, 42],
    ]
    result = marks(grid, rows_add_up=True, columns_add_up=True)
    lines = [*result, *zip(*result, strict=True)]
    for line in lines:
        assert sum(mark is not None for mark in line) != 1, result
    assert result[0][0] == "small"


@pytest.mark.parametrize("value", [1, 4])
def test_what_a_reader_sees(value, settings):
    settings.REPORT_SUPPRESS_BELOW = 5
    with translation.override("en"):
        small, zero, big = protect([[value, 0, 12]])[0]
        assert (small.shown, zero.shown, big.shown) == ("<5", 0, 12)
        hidden = protect([[value], [12], [12 + value]], columns_add_up=True)[1][0]
        assert hidden.shown == "hidden"


def test_the_threshold_comes_from_the_settings(settings):
    settings.REPORT_SUPPRESS_BELOW = 10
    assert [cell.mark for cell in protect([[9, 10]])[0]] == ["small", None]
