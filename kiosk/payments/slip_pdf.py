"""The A4 納付書 (payment slip) as a PDF: a notice for the resident above the perforation and
three tear-off parts below it (領収証書 / 納付済通知書 / 領収済通知書), in the positions of
the municipality's layout. Fonts are the embedded IPAex TrueType fonts (forms/pdf/fonts.py).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from devices.card.wareki import to_wareki
from forms.pdf.canvas import draw_line
from forms.pdf.fonts import IPAMJ, register_fonts
from forms.pdf.textfit import printable
from kiosk.payments import gs1, symbols
from kiosk.payments.layout import PAGE_HEIGHT, PAGE_WIDTH, SlipLayout, for_printer
from kiosk.payments.payable import Payable

PART_TITLES = {
    "receipt": ("領収証書", "(納付者保管)"),
    "payment_notice": ("納付済通知書", "(市区町村保管)"),
    "receipt_notice": ("領収済通知書", "(金融機関→会計管理者)"),
}
QR_TRADEMARK = "「QRコード」は株式会社デンソーウェーブの登録商標です。"


@dataclass(frozen=True)
class SlipCodes:
    """What the printed codes must decode to (the self-check compares against this)."""

    elqr: str
    gs1: str | None


def slip_codes(payable: Payable, layout: SlipLayout) -> SlipCodes:
    """The codes this payable's slip carries. The barcode is left off above ¥300,000 (stores
    refuse those slips) and when the municipality has no biller code configured."""
    printable_gs1 = (payable.gs1 is not None and layout.biller_code is not None
                     and payable.elqr_fields.amount <= gs1.MAX_STORE_AMOUNT)
    return SlipCodes(elqr=payable.elqr, gs1=payable.gs1 if printable_gs1 else None)


def render_slip(payable: Payable, layout: SlipLayout, out: Path, dpi: int = 600) -> SlipCodes:
    """Write the slip PDF atomically (temp file + rename); returns the codes printed on it.
    Code modules and bar edges are snapped to the dot grid of a ``dpi`` printer."""
    layout = for_printer(layout, dpi)
    codes = slip_codes(payable, layout)
    fd, temp_name = tempfile.mkstemp(prefix=".slip-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        _draw(Canvas(temp_name, pagesize=A4, invariant=True,
                     initialFontName=register_fonts()[0]), payable, layout, codes, dpi)
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return codes


def _draw(canvas: Canvas, payable: Payable, layout: SlipLayout, codes: SlipCodes,
          dpi: int) -> None:
    gothic, mincho = register_fonts()
    canvas.setTitle(f"{payable.subject} 納付書 {payable.notice_number}")
    canvas.setAuthor(layout.municipality.name)
    page = _Page(canvas, gothic, mincho, payable, layout, codes, dpi)
    page.notice()
    page.perforations()
    for kind in layout.parts:
        page.part(kind)
    canvas.showPage()
    canvas.save()


def wareki_date(date: dt.date) -> str:
    return to_wareki(date).format()


def wareki_fiscal_year(year: int) -> str:
    era = to_wareki(dt.date(year, 4, 1))
    return f"{era.era.name}{'元' if era.year == 1 else era.year}年度"


def yen(amount: int) -> str:
    return f"{amount:,}円"


class _Page:
    def __init__(self, canvas: Canvas, gothic: str, mincho: str, payable: Payable,
                 layout: SlipLayout, codes: SlipCodes, dpi: int) -> None:
        self.c = canvas
        self.gothic = gothic
        self.mincho = mincho
        self.p = payable
        self.layout = layout
        self.codes = codes
        self.dpi = dpi

    # -- text helpers (all coordinates in mm) --------------------------------------------
    def text(self, x: float, y: float, text: str, size: float = 8, *, font: str = "",
             align: str = "left") -> None:
        self.c.setFont(font or self.gothic, size)
        if align == "right":
            self.c.drawRightString(x * mm, y * mm, text)
        elif align == "center":
            self.c.drawCentredString(x * mm, y * mm, text)
        else:
            self.c.drawString(x * mm, y * mm, text)

    def resident(self, x: float, y: float, text: str, size: float, font: str = "") -> None:
        """The payer's name or address: IPAmj after IPAex for 外字 (𠮷, IVS variants), with
        the true characters in the text layer; 〓 where no font has the glyph."""
        fonts = (font or self.gothic, IPAMJ)
        draw_line(self.c, printable(text, fonts)[0], fonts, size, x * mm, y * mm)

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.5) -> None:
        self.c.setLineWidth(width)
        self.c.rect(x * mm, y * mm, w * mm, h * mm, stroke=1, fill=0)

    # -- upper part: the notice the resident keeps -----------------------------------------
    def notice(self) -> None:
        p, town, fields = self.p, self.layout.municipality, self.p.elqr_fields
        top = PAGE_HEIGHT - 14
        title = f"{wareki_fiscal_year(p.fiscal_year)}　{p.subject}　納付書"
        self.text(PAGE_WIDTH / 2, top, title, 16, font=self.mincho, align="center")
        self.text(PAGE_WIDTH - 12, top - 9, town.name, 11, align="right")
        if p.synthetic:
            self.specimen_mark()
        self.box(12, top - 42, 100, 28)
        self.text(15, top - 20, "納付者 / Payer", 7)
        self.resident(15, top - 27, p.payer_address, 9)
        self.resident(15, top - 36, f"{p.payer_name}　様", 13, font=self.mincho)
        rows = (("科目", p.subject), ("期別", p.instalment), ("通知書番号", p.notice_number),
                ("納期限", wareki_date(fields.due_date)),
                ("お支払い期限(コンビニ・スマホ決済)", wareki_date(fields.payment_deadline)),
                ("納付額 合計", yen(p.amounts.total)))
        y = top - 52
        for label, value in rows:
            self.text(15, y, label, 9)
            self.text(120, y, value, 11 if label.startswith("納付額") else 9, align="right")
            self.c.setLineWidth(0.3)
            self.c.line(14 * mm, (y - 1.8) * mm, 122 * mm, (y - 1.8) * mm)
            y -= 7
        self.guidance(y - 4)

    def specimen_mark(self) -> None:
        self.c.saveState()
        self.c.setFillColorRGB(0.8, 0.1, 0.1)
        self.text(140, PAGE_HEIGHT - 46, "見本", 30, font=self.mincho)
        self.text(140, PAGE_HEIGHT - 53, "SPECIMEN — 架空のデータです。納付できません。", 7)
        self.text(140, PAGE_HEIGHT - 57, "Synthetic data: not payable.", 7)
        self.c.restoreState()

    def guidance(self, y: float) -> None:
        lines = [
            "【お支払い方法】",
            "1. 下の3枚を切り離さずに、金融機関・郵便局またはコンビニエンスストアの窓口で"
            "お支払いください。",
            "2. スマートフォン決済アプリ・地方税お支払サイトでは eL-QR を読み取るか"
            " eL番号 を入力してください。",
            "3. 納期限を過ぎると延滞金がかかる場合があります。延滞金は別の納付書でお知らせします。",
            "4. 金額を訂正した納付書や支払期限を過ぎた納付書は使えません。",
            "5. 30万円を超える納付書はコンビニエンスストアでは取り扱えません。",
            f"お問い合わせ: {self.layout.municipality.contact}",
            QR_TRADEMARK,
        ]
        for line in lines:
            self.text(14, y, line, 8)
            y -= 5

    # -- perforations ----------------------------------------------------------------------
    def perforations(self) -> None:
        layout = self.layout
        self.c.saveState()
        self.c.setDash(2, 2)
        self.c.setLineWidth(0.4)
        self.c.line(0, layout.cut_line_y * mm, PAGE_WIDTH * mm, layout.cut_line_y * mm)
        for index in range(1, len(layout.parts)):
            x = index * layout.part_width * mm
            self.c.line(x, layout.parts_bottom * mm, x, layout.cut_line_y * mm)
        self.c.restoreState()
        self.text(PAGE_WIDTH / 2, layout.cut_line_y + 1.2, "キリトリ線 / cut here", 6,
                  align="center")

    # -- one tear-off part -----------------------------------------------------------------
    def part(self, kind: str) -> None:
        x0, y0 = self.layout.part_origin(kind)
        width = self.layout.part_width
        top = self.layout.parts_top
        title, keeper = PART_TITLES[kind]
        self.box(x0 + 3, y0, width - 6, top - y0, 0.8)
        self.text(x0 + 6, top - 8, title, 12, font=self.mincho)
        self.text(x0 + width - 5, top - 4.5, keeper, 6, align="right")
        self.header_rows(x0 + 3, top - 11, width - 6)
        self.amount_rows(x0 + 3, top - 41, width - 6)
        self.text(x0 + 6, top - 72, "納付者", 6)
        self.resident(x0 + 6, top - 77, f"{self.p.payer_name}　様", 10, font=self.mincho)
        town = self.layout.municipality
        self.text(x0 + 6, top - 83, town.treasurer if kind != "receipt" else town.name, 7)
        self.text(x0 + 6, top - 87, f"指定金融機関 {town.bank}", 6)
        self.stamp_box(x0 + self.layout.stamp_x, y0 + self.layout.stamp_y)
        if kind == "receipt":
            self.text(x0 + 6, y0 + 8, "この領収証書は大切に保管してください。", 6.5)
        if kind == self.layout.elqr.part:
            self.elqr(x0, y0)
        if kind == self.layout.gs1.part and self.codes.gs1 is not None:
            self.gs1(x0, y0, self.codes.gs1)

    def header_rows(self, x: float, y: float, width: float) -> None:
        p = self.p
        half = width / 2
        cells = (((wareki_fiscal_year(p.fiscal_year), "年度"), (p.subject, "科目")),
                 ((p.instalment, "期別"), (p.notice_number, "通知書番号")),
                 ((wareki_date(p.elqr_fields.due_date), "納期限"), None))
        for row in cells:
            y -= 10
            for index, cell in enumerate(row):
                if cell is None:
                    continue
                value, label = cell
                cx = x + index * half
                w = half if row[1] is not None else width
                self.box(cx, y, w, 10, 0.4)
                self.text(cx + 1.5, y + 7, label, 5.5)
                self.text(cx + 2, y + 2.2, value, 8.5)

    def amount_rows(self, x: float, y: float, width: float) -> None:
        amounts = self.p.amounts
        rows = (("本税(本料)", amounts.principal), ("延滞金", amounts.late_fee),
                ("督促手数料", amounts.dunning_fee), ("合計額", amounts.total))
        for label, value in rows:
            y -= 7
            bold = label == "合計額"
            self.box(x, y, width, 7, 0.8 if bold else 0.4)
            self.c.line((x + 22) * mm, y * mm, (x + 22) * mm, (y + 7) * mm)
            self.text(x + 2, y + 2.2, label, 8)
            self.text(x + width - 2, y + 2, yen(value), 10.5 if bold else 9, align="right")

    def stamp_box(self, x: float, y: float) -> None:
        size = self.layout.stamp_size
        self.c.saveState()
        self.c.setDash(1, 1.5)
        self.c.setLineWidth(0.4)
        self.c.circle((x + size / 2) * mm, (y + size / 2) * mm, size / 2 * mm)
        self.c.restoreState()
        self.text(x + size / 2, y + size / 2 - 1, "領収日付印", 6, align="center")

    def elqr(self, x0: float, y0: float) -> None:
        placement = self.layout.elqr
        x, y = x0 + placement.x, y0 + placement.y
        side = symbols.draw_qr(self.c, self.codes.elqr, x, y, placement.module)
        self.el_mark(x0 + self.layout.part_width - 16, self.layout.parts_top - 10.5)
        self.text(x + 1, y - 3.5, "eL番号", 6)
        self.text(x + 1, y - 7.5, self.p.elqr_fields.el_number_grouped, 7.2)
        self.text(x + side + 1, y + 1, "eL-QR", 6)

    def el_mark(self, x: float, y: float) -> None:
        """Stand-in for the official eLマーク artwork (obtain it with the slip guideline)."""
        self.c.saveState()
        self.c.setLineWidth(0.8)
        self.c.roundRect(x * mm, y * mm, 10 * mm, 5.5 * mm, 1.5 * mm)
        self.c.restoreState()
        self.text(x + 5, y + 1.5, "eL", 9, align="center")

    def gs1(self, x0: float, y0: float, digits: str) -> None:
        placement = self.layout.gs1
        x, y = x0 + placement.x, y0 + placement.y
        width = symbols.draw_gs1(self.c, digits, x, y, placement.module, placement.height,
                                 self.dpi)
        first, second = gs1.parse(digits).human_readable()
        self.text(x + width / 2, y - 3, first, 6.5, align="center")
        self.text(x + width / 2, y - 6, second, 6.5, align="center")
        self.text(x + 2, y + placement.height + 1.5, "コンビニエンスストア用", 5.5)
