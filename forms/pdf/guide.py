"""The 手続き案内票: what was decided and why, which counters, what to bring, the fees.

Printed in the resident's language (forms.pdf.locale); in any language but Japanese each
procedure also carries its Japanese name, so a clerk reads the same sheet.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from forms.navigator import Decision
from forms.pdf import canvas as draw
from forms.pdf import locale as text
from forms.pdf.locale import PrintLocale, print_locale
from forms.pdf.nameimage import PADDING, NameImage, draw_name_image
from forms.pdf.textfit import FontSpec, fit, fit_row
from forms.renewal import NOTICE_TITLE
from forms.session import Session

COLUMN_SHARES = (0.06, 0.30, 0.34, 0.22, 0.08)
HEADER_H = 8 * mm
MIN_ROW_H = 16 * mm
MAX_ROW_H = 60 * mm
NOTICE_MAX_H = 16 * mm

Cell = list[tuple[str, FontSpec, float]]  # (text, font, largest size) per paragraph


def paint_guide(c: Canvas, session: Session, decisions: list[Decision],
                here: PrintLocale | None = None, image: NameImage | None = None) -> None:
    here = here or print_locale()
    fonts = here.fonts
    event = session.catalogue.life_events[session.life_event]
    municipality = session.catalogue.municipality.name
    top = draw.PAGE_H - draw.MARGIN
    draw.title(c, here.text(text.GUIDE_TITLE), top - 8 * mm, fonts.gothic)
    if not here.japanese:
        draw.title(c, text.GUIDE_TITLE, top - 13 * mm, fonts.japanese_gothic, 9)
    _addressee(c, session, here, top - 16 * mm, image)
    place = f"{here.date(session.today)}{here.gap}{here.catalogue(municipality)}"
    draw.right(c, place, fonts.mincho, 11, draw.PAGE_W - draw.MARGIN, top - 20 * mm)
    purpose = here.text(text.PURPOSE, event=here.catalogue(event.name), count=len(decisions))
    purpose_fit = fit(purpose, fonts.gothic, draw.CONTENT_W, 6 * mm, 10, 7)
    draw.draw_fitted(c, purpose_fit, fonts.gothic, draw.MARGIN, top - 24 * mm, 5 * mm)
    y = _header(c, _notices(c, session, here, top - 31 * mm) - 2 * mm, here)
    page = 1
    for number, decision in enumerate(decisions, start=1):
        cells = _cells(number, decision, session, here)
        height = _row_height(cells)
        if y - height < 30 * mm:
            draw.footer(c, here.text(text.GUIDE_TITLE), page, fonts.mincho)
            c.showPage()
            page += 1
            y = _header(c, draw.PAGE_H - draw.MARGIN, here)
        _row(c, y, cells, height)
        y -= height
    total = here.text(text.FEE_TOTAL, amount=here.yen(sum(d.fee for d in decisions)))
    draw.right(c, total, fonts.gothic, 11, draw.PAGE_W - draw.MARGIN, y - 7 * mm)
    advice = fit(here.text(text.GUIDE_ADVICE), fonts.mincho, draw.CONTENT_W, 10 * mm, 8, 6.5)
    draw.draw_fitted(c, advice, fonts.mincho, draw.MARGIN, y - 10 * mm, 10 * mm)
    draw.footer(c, here.text(text.GUIDE_FOOTER), page, fonts.mincho)


def _addressee(c: Canvas, session: Session, here: PrintLocale, y: float,
               image: NameImage | None) -> None:
    """「{name}　様」 at (MARGIN, y); the card-face name image in place of the name where the
    fonts cannot print it truly (〓 or an approximated variant), as on the forms."""
    font = here.fonts.japanese_mincho
    name = session.card.name
    shown = fit(name, font, draw.CONTENT_W / 2, 8 * mm, 11, 8)
    if image is None or image.name != name or not (shown.missing or shown.approximated):
        addressee = here.text(text.ADDRESSEE, name=name)
        fitted = fit(addressee, font, draw.CONTENT_W / 2, 8 * mm, 11, 8)
        draw.draw_fitted(c, fitted, font, draw.MARGIN, y, 6 * mm)
        return
    before, _, after = here.text(text.ADDRESSEE, name="\0").partition("\0")
    size, box_h = 11.0, 7 * mm
    baseline = y - (box_h - size * 1.2) / 2 - size
    x = draw.MARGIN + draw.draw_line(c, before, font, size, draw.MARGIN, baseline)
    pixels_w, pixels_h = image.image.getSize()
    box_w = min((box_h - 2 * PADDING) * pixels_w / max(pixels_h, 1) + 2 * PADDING,
                draw.CONTENT_W / 2)
    draw_name_image(c, image, font, x, y, box_w, box_h)
    draw.draw_line(c, after, font, size, x + box_w, baseline)


def _notices(c: Canvas, session: Session, here: PrintLocale, y: float) -> float:
    """The card's and the e-certificates' expiry, in a shaded box above the table, where
    the resident reads it first; returns the y below it (``y`` when there is nothing)."""
    notices = session.notices()
    if not notices:
        return y
    lines = [f"■ {here.text(NOTICE_TITLE)}"]
    lines += [notice.text(here.tr, here.date) for notice in notices]
    width = draw.CONTENT_W - 4 * mm
    fitted = [fit(line, here.fonts.gothic, width, NOTICE_MAX_H, 10, 7) for line in lines]
    height = sum(len(f.lines) * f.size * 1.2 for f in fitted) + 4 * mm
    draw.box(c, draw.MARGIN, y, draw.CONTENT_W, height, draw.STAFF_FILL, width=1.2)
    top = y - 2 * mm
    for part in fitted:
        part_h = len(part.lines) * part.size * 1.2
        draw.draw_fitted(c, part, here.fonts.gothic, draw.MARGIN + 2 * mm, top, part_h)
        top -= part_h
    return float(y - height)


def _cells(number: int, decision: Decision, session: Session, here: PrintLocale) -> list[Cell]:
    proc, body = decision.procedure, here.fonts.mincho
    counter = f"{here.catalogue(proc.division)}{here.gap}{here.catalogue(proc.counter)}".strip()
    place: Cell = [(here.catalogue(proc.name), body, 9)]
    if original := here.original(proc.name):
        place.append((original, here.fonts.japanese_mincho, 7.5))
    place.append((counter, body, 9))
    if here.original(proc.counter):
        place.append((f"{proc.division}　{proc.counter}", here.fonts.japanese_mincho, 7.5))
    reasons = decision.reasons_in(session.catalogue, session.life_event, here.tr)
    bring: Cell = [(f"・{here.catalogue(b)}", body, 9) for b in decision.bring]
    why: Cell = [(f"・{r}", body, 9) for r in reasons]
    return [[(str(number), body, 9)], place, why, bring or [(text.NOTHING, body, 9)],
            [(here.fee(decision.fee), body, 9)]]


def _row_height(cells: list[Cell]) -> float:
    height = MIN_ROW_H
    for cell, share in zip(cells, COLUMN_SHARES, strict=True):
        width = draw.CONTENT_W * share - 3 * mm
        needed = sum(fit_row(part, font, width, 0, MAX_ROW_H, size, 7, 0)[1]
                     for part, font, size in cell) + 3 * mm
        height = max(height, min(needed, MAX_ROW_H))
    return float(height)


def _header(c: Canvas, y: float, here: PrintLocale) -> float:
    x = draw.MARGIN
    for title, share in zip(text.COLUMN_TITLES, COLUMN_SHARES, strict=True):
        width = draw.CONTENT_W * share
        draw.box(c, x, y, width, HEADER_H, draw.LABEL_FILL)
        shown = title if title == "No." else here.text(title)
        fitted = fit(shown, here.fonts.gothic, width - 2 * mm, HEADER_H - 1 * mm, 9, 5.5)
        draw.draw_fitted(c, fitted, here.fonts.gothic, x + 1 * mm, y, HEADER_H)
        x += width
    return float(y - HEADER_H)


def _row(c: Canvas, y: float, cells: list[Cell], height: float) -> None:
    x = draw.MARGIN
    for cell, share in zip(cells, COLUMN_SHARES, strict=True):
        width = draw.CONTENT_W * share
        draw.box(c, x, y, width, height)
        top = y - 1.5 * mm
        for part, font, size in cell:
            fitted, part_h = fit_row(part, font, width - 3 * mm, 0, MAX_ROW_H, size, 7, 0)
            draw.draw_fitted(c, fitted, font, x + 1.5 * mm, top, part_h)
            top -= part_h
        x += width
