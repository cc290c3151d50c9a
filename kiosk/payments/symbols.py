"""The two symbols on a slip, drawn as vectors so they stay sharp at any printer resolution.

eL-QR: QR version 6, level M, numeric mode, fixed (never ``fit``): 255 digits fill 6-M
exactly, and every 6-M block holds non-zero header digits, so the ``qrcode`` package's
``glog(0)`` failure (all-zero Reed-Solomon block, seen at level Q on eL-QR's 85 zeros) cannot
happen. GS1-128: reportlab's Code 128 with a leading FNC1 (``\\xf1``), which reportlab encodes
as Start C + FNC1 + 22 digit pairs.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

QR_VERSION = 6
QUIET_MODULES = 4
GS1_QUIET_MODULES = 10


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


def gs1_barcode(digits: str, module: float, height: float) -> Code128:
    quiet = GS1_QUIET_MODULES * module * mm
    return Code128("\xf1" + digits, barWidth=module * mm, barHeight=height * mm, quiet=1,
                   lquiet=quiet, rquiet=quiet, humanReadable=False)


def draw_gs1(canvas: Canvas, digits: str, x: float, y: float, module: float,
             height: float) -> float:
    """Draw the GS1-128 symbol with its quiet zones at (x, y) mm; returns its width in mm."""
    barcode = gs1_barcode(digits, module, height)
    barcode.drawOn(canvas, x * mm, y * mm)
    return float(barcode.width / mm)
