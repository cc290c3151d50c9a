"""The GS1-128 as printed: width, height and every bar at its exact dot width on the raster
the self-check reads (pdftoppm -mono at the printer's resolution)."""

import pytest

from devices.raster import render_page
from kiosk.payments.example import DEMO_MUNICIPALITY_CODE
from kiosk.payments.gs1_bars import bar_edges, gs1_elements
from kiosk.payments.layout import for_printer, gs1_module_dots, load_layout
from kiosk.payments.selfcheck import check_slip_pdf


def dark_runs(row):
    """(first pixel, end pixel) of every dark run in a row of 0/255 pixels."""
    runs, start = [], None
    for index, value in enumerate([*row, 255]):
        if value < 128 and start is None:
            start = index
        elif value >= 128 and start is not None:
            runs.append((start, index))
            start = None
    return runs


@pytest.mark.parametrize("dpi", [600, 300, 200])
def test_bars_land_on_whole_dots(slip_for_printer, dpi):
    pdf, codes = slip_for_printer(dpi)
    layout = for_printer(load_layout(DEMO_MUNICIPALITY_CODE), dpi)
    page = render_page(pdf, dpi, mono=True)
    x0, y0 = layout.part_origin(layout.gs1.part)
    left_mm = x0 + layout.gs1.x
    middle = page.height - round((y0 + layout.gs1.y + layout.gs1.height / 2) * dpi / 25.4)
    first, last = round(left_mm * dpi / 25.4), round((left_mm + 61) * dpi / 25.4)
    runs = dark_runs([page.getpixel((x, middle)) for x in range(first, last)])
    expected = bar_edges(gs1_elements(codes.gs1), gs1_module_dots(0.19, dpi), runs[0][0])
    assert runs == expected
    dot = 25.4 / dpi
    quiet = 10 * layout.gs1.module
    assert runs[0][0] * dot >= quiet - dot / 2  # the left quiet zone is clear
    assert (runs[-1][1] - runs[0][0]) * dot + 2 * quiet <= 60
    column = first + runs[0][0]
    top = bottom = middle
    while page.getpixel((column, top - 1)) < 128:
        top -= 1
    while page.getpixel((column, bottom + 1)) < 128:
        bottom += 1
    assert (bottom - top + 1) * dot >= 10


def test_self_check_passes_at_200_dpi_with_the_real_decoder(slip_for_printer):
    pdf, codes = slip_for_printer(200)
    check_slip_pdf(pdf, codes, 200)
