"""Touch widgets for the self-service terminal: big buttons, a PIN pad, a number pad and a
katakana keyboard. Every control carries an accessible name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import translate

KANA_ROWS = (
    "アイウエオ", "カキクケコ", "サシスセソ", "タチツテト", "ナニヌネノ", "ハヒフヘホ",
    "マミムメモ", "ヤ　ユ　ヨ", "ラリルレロ", "ワヲン　ー", "ガギグゲゴ", "ザジズゼゾ",
    "ダヂヅデド", "バビブベボ", "パピプペポ", "ァィゥェォ", "ャュョッ・",
)


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
        self.correct = button(translate("KeyPad", "訂正"), self.backspace)
        self.ok = button(translate("KeyPad", "決定"), self.submit, "primary")
        grid.addWidget(self.correct, 3, 2)
        grid.addWidget(self.ok, 4, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        self._show()

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
        value = self._value
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
        for column, row in enumerate(KANA_ROWS):
            for line, char in enumerate(row):
                if char.strip():
                    grid.addWidget(button(char, partial(self.press, char)), line, column)
        controls = QHBoxLayout()
        controls.addWidget(button(translate("KeyPad", "空白"), lambda: self.press("　")))
        controls.addWidget(button(translate("KeyPad", "訂正"), self.backspace))
        controls.addWidget(button(translate("KeyPad", "決定"), self.submit, "primary"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(grid)
        layout.addLayout(controls)

    def press(self, char: str) -> None:
        self.value += char
        self.display.setText(self.value)

    def backspace(self) -> None:
        self.value = self.value[:-1]
        self.display.setText(self.value or "　")

    def submit(self) -> None:
        value, self.value = self.value, ""
        self.display.setText("　")
        self.submitted.emit(value)
