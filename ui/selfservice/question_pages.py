"""The pages of the resident's answers: the life event, then one question per screen with
an input that matches the question's type."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from forms.model import FieldType, Question
from kiosk.visit.selfservice import Screen
from ui.i18n import catalogue_text, translate
from ui.selfservice.date_picker import DatePicker
from ui.selfservice.page import Page, message, set_text
from ui.widgets import KanaKeyboard, KeyPad, button, choice, label

if TYPE_CHECKING:
    from ui.selfservice.window import SelfServiceWindow

Answer = Callable[[Any], object]


class LifeEventPage(Page):
    shows = Screen.LIFE_EVENT

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.body.addWidget(self.title)
        self.grid = QGridLayout()
        self.body.addLayout(self.grid)
        self.buttons = {}
        for index, event_id in enumerate(window.self_service_events):
            widget = button("", partial(window.choose_life_event, event_id))
            self.buttons[event_id] = widget
            self.grid.addWidget(widget, index // 2, index % 2)

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "ご用件を選んでください"))
        for event_id, widget in self.buttons.items():
            name = self.host.flow.catalogue.life_events[event_id].name
            set_text(widget, catalogue_text(name))


class QuestionPage(Page):
    """One question per screen; the input matches the question's type."""

    shows = Screen.QUESTION

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title", "question")
        self.problem = label("", "problem", "problem")
        self.area = QVBoxLayout()
        self.back = button("", window.flow_back)
        self.body.addWidget(self.title)
        self.body.addWidget(self.problem)
        self.body.addLayout(self.area)
        self.body.addStretch()
        self.body.addWidget(self.back)
        self.input: QWidget | None = None
        self.asked = ""  # the question the input was built for

    def refresh(self) -> None:
        question = self.host.flow.question
        set_text(self.back, translate("SelfService", "ひとつ前に戻る"))
        problem = message(self.host.flow.problem)
        # Not by colour alone: a sign before the message, which sits right above the input.
        set_text(self.problem, "⚠ " + problem if problem else "")
        if question is None:
            return
        self.title.setText(catalogue_text(question.text))
        if problem and self.input is not None and self.asked == question.id:
            return  # refused: the resident's input stays, to be corrected
        self.asked = question.id
        self._replace_input(self._input_for(question))

    def guidance(self) -> list[str]:
        return [self.problem.text(), self.title.text()]  # the catalogue's question, not answers

    def clear(self) -> None:
        self._replace_input(None)
        self.problem.clear()
        self.asked = ""

    def _replace_input(self, widget: QWidget | None) -> None:
        if self.input is not None:
            self.area.removeWidget(self.input)
            self.input.setParent(None)  # gone from the screen now, deleted later
            self.input.deleteLater()
        self.input = widget
        if widget is not None:
            self.area.addWidget(widget)

    def _input_for(self, question: Question) -> QWidget:
        answer = self.host.answer
        kind = question.type
        if kind is FieldType.BOOL:
            return _choices([(translate("SelfService", "はい"), True), (translate("SelfService", "いいえ"), False)], answer)
        if kind is FieldType.CHOICE:
            return _choices([(catalogue_text(lab), val) for val, lab in question.choices], answer)
        if kind is FieldType.MULTI_CHOICE:
            return MultiChoice(question, answer)
        if kind is FieldType.KANA:
            keyboard = KanaKeyboard()
            keyboard.submitted.connect(answer)
            return keyboard
        if kind in (FieldType.PHONE, FieldType.POSTAL_CODE, FieldType.INTEGER):
            pad = KeyPad(max_length=13, masked=False, hyphen=kind is not FieldType.INTEGER)
            pad.submitted.connect(
                lambda v: answer(int(v) if kind is FieldType.INTEGER and v.isdigit() else v))
            return pad
        if kind is FieldType.DATE:
            return DatePicker(answer, self.host.flow.today(), question.earliest, question.latest)
        if kind is FieldType.MEMBERS:
            return ClerkLater(self.host.flow_skip)
        return TextInput(answer)


def _choices(options: list[tuple[str, object]], answer: Answer) -> QWidget:
    """One tap answers; the tapped choice shows as selected (✓ 選択中) while the flow moves on."""
    box = QWidget()
    grid = QGridLayout(box)
    for index, (text, value) in enumerate(options):
        widget = choice(text)
        widget.setAutoExclusive(True)
        widget.clicked.connect(partial(answer, value))
        grid.addWidget(widget, index // 2, index % 2)
    return box


class MultiChoice(QWidget):
    def __init__(self, question: Question, answer: Answer) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("SelfService", "あてはまるものを すべて選んでください"), "hint"))
        self.chosen: list[str] = []
        for value, text in question.choices:
            toggle = choice(catalogue_text(text))
            toggle.toggled.connect(partial(self._toggle, value))
            layout.addWidget(toggle)
        layout.addWidget(button(translate("SelfService", "次へ"), lambda: answer(list(self.chosen)), "primary"))

    def _toggle(self, value: str, on: bool) -> None:  # (value, checked)
        if on and value not in self.chosen:
            self.chosen.append(value)
        elif not on and value in self.chosen:
            self.chosen.remove(value)


class TextInput(QWidget):
    def __init__(self, answer: Answer) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(translate("SelfService", "回答"))
        layout.addWidget(self.edit)
        layout.addWidget(button(translate("SelfService", "次へ"), lambda: answer(self.edit.text()), "primary"))


class ClerkLater(QWidget):
    def __init__(self, skip: Callable[[], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("SelfService", "ご家族の情報は、窓口で職員がお伺いします")))
        layout.addWidget(button(translate("SelfService", "次へ"), skip, "primary"))
