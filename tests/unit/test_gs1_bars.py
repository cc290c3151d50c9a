"""GS1-128 bars on the printer's dot grid: pattern from reportlab, edges on whole dots, and
at 1.5 dots per module edges chosen so the reference decode reads every character."""

import datetime as dt
from itertools import accumulate, pairwise

import pytest

from kiosk.payments.example import example_payable
from kiosk.payments.gs1_bars import bar_edges, dot_edges, gs1_elements

# Payables of a year's worth of days: their dates change the digit pairs and so the pattern.
ALL_DIGITS = [example_payable(dt.date(2026, 1, 1) + dt.timedelta(days))["gs1"]
              for days in range(0, 365, 7)]
DIGITS = ALL_DIGITS[0]


def reference_decode(widths):
    """ISO/IEC 15417's reference algorithm for one character: its four edge-to-similar-edge
    distances, in modules relative to the character's width, rounded."""
    width = sum(widths[:6])
    return [round((widths[j] + widths[j + 1]) * 11 / width) for j in range(4)]


def test_pattern_is_start_c_fnc1_22_pairs_check_and_stop():
    elements = gs1_elements(DIGITS)
    assert elements[:6] == [2, 1, 1, 2, 3, 2]  # Start C
    assert elements[6:12] == [4, 1, 1, 1, 3, 1]  # FNC1
    assert elements[-7:] == [2, 3, 3, 1, 1, 1, 2]  # stop
    assert len(elements) == 25 * 6 + 7 and sum(elements) == 288
    for first in range(0, 150, 6):  # every symbol character is 11 modules
        assert sum(elements[first:first + 6]) == 11


@pytest.mark.parametrize("module_dots", [1, 2, 4])
def test_whole_dot_modules_scale_exactly(module_dots):
    elements = gs1_elements(DIGITS)
    edges = dot_edges(elements, module_dots)
    assert [b - a for a, b in pairwise(edges)] == [w * module_dots for w in elements]
    assert bar_edges(elements, module_dots, 7)[0] == (7, 7 + 2 * module_dots)


@pytest.mark.parametrize("digits", ALL_DIGITS)
def test_one_and_a_half_dots_decode_by_the_reference_algorithm(digits):
    elements = gs1_elements(digits)
    edges = dot_edges(elements, 1.5)
    widths = [b - a for a, b in pairwise(edges)]
    assert edges[0] == 0 and edges[-1] == 432  # 288 x 1.5, so the symbol width is exact
    for width, modules in zip(widths, elements, strict=True):
        # Within a dot: a few characters need a width off by one to keep their edge-to-edge
        # distances right, which is what decoders measure.
        assert abs(width - 1.5 * modules) <= 1 and width >= 1
    for first in range(0, 151, 6):  # 25 characters and the stop's first six elements
        assert reference_decode(widths[first:first + 6]) == \
            reference_decode(elements[first:first + 6]), f"character {first // 6}"


def test_rounding_every_half_dot_edge_up_would_misread():
    """Why the edges are chosen: the plain rule fails the reference decode on some slips."""
    def misread(digits):
        elements = gs1_elements(digits)
        naive = [int(1.5 * m + 0.5) for m in [0, *accumulate(elements)]]
        widths = [b - a for a, b in pairwise(naive)]
        return any(reference_decode(widths[f:f + 6]) != reference_decode(elements[f:f + 6])
                   for f in range(0, 151, 6))

    assert sum(map(misread, ALL_DIGITS)) >= len(ALL_DIGITS) // 3  # 22 of the 53


def test_fractional_modules_other_than_halves_are_refused():
    with pytest.raises(ValueError, match="half dot"):
        dot_edges(gs1_elements(DIGITS), 1.25)
