"""GS1-128 bars on the printer's dot grid: pattern from reportlab, edges on whole dots."""

import datetime as dt
from itertools import pairwise

import pytest

from kiosk.payments.example import example_payable
from kiosk.payments.symbols import bar_edges, gs1_bars

DIGITS = example_payable(dt.date(2026, 11, 23))["gs1"]


def elements(edges):
    """Widths of bars and spaces alternately, in dots, first bar to last."""
    points = [dot for bar in edges for dot in bar]
    return [end - start for start, end in pairwise(points)]


def test_pattern_is_start_c_fnc1_22_pairs_check_and_stop():
    bars = gs1_bars(DIGITS)
    start, width = bars[-1]
    assert bars[0] == (0, 2)  # Start C opens with a 2-module bar (211232)
    assert start + width == 11 + 11 + 22 * 11 + 11 + 13  # 288 modules
    assert len(bars) == 3 * (1 + 1 + 22 + 1) + 4  # 3 bars per symbol, 4 in the stop
    widths = elements(bar_edges(bars, 1, 0))
    assert set(widths) <= {1, 2, 3, 4}
    for first in range(0, len(widths) - 7, 6):  # every symbol character is 11 modules
        assert sum(widths[first:first + 6]) == 11


@pytest.mark.parametrize("module_dots", [2, 4])
def test_whole_dot_modules_scale_exactly(module_dots):
    bars = gs1_bars(DIGITS)
    assert elements(bar_edges(bars, module_dots, 7)) == \
        [w * module_dots for w in elements(bar_edges(bars, 1, 0))]


def test_one_and_a_half_dots_keeps_every_run_within_half_a_dot():
    bars = gs1_bars(DIGITS)
    edges = bar_edges(bars, 1.5, 551)
    modules = elements(bar_edges(bars, 1, 0))
    dots = elements(edges)
    assert edges[0][0] == 551 and edges[-1][1] == 551 + 432  # 288 x 1.5
    for width_modules, width_dots in zip(modules, dots, strict=True):
        assert width_dots in {int(1.5 * width_modules), int(1.5 * width_modules + 0.5)}
    # What a decoder measures: sums of consecutive elements (bar+space pairs, characters).
    for run in (2, 3, 6):
        for first in range(len(dots) - run):
            nominal = 1.5 * sum(modules[first:first + run])
            assert abs(sum(dots[first:first + run]) - nominal) <= 0.5
