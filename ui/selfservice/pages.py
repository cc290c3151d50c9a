"""The self-service screens. Each page reads the flow in ``refresh`` and calls the window back;
none keeps personal data of its own beyond what it shows, and ``clear`` empties it.

``guidance`` is what spoken guidance (``--speech``) says for a page: the translated texts that
tell the resident what to do, as shown. Never a value read from the card, an answer or a PIN
digit: a bystander can hear the kiosk."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from devices.card.wareki import to_wareki
from forms.model import FieldType, Question
from forms.pdf.fonts import MINCHO, register_fonts
from forms.pdf.textfit import printable
from forms.prefill import fill_procedure
from kiosk.visit.selfservice import Screen
from ui.i18n import LANGUAGE_NAMES, catalogue_text, translate
from ui.widgets import KanaKeyboard, KeyPad, button, label

if TYPE_CHECKING:
    from ui.selfservice.window import SelfServiceWindow

CTX = "SelfService"
Answer = Callable[[Any], object]



class Page(QWidget):
    shows: Screen
    title: QLabel  # every page has one: what the screen is for

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__()
        self.host = window
        self.body = QVBoxLayout(self)

    def refresh(self) -> None:
        """Rebuild the texts from the flow (language, data) when the page is shown."""

    def guidance(self) -> list[str]:
        """What spoken guidance says for this page (after ``refresh``): guidance texts only."""
        return [self.title.text()]

    def clear(self) -> None:
        """Forget whatever personal data the page shows."""


class LanguagePage(Page):
    shows = Screen.LANGUAGE

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.body.addWidget(self.title)
        grid = QGridLayout()
        for index, (code, name) in enumerate(LANGUAGE_NAMES.items()):
            grid.addWidget(button(name, partial(window.choose_language, code)),
                           index // 2, index % 2)
        self.body.addLayout(grid)

    def refresh(self) -> None:
        self.title.setText("ことばを えらんでください / Choose your language")

    def guidance(self) -> list[str]:
        return []  # the idle start screen: speech begins once a resident chose a language


class CardPage(Page):
    shows = Screen.CARD

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.hint = label("")
        self.problem = label("", "problem", "problem")
        self.body.addWidget(self.title)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.problem)
        self.body.addStretch()

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "マイナンバーカードをカードリーダーに置いてください"))
        self.hint.setText(translate("SelfService", "カードは手続きが終わるまで置いたままにしてください"))
        self.problem.setText(message(self.host.flow.problem))

    def guidance(self) -> list[str]:
        return [self.problem.text(), self.title.text(), self.hint.text()]


class ReadingPage(Page):
    shows = Screen.READING

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.spinner = QProgressBar()
        self.spinner.setRange(0, 0)  # an endless animation while the card is read
        self.spinner.setAccessibleName(translate("SelfService", "読み取り中"))
        self.body.addWidget(self.title)
        self.body.addWidget(self.spinner)
        self.body.addStretch()

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "カードを読み取っています。カードを動かさないでください"))


class PinPage(Page):
    shows = Screen.PIN

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.tries = label("", name="tries")
        self.warning = label("", "problem", "warning")
        self.pad = KeyPad(max_length=4, masked=True)
        self.pad.submitted.connect(self.submit)
        for widget in (self.title, self.tries, self.warning, self.pad):
            self.body.addWidget(widget)

    def submit(self, value: str) -> None:
        self.host.pin_entered(value, with_number=self.shows is Screen.NUMBER_PIN)

    def refresh(self) -> None:
        flow = self.host.flow
        self.title.setText(self.heading())
        left = flow.tries_left
        self.tries.setText(translate("SelfService", "暗証番号の残り回数: {n}回").replace("{n}", str(left))
                           if left is not None else "")
        warning = translate("SelfService", "あと1回間違えるとロックされます。わからないときは職員を呼んでください")
        self.warning.setText(message(flow.problem) + ("\n" + warning if left == 1 else ""))

    def guidance(self) -> list[str]:
        # The problem ("暗証番号が違います") and the heading; not the tries left, which is the
        # resident's own card state, and never the digits (the pad shows them masked anyway).
        return [message(self.host.flow.problem), self.title.text()]

    def heading(self) -> str:
        return translate("SelfService", "券面事項入力補助用の暗証番号（数字4桁）を入力してください")

    def clear(self) -> None:
        self.pad.clear()


class NumberPinPage(PinPage):
    shows = Screen.NUMBER_PIN

    def heading(self) -> str:
        return translate("SelfService", "この手続きには個人番号が必要です。もう一度暗証番号（数字4桁）を入力してください")


class LockedPage(Page):
    shows = Screen.LOCKED

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.text = label("")
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.finish = button("", window.reset)
        self.body.addWidget(self.finish)
        self.body.addStretch()

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "暗証番号がロックされています"))
        self.text.setText(translate("SelfService", "市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。"
                            "本人確認書類をお持ちください。職員がご案内します。"))
        self.finish.setText(translate("SelfService", "最初に戻る"))
        self.finish.setAccessibleName(translate("SelfService", "最初に戻る"))

    def guidance(self) -> list[str]:
        return [self.title.text(), self.text.text()]


class ConfirmPage(Page):
    shows = Screen.CONFIRM

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.values = {key: label("", name=key) for key in ("name", "address", "birth", "sex")}
        self.captions = {key: label("") for key in self.values}
        grid = QGridLayout()
        for line, key in enumerate(self.values):
            grid.addWidget(self.captions[key], line, 0)
            grid.addWidget(self.values[key], line, 1)
        self.yes = button("", window.flow_confirm, "primary")
        self.no = button("", window.call_staff)
        self.body.addWidget(self.title)
        self.body.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(self.no)
        row.addWidget(self.yes)
        self.body.addLayout(row)

    def refresh(self) -> None:
        card = self.host.flow.card
        self.title.setText(translate("SelfService", "カードの内容を確認してください"))
        captions = (translate("SelfService", "氏名"), translate("SelfService", "住所"),
                    translate("SelfService", "生年月日"), translate("SelfService", "性別"))
        for key, caption in zip(self.values, captions, strict=True):
            self.captions[key].setText(caption)
        _set_text(self.yes, translate("SelfService", "はい、正しいです"))
        _set_text(self.no, translate("SelfService", "違います（職員を呼ぶ）"))
        if card is None:
            return
        basic4 = card.basic4
        self.values["name"].setText(basic4.name)
        self.values["address"].setText(basic4.address)
        self.values["birth"].setText(to_wareki(basic4.birth_date).format())
        self.values["sex"].setText(sex_label(basic4.sex.value))

    def clear(self) -> None:
        for widget in self.values.values():
            widget.clear()


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
            _set_text(widget, catalogue_text(name))


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

    def refresh(self) -> None:
        question = self.host.flow.question
        _set_text(self.back, translate("SelfService", "ひとつ前に戻る"))
        self.problem.setText(message(self.host.flow.problem))
        if question is None:
            return
        self.title.setText(catalogue_text(question.text))
        self._replace_input(self._input_for(question))

    def guidance(self) -> list[str]:
        return [self.problem.text(), self.title.text()]  # the catalogue's question, not answers

    def clear(self) -> None:
        self._replace_input(None)
        self.problem.clear()

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
            return DateInput(answer)
        if kind is FieldType.MEMBERS:
            return ClerkLater(self.host.flow_skip)
        return TextInput(answer)


def _choices(options: list[tuple[str, object]], answer: Answer) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    for index, (text, value) in enumerate(options):
        grid.addWidget(button(text, partial(answer, value)), index // 2, index % 2)
    return box


class MultiChoice(QWidget):
    def __init__(self, question: Question, answer: Answer) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.chosen: list[str] = []
        for value, text in question.choices:
            toggle = button(catalogue_text(text))
            toggle.setCheckable(True)
            toggle.toggled.connect(partial(self._toggle, value))
            layout.addWidget(toggle)
        layout.addWidget(button(translate("SelfService", "次へ"), lambda: answer(list(self.chosen)), "primary"))

    def _toggle(self, value: str, on: bool) -> None:  # (value, checked)
        if on and value not in self.chosen:
            self.chosen.append(value)
        elif not on and value in self.chosen:
            self.chosen.remove(value)


class DateInput(QWidget):
    def __init__(self, answer: Answer) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setAccessibleName(translate("SelfService", "日付"))
        layout.addWidget(self.edit)
        layout.addWidget(button(translate("SelfService", "次へ"), lambda: answer(
            self.edit.date().toString("yyyy-MM-dd")), "primary"))


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


class ReviewPage(Page):
    """Every prefilled form, field by field, before anything is printed."""

    shows = Screen.REVIEW

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAccessibleName(translate("SelfService", "申請書の内容"))
        self.print = button("", window.flow_print, "primary")
        self.back = button("", window.flow_back)
        self.body.addWidget(self.title)
        self.body.addWidget(self.scroller)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.print)
        self.body.addLayout(row)

    def refresh(self) -> None:
        flow = self.host.flow
        self.title.setText(translate("SelfService", "申請書の内容を確認してください（書くところはありません）"))
        _set_text(self.print, translate("SelfService", "印刷する"))
        _set_text(self.back, translate("SelfService", "ひとつ前に戻る"))
        if flow.session is None:
            return
        register_fonts()
        content = QWidget()
        layout = QVBoxLayout(content)
        for decision in flow.decisions:
            layout.addWidget(label(f"■ {catalogue_text(decision.procedure.name)}", "title",
                                   "procedure"))
            # the reasons in the resident's language, said from the facts (Qt's translator)
            for reason in decision.reasons_in(flow.catalogue, flow.session.life_event,
                                              translate):
                layout.addWidget(label(f"　{reason}", name="reason"))
            for filled in fill_procedure(flow.session, decision.procedure):
                if filled.text:
                    shown, missing = printable(filled.text, MINCHO)
                    note = translate("SelfService", "（〓は印字できない文字です。職員が確認します）") if missing else ""
                    layout.addWidget(label(f"{filled.field.label}: {shown}{note}",
                                           "problem" if missing else "", "field"))
        self.scroller.setWidget(content)

    def clear(self) -> None:
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()


class PrintingPage(Page):
    shows = Screen.PRINTING

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.spinner = QProgressBar()
        self.spinner.setRange(0, 0)
        self.spinner.setAccessibleName(translate("SelfService", "印刷中"))
        self.body.addWidget(self.title)
        self.body.addWidget(self.spinner)
        self.body.addStretch()

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "印刷しています。しばらくお待ちください"))


class DonePage(Page):
    shows = Screen.DONE

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.ticket = label("", "ticket", "ticket number")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("")
        self.finish = button("", window.reset, "primary")
        for widget in (self.title, self.ticket, self.text, self.finish):
            self.body.addWidget(widget)

    def refresh(self) -> None:
        self.title.setText(translate("SelfService", "印刷しました。受付番号の札をお取りください"))
        self.ticket.setText(self.host.flow.ticket)
        self.text.setText(translate("SelfService", "番号が呼ばれたら窓口へお越しください。署名と確認をいたします。"))
        _set_text(self.finish, translate("SelfService", "終わる"))

    def guidance(self) -> list[str]:
        return [self.title.text(), self.text.text()]  # not the ticket number: it is on the slip

    def clear(self) -> None:
        self.ticket.clear()


def message(text: str) -> str:
    """A problem text from the core (kiosk.visit.selfservice.PROBLEMS, forms validation)."""
    return translate("Messages", text) if text else ""


def sex_label(code: str) -> str:
    labels = {"male": translate("SelfService", "男"), "female": translate("SelfService", "女"),
              "not_applicable": translate("SelfService", "適用不能"),
              "unknown": translate("SelfService", "不明")}
    return labels.get(code, code)


def _set_text(widget: QWidget, text: str) -> None:
    widget.setText(text)  # type: ignore[attr-defined]
    widget.setAccessibleName(text)


PAGES = (LanguagePage, CardPage, ReadingPage, PinPage, NumberPinPage, LockedPage, ConfirmPage,
         LifeEventPage, QuestionPage, ReviewPage, PrintingPage, DonePage)
