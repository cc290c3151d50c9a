"""The counter's card panel: the resident's data (read or typed), the PIN read, and the read
without a PIN (照合番号B) with the identity check (本人確認) against the card-face photo.

After a read with the three printed items the face photo is shown large beside the data, the
card's name and address images beside the text fields (外字 as registered), and badges say
whether the data is authentic (verified / untrusted / invalid) and whether the chip is the one
the data was written to (genuine / copy). 「写真で本人確認しました」 is the clerk's explicit
confirmation; the editor has it audited. A locked or never-set PIN turns the panel to the
printed items at once. ``clear`` wipes the photo and images from the screen and memory.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from devices.card.face_reading import CardFace
from devices.card.reading import CardData
from devices.card.status import CardStatus, PinState
from kiosk.visit.codeb_entry import BIRTH_ERAS
from ui.i18n import translate
from ui.widgets import button, label

CARD_FIELDS = (("name", "氏名"), ("address", "住所"), ("birth_date", "生年月日 (YYYY-MM-DD)"),
               ("sex", "性別 (male/female/not_applicable/unknown)"))
PHOTO_LINES = 8.5  # the photo's height in text lines: large, and it grows with --scale
PHOTO_MIN_H = 160
PRINTED_ITEMS, VERDICTS = 0, 1  # the pages beside the photo
GOOD, DOUBT, BAD, NONE = "#1e7b34", "#b9770e", "#b03a2e", "#5d6d7e"
BADGES = {
    "verified": ("検証済み", GOOD), "untrusted": ("発行者未確認", DOUBT),
    "invalid": ("不正", BAD), "genuine": ("本物", GOOD), "copy": ("複製の疑い", BAD),
    "unchecked": ("未確認", NONE),
}


def _line(name: str, *, secret: bool = False, length: int = 0, width: int = 0) -> QLineEdit:
    widget = QLineEdit()
    widget.setAccessibleName(name)
    if secret:
        widget.setEchoMode(QLineEdit.EchoMode.Password)
    if length:
        widget.setMaxLength(length)
    if width:
        widget.setMaximumWidth(width)
    return widget


def _badge(name: str) -> QLabel:
    badge = label("", name=name)
    badge.setVisible(False)
    return badge


class CardPanel(QGroupBox):
    identity_confirmed = Signal(str, str)  # the face's integrity and the chip verdict

    def __init__(self, read_pin: Callable[[], None], read_code_b: Callable[[], None]) -> None:
        super().__init__(translate("Staff", "本人情報（カードまたは手入力）"))
        self.inputs = {key: _line(translate("Staff", caption)) for key, caption in CARD_FIELDS}
        self.images = {key: label("", name=translate("Staff", f"券面の{caption}の画像"))
                       for key, caption in (("name", "氏名"), ("address", "住所"))}
        self.pin = _line(translate("Staff", "暗証番号"), secret=True, length=4, width=110)
        self.pin.setMinimumWidth(90)
        self.with_number = QCheckBox(translate("Staff", "個人番号も読む（必要な手続きのみ）"))
        self.with_number.setAccessibleName(self.with_number.text())
        self.era = QComboBox()
        self.era.setAccessibleName(translate("Staff", "生年月日の元号"))
        for era in BIRTH_ERAS:
            self.era.addItem(era.name, era.name)
        self.era.setCurrentIndex(self.era.findData("昭和"))
        self.birth = _line(translate("Staff", "生年月日（券面の和暦 年月日 6桁）"), length=6,
                           width=110)
        self.birth.setPlaceholderText("550217")
        self.expiry_year = _line(translate("Staff", "有効期限の年（西暦4桁）"), length=4, width=80)
        self.security = _line(translate("Staff", "セキュリティコード（4桁）"), secret=True,
                              length=4, width=80)
        self.pin_state = label("", name=translate("Staff", "暗証番号の状態"))
        self.notice = label("", "problem", translate("Staff", "有効期限のお知らせ"))
        self.face: CardFace | None = None
        self.certificate_expiry_iso = ""
        self.read_name = ""  # the name as the chip gave it (show_data)
        self._build(read_pin, read_code_b)
        self.clear()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self, read_pin: Callable[[], None], read_code_b: Callable[[], None]) -> None:
        form = QFormLayout()
        for key, caption in CARD_FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self.inputs[key])
            if key in self.images:  # the card's own picture of the text, right by it
                cell.addWidget(self.images[key], 0, Qt.AlignmentFlag.AlignLeft)
            form.addRow(translate("Staff", caption), cell)
        form.addRow(translate("Staff", "暗証番号"), self._pin_row(read_pin))
        form.addRow("", self.with_number)  # its own row: the read button keeps its width
        self.setLayout(form)
        # The read without a PIN and the photo go beside the data, at the top of the
        # editor's other column (the editor places it): the window keeps its size.
        self.identity = self._identity_box(self._code_b_row(read_code_b))

    def _pin_row(self, read_pin: Callable[[], None]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.read_pin_button = button(translate("Staff", "カード読取 (F5)"), read_pin)
        self.read_pin_button.setMinimumWidth(150)
        row.addWidget(self.pin)
        row.addWidget(self.read_pin_button)
        row.addStretch(1)
        return row

    def _code_b_row(self, read_code_b: Callable[[], None]) -> QFormLayout:
        """The three printed items, one under the other: narrow beside the photo."""
        form = QFormLayout()
        birth = QHBoxLayout()
        birth.addWidget(self.era)
        birth.addWidget(self.birth)
        form.addRow(translate("Staff", "生年月日（和暦）"), birth)
        form.addRow(translate("Staff", "有効期限の年"), self.expiry_year)
        form.addRow(translate("Staff", "セキュリティコード"), self.security)
        self.read_code_b_button = button(translate("Staff", "暗証番号なしで読む"), read_code_b)
        form.addRow(self.read_code_b_button)
        return form

    def _identity_box(self, code_b: QFormLayout) -> QGroupBox:
        box = QGroupBox(translate("Staff", "暗証番号なしで読む（照合番号B）・本人確認"))
        self.photo = label("", name=translate("Staff", "券面の顔写真"))
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #9aa6b1;")
        self.data_badge = _badge(translate("Staff", "カードのデータの真正性"))
        self.face_badge = _badge(translate("Staff", "券面の真正性"))
        self.chip_badge = _badge(translate("Staff", "チップの真正性"))
        self.confirm = button("", self._confirmed, "primary",
                              translate("Staff", "写真で本人確認しました"))
        # The printed items until a read succeeds, then the verdicts in their place: the box
        # is no taller than the photo, so the counter fits a 1366×768 screen.
        self.beside_photo = QStackedWidget()
        self.beside_photo.addWidget(_page(code_b))
        verdicts = QVBoxLayout()
        for widget in (self.data_badge, self.face_badge, self.chip_badge, self.confirm):
            verdicts.addWidget(widget)
        self.beside_photo.addWidget(_page(verdicts))
        row = QHBoxLayout()
        row.addWidget(self.beside_photo, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(box)
        outer.addWidget(self.pin_state)
        outer.addLayout(row)
        outer.addWidget(self.notice)  # the expiry, once the visit's procedures are decided
        return box

    # -- what a read shows --------------------------------------------------------------------
    def show_data(self, data: CardData) -> None:
        basic4 = data.basic4
        values = {"name": basic4.name, "address": basic4.address,
                  "birth_date": basic4.birth_date.isoformat(), "sex": basic4.sex.value}
        for key, value in values.items():
            self.inputs[key].setText(value)
        self.read_name = basic4.name
        self._set_badge(self.data_badge, translate("Staff", "データ"), data.integrity.value)
        self._set_badge(self.chip_badge, translate("Staff", "チップ"), data.chip.verdict.value)
        self.beside_photo.setCurrentIndex(VERDICTS)

    def show_face(self, face: CardFace | None) -> None:
        """The card face of a code B read: photo large, the name and address images, the
        verdict. Without a face (it did not parse or decode) the badge says why not."""
        self._wipe_face()
        self.face = face
        if face is None:
            return
        self._set_badge(self.face_badge, translate("Staff", "券面"), face.integrity.value)
        if face.chip.verdict.value == "copy":  # either AP's 内部認証 failing makes the card a copy
            self._set_badge(self.chip_badge, translate("Staff", "チップ"), "copy")
        if face.images is not None:
            self.photo.setPixmap(_pixmap(bytes(face.images.photo)).scaled(
                self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            for key, image in (("name", face.images.name), ("address", face.images.address)):
                field = self.inputs[key]
                self.images[key].setPixmap(_fitted(_pixmap(bytes(image)),
                                                   field.sizeHint().height(), field.width()))
                self.images[key].setVisible(True)
        self.confirm.setEnabled(face.images is not None)

    def show_status(self, status: CardStatus) -> None:
        """The card on the reader: a PIN that cannot be used turns the panel to the printed
        items at once (no dead end, no VERIFY sent)."""
        state = status.pin_state
        texts = {PinState.SET: translate("Staff", "暗証番号: 設定あり"),
                 PinState.LOCKED: translate("Staff", "暗証番号: ロック中"),
                 PinState.NOT_SET: translate("Staff", "暗証番号: なし（顔認証マイナンバーカード）")}
        text = texts[state]
        if state is PinState.SET and status.pin_tries_left is not None:
            text += translate("Staff", "（残り{n}回）").replace("{n}", str(status.pin_tries_left))
        if status.code_b_tries_left == 0:  # never sent again: no button that cannot work
            self.read_code_b_button.setEnabled(False)
            text += translate("Staff", "　照合番号B: ロック中（窓口で本人確認のうえ解除）")
        elif status.code_b_tries_left is not None:
            text += translate("Staff", "　照合番号B: 残り{n}回").replace(
                "{n}", str(status.code_b_tries_left))
        self.pin_state.setText(text)
        if status.certificate_expiry is not None:
            self.certificate_expiry_iso = status.certificate_expiry.isoformat()
        if state is not PinState.SET and status.code_b_tries_left != 0:
            self.offer_code_b()
        elif state is not PinState.SET:
            self.pin.setEnabled(False)
            self.read_pin_button.setEnabled(False)

    def offer_code_b(self) -> None:
        self.pin.clear()
        self.pin.setEnabled(False)
        self.read_pin_button.setEnabled(False)
        self.birth.setFocus()

    def code_b_parts(self) -> tuple[str, str, str, str]:
        """What the clerk typed (era, 年月日 6 digits, expiry year, code); the fields empty."""
        parts = (str(self.era.currentData()), self.birth.text().strip(),
                 self.expiry_year.text().strip(), self.security.text().strip())
        for widget in (self.birth, self.expiry_year, self.security):
            widget.clear()
        return parts

    def expiry_facts(self) -> dict[str, str]:
        """The card's and the e-certificates' expiry, as card JSON keys, when known."""
        facts = {}
        if self.face is not None and self.face.expiry is not None:
            facts["card_expiry"] = self.face.expiry.isoformat()
        if self.certificate_expiry_iso:
            facts["certificate_expiry"] = self.certificate_expiry_iso
        return facts

    def name_image(self, name: str) -> bytes | None:
        """The card-face name image (PNG) for the forms, while the face is on the panel and
        ``name`` is still the name read from the chip (an edited name is not the card's)."""
        if self.face is None or self.face.images is None or name != self.read_name:
            return None
        return bytes(self.face.images.name) or None

    # -- forgetting -----------------------------------------------------------------------------
    def card_removed(self) -> None:
        """The card left the reader: the photo and images go with it (the text stays)."""
        self._wipe_face()
        for control in (self.pin, self.read_pin_button, self.read_code_b_button):
            control.setEnabled(True)
        self.pin_state.clear()
        self.beside_photo.setCurrentIndex(PRINTED_ITEMS)  # the next card may need them

    def clear(self) -> None:
        self.card_removed()
        for widget in (*self.inputs.values(), self.pin, self.birth, self.expiry_year,
                       self.security):
            widget.clear()
        self.with_number.setChecked(False)
        self.era.setCurrentIndex(self.era.findData("昭和"))
        for badge in (self.data_badge, self.face_badge, self.chip_badge):
            badge.clear()
            badge.setVisible(False)
        self.notice.clear()
        self.certificate_expiry_iso = ""
        self.read_name = ""

    def _size_to_text(self) -> None:
        """Sizes in text lines, so that the photo and the fields grow with --scale."""
        line = self.fontMetrics().height()
        height = max(round(line * PHOTO_LINES), PHOTO_MIN_H)
        self.photo.setFixedSize(round(height * 0.78), height)  # the card photo's proportions
        digits = self.fontMetrics().horizontalAdvance("0000000")
        self.birth.setMinimumWidth(digits + 10)

    def _wipe_face(self) -> None:
        if self.face is not None:
            self.face.wipe()
        self.face = None
        self._size_to_text()
        self.photo.clear()
        self.photo.setText(translate("Staff", "顔写真なし"))
        for image in self.images.values():
            image.clear()
            image.setVisible(False)
        self.face_badge.clear()
        self.face_badge.setVisible(False)
        self.confirm.setText(translate("Staff", "写真で本人確認しました"))
        self.confirm.setEnabled(False)

    def _confirmed(self) -> None:
        if self.face is None:
            return
        chip = self.chip_badge.property("verdict") or "unchecked"
        self.identity_confirmed.emit(self.face.integrity.value, str(chip))
        self.confirm.setEnabled(False)
        self.confirm.setText(translate("Staff", "本人確認済み（写真）"))

    def _set_badge(self, badge: QLabel, what: str, verdict: str) -> None:
        text, colour = BADGES.get(verdict, (verdict, NONE))
        badge.setText(f"{what}: {translate('Staff', text)}（{verdict}）")
        badge.setProperty("verdict", verdict)
        badge.setStyleSheet(f"color: #ffffff; background: {colour}; padding: 4px; "
                            "font-weight: bold; border-radius: 4px;")
        badge.setVisible(True)


def _page(layout: QVBoxLayout | QFormLayout) -> QWidget:
    page = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    page.setLayout(layout)
    return page


def _pixmap(png: bytes) -> QPixmap:
    return QPixmap.fromImage(QImage.fromData(png))


def _fitted(image: QPixmap, line_height: int, width: int) -> QPixmap:
    """A card text image as high as its text field and never wider than it (a long address
    image shrinks rather than widening the window)."""
    smooth = Qt.TransformationMode.SmoothTransformation
    scaled = image.scaledToHeight(max(line_height, 20), smooth)
    limit = max(width, 160)
    return scaled if scaled.width() <= limit else image.scaledToWidth(limit, smooth)


__all__ = ["CARD_FIELDS", "CardPanel"]


def code_b_locked_text() -> str:
    """What is true when 照合番号B is locked, for the clerk: the counter unlocks it."""
    return translate("Staff", "照合番号Bはロック中です。マイナンバーカード窓口で本人確認のうえ"
                     "ロックを解除します。本人確認書類を確認して手入力でも受け付けられます")
