"""The guided entry of the three items printed on the card (照合番号B), for a resident who
does not know the PIN, whose PIN is locked, or whose card has none (顔認証マイナンバーカード).

One item per step, each with a drawing of where it is printed on the card: ① the birth date
(和暦, as printed), ② the card's expiry year, ③ the security code. The flow then goes on as
with the PIN. The face photo is never shown on this terminal. What was typed lives in the page
only until it is handed to the window, and ``clear`` forgets it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.visit.codeb_entry import BIRTH_ERAS
from kiosk.visit.selfservice import Screen
from ui.card_illustration import CardIllustration
from ui.i18n import translate
from ui.selfservice.page import Page, message, set_text
from ui.widgets import button, label

if TYPE_CHECKING:
    from ui.selfservice.window import SelfServiceWindow

ITEMS = ("birth", "expiry", "security")


def _step_texts(step: int) -> tuple[str, str]:
    if step == 0:
        return (translate("SelfService", "① 生年月日"),
                translate("SelfService", "住所の下に「昭和55年 2月17日生」のように書かれています。"
                          "元号を選び、年・月・日を2けたずつ入力してください（例: 550217）"))
    if step == 1:
        return (translate("SelfService", "② カードの有効期限の年"),
                translate("SelfService", "「2035年 2月17日まで有効」のように書かれています。"
                          "その年を西暦4けたで入力してください"))
    return (translate("SelfService", "③ セキュリティコード"),
            translate("SelfService", "顔写真の下に書かれている数字4けたを入力してください"))


def _era_label(era: str) -> str:
    """The era as printed on the card; abroad with its reading (lupdate needs the literals)."""
    labels = {"令和": translate("SelfService", "令和"), "平成": translate("SelfService", "平成"),
              "昭和": translate("SelfService", "昭和"), "大正": translate("SelfService", "大正")}
    return labels.get(era, era)


class DigitPad(QWidget):
    """Digits in two rows of five, correct and OK below: low enough to sit beside the
    drawing at 150 % text on a 1366×768 screen."""

    submitted = Signal(str)

    def __init__(self, max_length: int) -> None:
        super().__init__()
        self.value, self.max_length, self.masked = "", max_length, False
        self.display = label("　", "title", translate("KeyPad", "入力欄"))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        for index, key in enumerate("1234567890"):
            grid.addWidget(button(key, partial(self.press, key)), index // 5, index % 5)
        self.correct = button(translate("KeyPad", "訂正"), self.backspace)
        self.ok = button(translate("KeyPad", "決定"), self.submit, "primary")
        grid.addWidget(self.correct, 2, 0, 1, 2)
        grid.addWidget(self.ok, 2, 2, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addLayout(grid)

    def retranslate(self) -> None:
        """The pad outlives a language change (the question pages build theirs anew)."""
        set_text(self.correct, translate("KeyPad", "訂正"))
        set_text(self.ok, translate("KeyPad", "決定"))
        self.display.setAccessibleName(translate("KeyPad", "入力欄"))

    def press(self, key: str) -> None:
        if len(self.value) < self.max_length:
            self.value += key
            self._show()

    def backspace(self) -> None:
        self.value = self.value[:-1]
        self._show()

    def clear(self) -> None:
        self.value = ""
        self._show()

    def submit(self) -> None:
        value = self.value
        self.clear()
        self.submitted.emit(value)

    def _show(self) -> None:
        self.display.setText(("●" * len(self.value) if self.masked else self.value) or "　")


class CodeBPage(Page):
    shows = Screen.CODE_B

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.step = 0
        self.typed: dict[str, str] = {}  # the items typed so far (cleared with the visit)
        # the step's heading is the page's title: ① 生年月日, ② …, ③ …
        self.title = label("", "title", "step")
        self.problem = label("", "problem", "problem")
        self.hint = label("")
        self.tries = label("", name="tries")
        self.picture = CardIllustration()
        self.picture.setAccessibleName(translate("SelfService", "カードの絵"))
        self.pad = DigitPad(6)
        self.pad.submitted.connect(self.entered)
        self.eras = QButtonGroup(self)
        self.era_row = QHBoxLayout()
        for era in BIRTH_ERAS:
            choice = button(era.name, name=era.name)  # the name: the era the card prints
            choice.setCheckable(True)
            self.eras.addButton(choice)
            self.era_row.addWidget(choice)
        self.back = button("", self.previous)
        self._layout()
        self.go_to(ITEMS[0])

    def _layout(self) -> None:
        # Two columns and nothing under them, "back" in the era row: the page fits 1366×768
        # at 150 % text.
        self.era_row.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        left = QVBoxLayout()
        for widget in (self.title, self.problem, self.hint):
            left.addWidget(widget)
        left.addLayout(self.era_row)
        left.addWidget(self.picture, 1)
        right = QVBoxLayout()
        right.addWidget(self.pad)
        right.addWidget(self.tries)
        right.addStretch()
        row.addLayout(left, 6)
        row.addLayout(right, 4)
        self.body.addLayout(row, 1)

    def refresh(self) -> None:
        flow = self.host.flow
        self.problem.setText(message(flow.problem))
        left = flow.code_b_tries_left
        self.tries.setText(translate("SelfService", "残り回数: {n}回").replace("{n}", str(left))
                           if left is not None else "")
        set_text(self.back, translate("SelfService", "ひとつ前に戻る"))
        for choice in self.eras.buttons():  # the era as printed, with its reading abroad
            choice.setText(_era_label(choice.accessibleName()))
        self.pad.retranslate()
        self._step_texts()

    def _step_texts(self) -> None:
        heading, hint = _step_texts(self.step)
        self.title.setText(heading)
        self.hint.setText(hint)
        self.picture.show_spot(self.step)
        for choice in self.eras.buttons():
            choice.setVisible(self.step == 0)
        self.back.setVisible(self.step > 0 or self.host.flow.pin_state == "set")

    def go_to(self, item: str) -> None:
        """Ask ``item`` (birth, expiry, security) next, its pad empty."""
        self.step = ITEMS.index(item)
        self.pad.max_length = 6 if self.step == 0 else 4
        self.pad.masked = self.step == 2  # the security code is shown as ● like a PIN
        self.pad.clear()
        self._step_texts()

    def entered(self, value: str) -> None:
        self.typed[ITEMS[self.step]] = value
        if self.step < 2:
            self.go_to(ITEMS[self.step + 1])
            return
        chosen = self.eras.checkedButton()
        era = chosen.accessibleName() if isinstance(chosen, QPushButton) else ""
        self.host.code_b_entered(era, self.typed.get("birth", ""),
                                 self.typed.get("expiry", ""), self.typed.get("security", ""))

    def forget_typed(self) -> None:
        """The code was built (or is to be typed again from ①): the digits are dropped."""
        self.typed = {}
        self.pad.clear()

    def previous(self) -> None:
        if self.step > 0:
            self.go_to(ITEMS[self.step - 1])
        else:
            self.host.back_to_pin()

    def guidance(self) -> list[str]:
        return [self.problem.text(), self.title.text(), self.hint.text()]

    def clear(self) -> None:
        self.typed = {}
        self.pad.clear()
        self.problem.clear()
        self.eras.setExclusive(False)
        for choice in self.eras.buttons():
            choice.setChecked(False)
        self.eras.setExclusive(True)
        self.go_to(ITEMS[0])
