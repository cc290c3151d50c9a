"""The 手続き案内票: what was decided and why, which counters, what to bring, the fees."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from forms.navigator import Decision
from forms.pdf import canvas as draw
from forms.pdf.textfit import fit, fit_row
from forms.session import Session
from kiosk.pdf_fonts import GOTHIC, MINCHO
from kiosk.wareki import to_wareki

COLUMNS = (("No.", 0.06), ("手続き・担当窓口", 0.30), ("この手続きが必要な理由", 0.34),
           ("お持ちいただくもの", 0.22), ("手数料", 0.08))
HEADER_H = 8 * mm
MIN_ROW_H = 16 * mm
MAX_ROW_H = 60 * mm


def paint_guide(c: Canvas, session: Session, decisions: list[Decision]) -> None:
    event = session.catalogue.life_events[session.life_event]
    top = draw.PAGE_H - draw.MARGIN
    draw.title(c, "手続き案内票", top - 8 * mm)
    name = fit(f"{session.card.name}　様", MINCHO, draw.CONTENT_W / 2, 8 * mm, 11, 8)
    draw.draw_fitted(c, name, MINCHO, draw.MARGIN, top - 16 * mm, 6 * mm)
    c.setFont(MINCHO, 11)
    c.drawRightString(draw.PAGE_W - draw.MARGIN, top - 20 * mm,
                      f"{to_wareki(session.today).format()}　{session.catalogue.municipality.name}")
    c.setFont(GOTHIC, 10)
    c.drawString(draw.MARGIN, top - 28 * mm,
                 f"ご用件：{event.name}　　手続きの数：{len(decisions)}")
    y = _header(c, top - 33 * mm)
    page = 1
    for number, decision in enumerate(decisions, start=1):
        cells = _cells(number, decision)
        height = _row_height(cells)
        if y - height < 30 * mm:
            draw.footer(c, "手続き案内票", page)
            c.showPage()
            page += 1
            y = _header(c, draw.PAGE_H - draw.MARGIN)
        _row(c, y, cells, height)
        y -= height
    total = sum(d.procedure.fee for d in decisions)
    c.setFont(GOTHIC, 11)
    c.drawRightString(draw.PAGE_W - draw.MARGIN, y - 7 * mm, f"手数料の合計　{total:,}円")
    c.setFont(MINCHO, 8)
    c.drawString(draw.MARGIN, y - 14 * mm,
                 "番号の順に窓口へお進みください。申請書はすべて記入済みです。内容を確認し、署名だけをお願いします。")
    draw.footer(c, "手続き案内票　書かないワンストップ窓口", page)


def _cells(number: int, decision: Decision) -> list[str]:
    proc = decision.procedure
    place = f"{proc.name}\n{proc.division}　{proc.counter}".strip()
    bring = "\n".join(f"・{b}" for b in proc.bring) or "—"
    fee = f"{proc.fee:,}円" if proc.fee else "無料"
    return [str(number), place, "\n".join(f"・{r}" for r in decision.reasons), bring, fee]


def _row_height(cells: list[str]) -> float:
    height = MIN_ROW_H
    for text, (_, share) in zip(cells, COLUMNS, strict=True):
        width = draw.CONTENT_W * share - 3 * mm
        needed = sum(fit_row(part, MINCHO, width, 0, MAX_ROW_H, 9, 7, 0)[1]
                     for part in text.split("\n")) + 3 * mm
        height = max(height, min(needed, MAX_ROW_H))
    return float(height)


def _header(c: Canvas, y: float) -> float:
    x = draw.MARGIN
    for title, share in COLUMNS:
        width = draw.CONTENT_W * share
        draw.box(c, x, y, width, HEADER_H, draw.LABEL_FILL)
        fitted = fit(title, GOTHIC, width - 2 * mm, HEADER_H - 1 * mm, 9, 6)
        draw.draw_fitted(c, fitted, GOTHIC, x + 1 * mm, y, HEADER_H)
        x += width
    return float(y - HEADER_H)


def _row(c: Canvas, y: float, cells: list[str], height: float) -> None:
    x = draw.MARGIN
    for text, (_, share) in zip(cells, COLUMNS, strict=True):
        width = draw.CONTENT_W * share
        draw.box(c, x, y, width, height)
        top = y - 1.5 * mm
        for part in text.split("\n"):
            fitted, part_h = fit_row(part, MINCHO, width - 3 * mm, 0, MAX_ROW_H, 9, 7, 0)
            draw.draw_fitted(c, fitted, MINCHO, x + 1.5 * mm, top, part_h)
            top -= part_h
        x += width
