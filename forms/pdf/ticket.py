"""The numbered queue ticket (受付番号票): number, procedures, estimated wait. A6 portrait.

Printed in the resident's language; the procedure names keep their Japanese originals (in
small type) so that the clerk who calls the number reads them too.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from forms.pdf import locale as text
from forms.pdf.canvas import draw_line
from forms.pdf.fonts import GOTHIC
from forms.pdf.locale import PrintLocale, print_locale
from forms.pdf.textfit import FontSpec, fit, text_width

WIDTH, HEIGHT = 105 * mm, 148 * mm
MARGIN = 8 * mm
MAX_PROCEDURES = 10


def render_ticket(number: str, procedures: list[str], wait_minutes: int, municipality: str,
                  issued: dt.datetime, language: str = "ja") -> bytes:
    """``procedures`` and ``municipality`` are the catalogue's Japanese names."""
    here = print_locale(language)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(WIDTH, HEIGHT), initialFontName=GOTHIC, initialFontSize=10)
    c.setTitle(f"受付番号 {number}")
    fonts = here.fonts
    title = here.text(text.TICKET_TITLE, municipality=here.catalogue(municipality))
    _centred(c, _one_line(title, fonts.gothic, 13), fonts.gothic, 13, HEIGHT - 16 * mm)
    c.setFont(GOTHIC, 64)
    c.drawCentredString(WIDTH / 2, HEIGHT - 48 * mm, number)
    _centred(c, f"{here.date(issued.date())}{here.gap}{issued:%H:%M}", fonts.mincho, 10,
             HEIGHT - 58 * mm)
    wait = here.text(text.TICKET_WAIT, minutes=wait_minutes)
    _centred(c, _one_line(wait, fonts.mincho, 10), fonts.mincho, 10, HEIGHT - 65 * mm)
    draw_line(c, here.text(text.TICKET_TODAY), fonts.gothic, 10, MARGIN, HEIGHT - 75 * mm)
    _procedures(c, procedures[:MAX_PROCEDURES], here, HEIGHT - 77 * mm)
    advice = fit(here.text(text.TICKET_ADVICE), fonts.mincho, WIDTH - 2 * MARGIN, 8 * mm, 8, 6)
    y = 10 * mm + (len(advice.lines) - 1) * advice.size * 1.2
    for line in advice.lines:
        draw_line(c, line, fonts.mincho, advice.size, MARGIN, y)
        y -= advice.size * 1.2
    c.save()
    return buffer.getvalue()


def _procedures(c: Canvas, procedures: list[str], here: PrintLocale, y: float) -> None:
    width = WIDTH - 2 * MARGIN
    for name in procedures:
        shown = fit(f"・{here.catalogue(name)}", here.fonts.mincho, width, 6 * mm, 9.5, 7)
        y -= shown.size * 1.3
        draw_line(c, shown.lines[0], here.fonts.mincho, shown.size, MARGIN, y)
        if original := here.original(name):
            y -= 7 * 1.25
            draw_line(c, _one_line(f"　{original}", here.fonts.japanese_mincho, 7),
                      here.fonts.japanese_mincho, 7, MARGIN, y)
        if y < 22 * mm:  # keep clear of the advice at the foot
            break


def _one_line(line: str, font: FontSpec, size: float) -> str:
    """``line`` cut with … to the ticket's width at ``size``."""
    return fit(line, font, WIDTH - 2 * MARGIN, size * 1.2, size, size).lines[0]


def _centred(c: Canvas, line: str, font: FontSpec, size: float, y: float) -> None:
    draw_line(c, line, font, size, (WIDTH - text_width(line, font, size)) / 2, y)
