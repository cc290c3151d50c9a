"""Touch widgets for the self-service terminal: big buttons, a PIN pad, a number pad and a
katakana keyboard. Every control carries an accessible name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import translate

# The 50音 in 10 columns; 濁点, 半濁点 and 小 change the last character typed (カ゛ → ガ), so
# the keyboard is 11 columns wide instead of one column per voiced row (17 needed ~1700 px).
KANA_COLUMNS = ("アイウエオ", "カキクケコ", "サシスセソ", "タチツテト", "ナニヌネノ", "ハヒフヘホ",
                "マミムメモ", "ヤ　ユ　ヨ", "ラリルレロ", "ワヲン　ー")
DAKUTEN = dict(zip("カキクケコサシスセソタチツテトハヒフヘホウ", "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ", strict=True))
HANDAKUTEN = dict(zip("ハヒフヘホ", "パピプペポ", strict=True))
SMALL = dict(zip("アイウエオヤユヨツワカケ", "ァィゥェォャュョッヮヵヶ", strict=True))


def _modify(char: str, table: dict[str, str]) -> str:
    """The modified character, or back to the plain one when pressed again (ガ゛ → カ)."""
    if char in table:
        return table[char]
    plain = {modified: base for base, modified in table.items()}
    return plain.get(char, char)


def button(text: str, on_click: Callable[[], object] | None = None, role: str = "",
           name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(name or text)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if role:
        widget.setProperty("role", role)
    if on_click is not None:
        widget.clicked.connect(on_click)
    return widget


def label(text: str = "", role: str = "", name: str = "", wrap: bool = True) -> QLabel:
    """A label; ``name`` (what it is) is its accessible name when its text is data."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setAccessibleName(name or text or role)
    if role:
        widget.setProperty("role", role)
    return widget


def choice(text: str) -> QPushButton:
    """A checkable choice whose selected state is not colour alone: ✓ and 選択中 as well."""
    widget = button(text)
    widget.setCheckable(True)
    widget.setProperty("choice", text)
    widget.toggled.connect(lambda _on: show_choice(widget))
    return widget


def show_choice(widget: QPushButton) -> None:
    """The text for the state: 「✓ はい（選択中）」 when selected, the plain text otherwise."""
    text = str(widget.property("choice"))
    if widget.isChecked():
        text = "✓ " + text + translate("KeyPad", "（選択中）")
    widget.setText(text)
    widget.setAccessibleName(text)


class KeyPad(QWidget):
    """Digits (and optionally a hyphen) with correct and OK keys; the value is masked or shown."""

    submitted = Signal(str)

    def __init__(self, *, max_length: int, masked: bool, hyphen: bool = False) -> None:
        super().__init__()
        self._value = ""
        self._max = max_length
        self._masked = masked
        self.display = label("", "title", translate("KeyPad", "入力欄"))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "-" if hyphen else "", "0"]
        for index, key in enumerate(keys):
            if key:
                grid.addWidget(button(key, partial(self.press, key)), index // 3, index % 3)
        self.correct = button("", self.backspace)
        self.ok = button("", self.submit, "primary")
        self.retranslate()
        grid.addWidget(self.correct, 3, 2)
        grid.addWidget(self.ok, 4, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        self._show()

    def retranslate(self) -> None:
        """The key texts in the language installed now (the pad is built before the choice)."""
        for key, text in ((self.correct, translate("KeyPad", "訂正")),
                          (self.ok, translate("KeyPad", "決定"))):
            key.setText(text)
            key.setAccessibleName(text)
        self.display.setAccessibleName(translate("KeyPad", "入力欄"))

    @property
    def value(self) -> str:
        return self._value

    def press(self, key: str) -> None:
        if len(self._value) < self._max:
            self._value += key
            self._show()

    def backspace(self) -> None:
        self._value = self._value[:-1]
        self._show()

    def clear(self) -> None:
        self._value = ""
        self._show()

    def submit(self) -> None:
        """A masked value (a PIN) is wiped at once; a shown one stays, to be corrected."""
        value = self._value
        if self._masked:
            self.clear()
        self.submitted.emit(value)

    def _show(self) -> None:
        shown = "●" * len(self._value) if self._masked else self._value
        self.display.setText(shown or "　")


class KanaKeyboard(QWidget):
    """A 50音 katakana keyboard, so a resident can give the フリガナ without an IME."""

    submitted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.value = ""
        self.display = label("　", "title", translate("KeyPad", "入力欄"))
        grid = QGridLayout()
        for column, chars in enumerate(KANA_COLUMNS):
            for line, char in enumerate(chars):
                if char.strip():
                    grid.addWidget(button(char, partial(self.press, char), "key"), line, column)
        modifiers = (("゛", DAKUTEN, translate("KeyPad", "濁点")),
                     ("゜", HANDAKUTEN, translate("KeyPad", "半濁点")),
                     ("小", SMALL, translate("KeyPad", "小さい文字")))
        for line, (text, table, name) in enumerate(modifiers):
            key = button(text, partial(self.modify, table), "key", name)
            grid.addWidget(key, line, len(KANA_COLUMNS))
        grid.addWidget(button("・", partial(self.press, "・"), "key"), 3, len(KANA_COLUMNS))
        controls = QHBoxLayout()
        controls.addWidget(button(translate("KeyPad", "空白"), lambda: self.press("　")))
        controls.addWidget(button(translate("KeyPad", "訂正"), self.backspace))
        controls.addWidget(button(translate("KeyPad", "決定"), self.submit, "primary"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        layout.addLayout(controls)

    def modify(self, table: dict[str, str]) -> None:
        """濁点, 半濁点 or 小 on the last character typed."""
        if self.value:
            self.value = self.value[:-1] + _modify(self.value[-1], table)
            self.display.setText(self.value)

    def press(self, char: str) -> None:
        self.value += char
        self.display.setText(self.value)

    def backspace(self) -> None:
        self.value = self.value[:-1]
        self.display.setText(self.value or "　")

    def submit(self) -> None:
        self.submitted.emit(self.value)  # kept: a refused value is corrected, not retyped
