"""The two symbols on a slip, drawn as vectors so they stay sharp at any printer resolution.

eL-QR: QR version 6, level M, numeric mode, fixed (never ``fit``): 255 digits fill 6-M
exactly, and every 6-M block holds non-zero header digits, so the ``qrcode`` package's
``glog(0)`` failure (all-zero Reed-Solomon block, seen at level Q on eL-QR's 85 zeros) cannot
happen. GS1-128: reportlab's Code 128 encoding with a leading FNC1 (``\\xf1``), which is
Start C + FNC1 + 22 digit pairs; the bars are drawn here rather than by reportlab so that every
edge lands on a printer dot even when the module is 1.5 dots (200 dpi, kiosk/payments/gs1_bars.py).
"""

from __future__ import annotations

import math

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.payments.gs1_bars import bar_edges, gs1_elements

QR_VERSION = 6
QUIET_MODULES = 4
GS1_QUIET_MODULES = 10
BAR_INSET = 0.05  # printer dots, see draw_gs1


def qr_matrix(data: str, *, version: int = QR_VERSION) -> list[list[bool]]:
    """Modules of the QR symbol (no quiet zone), rows top to bottom."""
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=False)
    return [list(row) for row in code.get_matrix()]


def draw_qr(canvas: Canvas, data: str, x: float, y: float, module: float) -> float:
    """Draw the QR with its quiet zone; (x, y) is the bottom-left of the quiet zone, in mm.
    Dark modules are merged into horizontal runs to keep the PDF small. Returns the side."""
    matrix = qr_matrix(data)
    size = len(matrix)
    unit = module * mm
    left = x * mm + QUIET_MODULES * unit
    top = y * mm + (QUIET_MODULES + size) * unit
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    side = (size + 2 * QUIET_MODULES) * unit
    canvas.rect(x * mm, y * mm, side, side, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        column = 0
        while column < size:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < size and row[column]:
                column += 1
            path.rect(left + start * unit, top - (row_index + 1) * unit,
                      (column - start) * unit, unit)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return float(side / mm)


def draw_gs1(canvas: Canvas, digits: str, x: float, y: float, module: float,
             height: float, dpi: int) -> float:
    """Draw the GS1-128 symbol for a ``dpi`` printer, its left quiet zone starting at (x, y)
    mm; returns its width in mm, quiet zones included. ``module`` should be a whole or half
    number of dots (layout.for_printer); the first bar starts on a whole dot, at least
    ten modules right of x, so no edge falls between two dots."""
    dot = 25.4 / dpi
    module_dots = round(2 * module / dot) / 2
    quiet = GS1_QUIET_MODULES * module
    first_dot = math.ceil((x + quiet) / dot - 1e-6)
    edges = bar_edges(gs1_elements(digits), module_dots, first_dot)
    point = 72 / dpi  # one dot in PDF points
    path = canvas.beginPath()
    for start, end in edges:
        # A rasteriser without anti-aliasing (pdftoppm -mono, which the self-check uses) also
        # fills the pixel an edge merely touches, so an exact w-dot bar comes out w+1 dots;
        # a twentieth of a dot in from each edge keeps it at w and costs nothing anti-aliased.
        path.rect((start + BAR_INSET) * point, y * mm, (end - start - 2 * BAR_INSET) * point,
                  height * mm)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return edges[-1][1] * dot + quiet - x
