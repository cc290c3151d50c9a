"""The pages before any answer: the language, the card on the reader, the PIN (and the
locked card), reading, and the card data for the resident to confirm."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QProgressBar

from devices.card.wareki import to_wareki
from kiosk.visit.selfservice import Screen
from ui.gaiji import variant_label
from ui.i18n import LANGUAGE_NAMES, translate
from ui.selfservice.page import Page, message, set_text, sex_label
from ui.widgets import KeyPad, button, label

if TYPE_CHECKING:
    from ui.selfservice.window import SelfServiceWindow


class LanguagePage(Page):
    shows = Screen.LANGUAGE

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        self.notice = label("", "problem", "notice")  # why the last visit ended by itself
        self.notice.setWordWrap(True)
        self.body.addWidget(self.title)
        self.body.addWidget(self.notice)
        grid = QGridLayout()
        for index, (code, name) in enumerate(LANGUAGE_NAMES.items()):
            grid.addWidget(button(name, partial(window.choose_language, code)),
                           index // 2, index % 2)
        self.body.addLayout(grid)

    def refresh(self) -> None:
        self.title.setText("ことばを えらんでください / Choose your language")
        self.notice.setText(self.host.flow.start_notice)
        self.notice.setVisible(bool(self.host.flow.start_notice))

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
        # beside the pad: the printed items instead (照合番号B), no PIN try spent
        self.forgot = button("", window.forgot_pin)
        for widget in (self.title, self.tries, self.warning):
            self.body.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.pad, 3)
        row.addWidget(self.forgot, 2, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)
        self.forgot.setVisible(self.shows is Screen.PIN)  # the 個人番号 needs the PIN itself

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
        set_text(self.forgot, translate("SelfService", "暗証番号がわからない方"))
        self.pad.retranslate()

    def guidance(self) -> list[str]:
        # The problem ("暗証番号が違います") and the heading; not the tries left, which is the
        # resident's own card state, and never the digits (the pad shows them masked anyway).
        return [message(self.host.flow.problem), self.title.text()]

    def heading(self) -> str:
        return translate("SelfService", "マイナンバーカードの暗証番号（数字4けた）")

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
        self.note = label("", "problem", "note")  # the printed items locked too
        self.text = label("")
        self.body.addWidget(self.title)
        self.body.addWidget(self.note)
        self.body.addWidget(self.text)
        self.finish = button("", window.reset)
        self.body.addWidget(self.finish)
        self.body.addStretch()

    def refresh(self) -> None:
        flow = self.host.flow
        code_b_locked = flow.code_b_tries_left == 0
        if flow.pin_state == "locked" or not code_b_locked:  # the PIN is what is locked
            self.title.setText(translate("SelfService", "暗証番号がロックされています"))
            self.text.setText(translate("SelfService", "市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。"
                                "本人確認書類をお持ちください。職員がご案内します。"))
            self.note.setText(translate("SelfService", "カードに書かれていることの入力も、間違いが続いたため使えなくなりました。")
                              if code_b_locked else "")
        else:  # a 顔認証 card (no PIN), or a PIN the resident does not know: the printed items
            self.title.setText(translate("SelfService", "カードに書かれていることの入力がロックされています"))
            self.text.setText(translate("SelfService", "間違いが続いたため、この方法では読み取れなくなりました。"
                                "市役所1階のマイナンバーカード窓口で、職員が本人確認をしてロックを解除します。"
                                "本人確認書類をお持ちください。"))
            self.note.setText(translate("SelfService", "このカードには暗証番号がありません（顔認証マイナンバーカード）。")
                              if flow.pin_state == "not_set" else "")
        self.finish.setText(translate("SelfService", "最初に戻る"))
        self.finish.setAccessibleName(translate("SelfService", "最初に戻る"))

    def guidance(self) -> list[str]:
        return [self.note.text(), self.title.text(), self.text.text()]


class ConfirmPage(Page):
    shows = Screen.CONFIRM

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__(window)
        self.title = label("", "title")
        # name and address: IVS sequences with their variant glyph (ui.gaiji)
        self.values = {key: variant_label(key) if key in ("name", "address")
                       else label("", name=key) for key in ("name", "address", "birth", "sex")}
        self.captions = {key: label("") for key in self.values}
        grid = QGridLayout()
        for line, key in enumerate(self.values):
            grid.addWidget(self.captions[key], line, 0)
            grid.addWidget(self.values[key], line, 1)
        self.yes = button("", window.flow_confirm, "primary")
        self.no = button("", lambda: window.call_staff("wrong_data"))
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
        set_text(self.yes, translate("SelfService", "はい、正しいです"))
        set_text(self.no, translate("SelfService", "違います（職員を呼ぶ）"))
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
