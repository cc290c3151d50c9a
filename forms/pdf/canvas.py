"""Drawing helpers shared by the form and the 案内票: ruled boxes, fitted text, the header."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from forms.pdf.fonts import GOTHIC, MINCHO
from forms.pdf.textfit import Fitted, FontSpec, runs, text_width
from forms.pdf.truetype import drawable

PAGE_W, PAGE_H = 210 * mm, 297 * mm
MARGIN = 14 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
LABEL_FILL = (0.93, 0.93, 0.93)
STAFF_FILL = (0.97, 0.95, 0.88)
LINE = 0.6


def box(c: Canvas, x: float, y: float, w: float, h: float,
        fill: tuple[float, float, float] | None = None, width: float = LINE) -> None:
    """A ruled box whose top-left corner is (x, y) in page points (y grows upwards)."""
    c.setLineWidth(width)
    if fill is not None:
        c.setFillColorRGB(*fill)
        c.rect(x, y - h, w, h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
    else:
        c.rect(x, y - h, w, h, stroke=1, fill=0)


def draw_fitted(c: Canvas, fitted: Fitted, font: FontSpec, x: float, y: float, h: float) -> None:
    """Lines of ``fitted`` in a cell whose top-left is (x, y), centred vertically."""
    leading = fitted.size * 1.2
    block = leading * len(fitted.lines)
    baseline = y - (h - block) / 2 - fitted.size
    for line in fitted.lines:
        draw_line(c, line, font, fitted.size, x, baseline)
        baseline -= leading


def draw_line(c: Canvas, text: str, font: FontSpec, size: float, x: float, y: float) -> float:
    """One line at (x, baseline y), each run in its own font; returns the width drawn."""
    start = x
    for name, piece in runs(text, font):
        shown = drawable(name, piece)  # variation sequences as the font's variant glyphs
        c.setFont(name, size)
        c.drawString(x, y, shown)
        x += c.stringWidth(shown, name, size)
    return x - start


def label(c: Canvas, text: str, x: float, y: float, size: float = 9, font: str = GOTHIC) -> None:
    c.setFont(font, size)
    c.drawString(x, y, text)


def title(c: Canvas, text: str, y: float, font: FontSpec = GOTHIC, size: float = 17.0) -> None:
    while text_width(text, font, size) > CONTENT_W - 40 * mm and size > 11:
        size -= 0.5
    draw_line(c, text, font, size, (PAGE_W - text_width(text, font, size)) / 2, y)


def right(c: Canvas, text: str, font: FontSpec, size: float, x: float, y: float) -> None:
    """One line ending at x."""
    draw_line(c, text, font, size, x - text_width(text, font, size), y)


def footer(c: Canvas, left: str, page: int, font: FontSpec = MINCHO) -> None:
    draw_line(c, left, font, 7, MARGIN, 8 * mm)
    c.setFont(MINCHO, 7)
    c.drawRightString(PAGE_W - MARGIN, 8 * mm, f"{page}")
