"""One procedure's form, laid out like a municipal form: ruled label/value rows per section,
a members table, the 届出人 signature box, the 受付 stamp area and the 職員記入欄."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from forms.model import FieldType, Procedure, Source
from forms.pdf import canvas as draw
from forms.pdf.fonts import FORM_MINCHO, GOTHIC, MINCHO
from forms.pdf.nameimage import NOTE as NAME_IMAGE_NOTE
from forms.pdf.nameimage import NameImage, draw_name_image
from forms.pdf.textfit import Fitted, fit, fit_row
from forms.prefill import FilledField

LABEL_W = 38 * mm
ROW_H = 9 * mm
MAX_ROW_H = 26 * mm
MEMBER_COLUMNS = (("name", "氏名", 0.24), ("kana", "フリガナ", 0.26),
                  ("birth_date", "生年月日", 0.24), ("sex", "性別", 0.08),
                  ("relationship", "続柄", 0.18))
MIN_MEMBER_ROWS = 3
BOTTOM = 22 * mm
STAFF_PER_ROW = 6


@dataclass
class FormReport:
    procedure_id: str
    missing_glyphs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> chars
    # field -> variation sequences printed with the base glyph (no font has the variant)
    approximated: dict[str, tuple[str, ...]] = field(default_factory=dict)
    name_images: list[str] = field(default_factory=list)  # fields printed as the card's image


class FormPainter:
    def __init__(self, c: Canvas, procedure: Procedure, municipality: str,
                 notes: tuple[str, ...] | None = None,
                 name_image: NameImage | None = None) -> None:
        self.c = c
        self.name_image = name_image
        self.procedure = procedure
        self.notes = procedure.notes if notes is None else notes  # with the visit's notes_if
        self.municipality = municipality
        self.report = FormReport(procedure.id)
        self.y = 0.0
        self.page = 0

    def paint(self, filled: list[FilledField]) -> FormReport:
        by_id = {f.field.id: f for f in filled}
        self._new_page(by_id.get("filed_on"))
        filled = [f for f in filled if f.shown]  # a field whose ``when`` fails is left out
        staff = [f for f in filled if f.field.source is Source.STAFF]
        body = [f for f in filled
                if f.field.source is not Source.STAFF and f.field.id != "filed_on"]
        for section, rows in groupby(body, key=lambda f: f.field.section):
            self._section(section, list(rows))
        if self.procedure.signature:
            self._signature()
        self._notes()
        self._staff(staff)
        return self.report

    def _new_page(self, filed_on: FilledField | None = None) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        top = draw.PAGE_H - draw.MARGIN
        draw.title(self.c, self.procedure.printed_title, top - 8 * mm)
        self.c.setFont(MINCHO, 10.5)
        self.c.drawString(draw.MARGIN, top - 20 * mm,
                          f"（宛先）{self.municipality}{self.procedure.addressee}　様")
        if filed_on is not None and filed_on.text:
            self.c.drawRightString(draw.PAGE_W - draw.MARGIN - 30 * mm, top - 20 * mm,
                                   f"届出日　{filed_on.text}")
        self._stamp_area(top)
        draw.footer(self.c, f"{self.procedure.division}　{self.procedure.id}　"
                            "書かないワンストップ窓口で作成", self.page)
        self.y = top - 27 * mm

    def _stamp_area(self, top: float) -> None:
        x = draw.PAGE_W - draw.MARGIN - 26 * mm
        draw.box(self.c, x, top, 26 * mm, 24 * mm)
        draw.label(self.c, "受付印", x + 2 * mm, top - 4 * mm, 7)

    def _ensure(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self._new_page()

    def _section(self, name: str, rows: list[FilledField]) -> None:
        if name:
            self._ensure(6 * mm + ROW_H)
            self.c.setFont(GOTHIC, 10)
            self.c.drawString(draw.MARGIN, self.y - 4.5 * mm, f"■ {name}")
            self.y -= 6 * mm
        for row in rows:
            if row.field.type is FieldType.MEMBERS:
                self._members(row)
            else:
                self._row(row)
        self.y -= 3 * mm

    def _row(self, row: FilledField, fill: tuple[float, float, float] | None = None) -> None:
        value_w = draw.CONTENT_W - LABEL_W
        fitted, height = fit_row(row.text, FORM_MINCHO, value_w - 4 * mm, ROW_H, MAX_ROW_H)
        self._ensure(height)
        image = self._image_for(row.text, fitted)
        if image is not None:
            self.report.name_images.append(row.field.id)
        else:
            self._note_glyphs(row.field.id, fitted)
        draw.box(self.c, draw.MARGIN, self.y, LABEL_W, height, fill or draw.LABEL_FILL)
        draw.box(self.c, draw.MARGIN + LABEL_W, self.y, value_w, height, fill)
        label = fit(row.field.label, GOTHIC, LABEL_W - 3 * mm, height - 2 * mm, 9, 6)
        draw.draw_fitted(self.c, label, GOTHIC, draw.MARGIN + 1.5 * mm, self.y, height)
        if image is not None:
            draw_name_image(self.c, image, FORM_MINCHO, draw.MARGIN + LABEL_W, self.y,
                            value_w, height)
        else:
            draw.draw_fitted(self.c, fitted, FORM_MINCHO, draw.MARGIN + LABEL_W + 2 * mm,
                             self.y, height)
        self.y -= height

    def _image_for(self, text: str, fitted: Fitted) -> NameImage | None:
        """The card's name image, for a row that shows the card's name and that the fonts
        cannot print truly (〓 or an approximated variant); else None (print the text)."""
        image = self.name_image
        if image is None or text != image.name or not (fitted.missing or fitted.approximated):
            return None
        return image

    def _note_glyphs(self, field_id: str, fitted: Fitted) -> None:
        if fitted.missing:
            self.report.missing_glyphs[field_id] = fitted.missing
        if fitted.approximated:
            self.report.approximated[field_id] = fitted.approximated

    def _members(self, row: FilledField) -> None:
        people = row.value if isinstance(row.value, list) else []
        rows = max(MIN_MEMBER_ROWS, len(people))
        self._ensure(ROW_H * (rows + 1) + 5 * mm)
        draw.label(self.c, row.field.label, draw.MARGIN, self.y - 3.5 * mm, 8.5)
        self.y -= 5 * mm
        self._member_row({key: title for key, title, _ in MEMBER_COLUMNS}, header=True)
        for index in range(rows):
            self._ensure(ROW_H)
            self._member_row(people[index] if index < len(people) else {}, field_id=row.field.id)

    def _member_row(self, person: dict[str, str], header: bool = False,
                    field_id: str = "") -> None:
        x = draw.MARGIN
        for key, _, share in MEMBER_COLUMNS:
            width = draw.CONTENT_W * share
            draw.box(self.c, x, self.y, width, ROW_H, draw.LABEL_FILL if header else None)
            font = GOTHIC if header else FORM_MINCHO
            fitted = fit(person.get(key, ""), font, width - 3 * mm, ROW_H - 2 * mm, 9, 5.5)
            self._note_glyphs(f"{field_id}.{key}", fitted)
            draw.draw_fitted(self.c, fitted, font, x + 1.5 * mm, self.y, ROW_H)
            x += width
        self.y -= ROW_H

    def _signature(self) -> None:
        height = 16 * mm
        self._ensure(height + 4 * mm)
        x = draw.MARGIN
        draw.box(self.c, x, self.y, LABEL_W, height, draw.LABEL_FILL)
        draw.label(self.c, "届出人署名", x + 2 * mm, self.y - 9 * mm, 10)
        draw.box(self.c, x + LABEL_W, self.y, draw.CONTENT_W - LABEL_W, height)
        self.c.setFont(MINCHO, 7)
        self.c.drawString(x + LABEL_W + 2 * mm, self.y - height + 2 * mm,
                          "※内容を確認のうえ、ご本人が署名してください（記入はこの欄だけです）")
        self.y -= height + 4 * mm

    def _notes(self) -> None:
        notes = list(self.notes)
        if self.report.missing_glyphs:
            notes.append(
                "〓の文字は印字できない文字（外字など）です。職員が正しい字を確認して補記します。")
        if self.report.approximated:
            notes.append("異体字（IVS）の字形を印字できない文字は、通常の字形で印字しています。"
                         "職員が正しい字形を確認します。")
        if self.report.name_images:
            notes.append(NAME_IMAGE_NOTE)
        for note in notes:
            fitted = fit(f"※{note}", MINCHO, draw.CONTENT_W, 12 * mm, 8, 6)
            height = len(fitted.lines) * fitted.size * 1.2 + 1 * mm
            self._ensure(height)
            draw.draw_fitted(self.c, fitted, MINCHO, draw.MARGIN, self.y, height)
            self.y -= height
        self.y -= 2 * mm

    def _staff(self, staff: list[FilledField]) -> None:
        """Rows of boxes for the clerk (at most STAFF_PER_ROW a row, so each label fits), each
        with its label in the corner."""
        if not staff:
            return
        height = 13 * mm if len(staff) <= STAFF_PER_ROW else 9.5 * mm
        self._ensure(6 * mm + height)
        self.c.setFont(GOTHIC, 9)
        self.c.drawString(draw.MARGIN, self.y - 4 * mm,
                          "■ 職員記入欄（ここから下は記入しないでください）")
        self.y -= 6 * mm
        for start in range(0, len(staff), STAFF_PER_ROW):
            self._ensure(height)
            row = staff[start:start + STAFF_PER_ROW]
            width = draw.CONTENT_W / len(row)
            for index, box in enumerate(row):
                x = draw.MARGIN + index * width
                draw.box(self.c, x, self.y, width, height, draw.STAFF_FILL)
                label = fit(box.field.label, GOTHIC, width - 3 * mm, 6 * mm, 7, 5)
                draw.draw_fitted(self.c, label, GOTHIC, x + 1.5 * mm, self.y, 7 * mm)
            self.y -= height


def paint_form(c: Canvas, procedure: Procedure, municipality: str,
               filled: list[FilledField], notes: tuple[str, ...] | None = None,
               name_image: NameImage | None = None) -> FormReport:
    return FormPainter(c, procedure, municipality, notes, name_image).paint(filled)
