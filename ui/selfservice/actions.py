"""The bottom action row of the self-service window, reachable seated: 中止 (with a confirm,
then the visit is wiped) and a second 「職員を呼ぶ」 beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.i18n import translate
from ui.selfservice.page import set_text
from ui.widgets import button, label


class ActionRow(QWidget):
    def __init__(self, cancel: Callable[[], None], call_staff: Callable[[], None]) -> None:
        super().__init__()
        self._cancel = cancel
        self.cancel = button("", self.ask, "", "cancel")
        self.question = label("", "problem", "cancel question")
        self.confirm = button("", self.confirmed, "primary")
        self.keep = button("", self.keep_going)
        self.call = button("", call_staff, "call")
        row = QHBoxLayout(self)
        for widget in (self.cancel, self.question, self.confirm, self.keep):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.call)
        self.keep_going()

    def retranslate(self) -> None:
        set_text(self.cancel, translate("SelfService", "中止"))
        self.question.setText(translate("SelfService", "中止して、入力した内容を消しますか？"))
        set_text(self.confirm, translate("SelfService", "はい、中止する"))
        set_text(self.keep, translate("SelfService", "いいえ、続ける"))
        set_text(self.call, translate("SelfService", "職員を呼ぶ"))

    def ask(self) -> None:
        self._asking(True)

    def keep_going(self) -> None:
        self._asking(False)

    def confirmed(self) -> None:
        self._asking(False)
        self._cancel()

    def _asking(self, asking: bool) -> None:
        self.cancel.setVisible(not asking)
        for widget in (self.question, self.confirm, self.keep):
            widget.setVisible(asking)
