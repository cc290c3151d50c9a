"""The numbered queue ticket (受付番号票): number, procedures, estimated wait. A6 portrait."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from forms.pdf.textfit import fit
from kiosk.pdf_fonts import GOTHIC, MINCHO, register_fonts
from kiosk.wareki import to_wareki

WIDTH, HEIGHT = 105 * mm, 148 * mm
MARGIN = 8 * mm


def render_ticket(number: str, procedures: list[str], wait_minutes: int, municipality: str,
                  issued: dt.datetime) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(WIDTH, HEIGHT), initialFontName=MINCHO, initialFontSize=10)
    c.setTitle(f"受付番号 {number}")
    c.setFont(GOTHIC, 13)
    c.drawCentredString(WIDTH / 2, HEIGHT - 16 * mm, f"{municipality}　受付番号票")
    c.setFont(GOTHIC, 64)
    c.drawCentredString(WIDTH / 2, HEIGHT - 48 * mm, number)
    c.setFont(MINCHO, 10)
    when = f"{to_wareki(issued.date()).format()}　{issued:%H:%M}"
    c.drawCentredString(WIDTH / 2, HEIGHT - 58 * mm, when)
    c.drawCentredString(WIDTH / 2, HEIGHT - 65 * mm, f"お待ちの目安：約{wait_minutes}分")
    y = HEIGHT - 75 * mm
    c.setFont(GOTHIC, 10)
    c.drawString(MARGIN, y, "本日の手続き")
    y -= 2 * mm
    for name in procedures[:10]:
        fitted = fit(f"・{name}", MINCHO, WIDTH - 2 * MARGIN, 6 * mm, 9.5, 7)
        c.setFont(MINCHO, fitted.size)
        y -= fitted.size * 1.3
        c.drawString(MARGIN, y, fitted.lines[0])
    c.setFont(MINCHO, 8)
    c.drawString(MARGIN, 10 * mm, "番号が呼ばれたら、表示された窓口へお越しください。")
    c.save()
    return buffer.getvalue()
