"""The remote counter (リモート窓口): a specialist at the main office joins a branch's live
session — sees the resident's confirmed card data and answers, edits answers, and has the forms
printed at the branch. Client callbacks come from its connection thread through a queued signal."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget

from kiosk.remote.client import Endpoint
from kiosk.remote.roles import CounterClient
from kiosk.settings import Settings
from ui.i18n import translate
from ui.widgets import button, label


class _Bridge(QObject):
    received = Signal(object)


class RemoteCounter(QWidget):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.client: CounterClient | None = None
        self._bridge = _Bridge()
        self._bridge.received.connect(self._on_event)
        self.branch = QLineEdit()
        self.branch.setPlaceholderText("kiosk-01")
        self.branch.setAccessibleName(translate("Staff", "支所の端末名"))
        self.fields = QListWidget()
        self.fields.setAccessibleName(translate("Staff", "共有されている内容"))
        self.who = label("", name=translate("Staff", "接続中の参加者"))
        self.question = QLineEdit()
        self.question.setPlaceholderText("phone")
        self.question.setAccessibleName(translate("Staff", "回答の項目"))
        self.value = QLineEdit()
        self.value.setAccessibleName(translate("Staff", "回答の値（JSON可）"))
        self.status = label("", name=translate("Staff", "リモート窓口の状態"))
        top = QHBoxLayout()
        top.addWidget(self.branch, 1)
        top.addWidget(button(translate("Staff", "支所に接続"), self.join, "primary"))
        top.addWidget(button(translate("Staff", "切断"), self.leave))
        edit = QHBoxLayout()
        edit.addWidget(self.question)
        edit.addWidget(self.value, 2)
        edit.addWidget(button(translate("Staff", "回答を送る"), self.send_answer))
        edit.addWidget(button(translate("Staff", "支所で印刷"), self.print_at_branch))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.who)
        layout.addWidget(self.fields, 1)
        layout.addLayout(edit)
        layout.addWidget(self.status)

    def join(self) -> None:
        office, remote = self.settings.backoffice, self.settings.remote
        if office is None or remote is None:
            self.status.setText(translate("Staff", "リモート窓口の証明書が設定されていません"))
            return
        self.leave()
        endpoint = Endpoint(office.url, office.ca, remote.cert, remote.key)
        self.client = CounterClient(endpoint, self.branch.text().strip() or "kiosk-01",
                                    on_event=self._bridge.received.emit)
        self.client.start()
        self.status.setText(translate("Staff", "接続しています…"))

    def leave(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        self.fields.clear()
        self.who.clear()

    def send_answer(self) -> None:
        if self.client is None or not self.question.text().strip():
            return
        text = self.value.text()
        try:
            value: Any = json.loads(text)
        except ValueError:
            value = text
        self.client.edit(f"answers.{self.question.text().strip()}", value)

    def print_at_branch(self) -> None:
        if self.client is not None:
            self.client.request_print([])
            self.status.setText(translate("Staff", "支所に印刷を依頼しました"))

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "presence":
            names = [f"{p.get('name')}（{p.get('role')}）" for p in event.get("participants", [])]
            self.who.setText(" / ".join(names))
            self.status.setText(translate("Staff", "接続しました"))
        elif kind == "conflict":
            self.status.setText(translate("Staff", "同時に変更されました。最新の内容を確認してください"))
        self._show_state()

    def _show_state(self) -> None:
        if self.client is None:
            return
        self.fields.clear()
        for field, value in sorted(self.client.state.values.items()):
            self.fields.addItem(f"{field}: {json.dumps(value, ensure_ascii=False)}")
