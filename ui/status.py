"""Device states as a visible strip, never as blocking dialogs: the reader, the printer, the
back office (with the number of records waiting to be sent, and of those set aside because
this kiosk cannot unseal or encode them), spoken guidance when it was
asked for (``--speech``) and, where the queue is shared across the building, whether this
terminal reaches it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from devices.card.watch import Presence, PresenceEvent
from kiosk.queue.tickets import TicketQueue
from kiosk.visit.services import KioskServices
from ui.hub import DeviceHub
from ui.i18n import translate
from ui.speech import SpeechState

OK_STYLE = "color: #1e6f3d; font-weight: bold;"
BAD_STYLE = "color: #b03a2e; font-weight: bold;"


class StatusStrip(QWidget):
    def __init__(self, hub: DeviceHub) -> None:
        super().__init__()
        self.reader = QLabel()
        self.printer = QLabel()
        self.backoffice = QLabel()
        self.speech = QLabel()
        self.speech.hide()  # shown only when spoken guidance is on (set_speech)
        layout = QHBoxLayout(self)
        for widget, name in ((self.reader, "カードリーダーの状態"), (self.printer, "プリンターの状態"),
                             (self.backoffice, "事務所との通信の状態"), (self.speech, "音声案内の状態")):
            widget.setAccessibleName(translate("Status", name))
            layout.addWidget(widget)
        self._speech: SpeechState | None = None
        self.queue = QLabel()
        self.queue.setAccessibleName(translate("Status", "順番待ちの状態"))
        self.queue.hide()  # only a shared queue can be offline
        layout.addWidget(self.queue)
        self._queue_online: bool | None = None
        self.quarantined = QLabel()
        self.quarantined.setAccessibleName(translate("Status", "送信できない記録"))
        self.quarantined.hide()  # only when a record was set aside (kiosk outbox rejected)
        layout.addWidget(self.quarantined)
        self._quarantined = 0
        self._readers: set[str] = set()
        self._state: tuple[bool, bool, bool | None, int] = (False, True, None, 0)
        self.retranslate()
        hub.presence.connect(self._on_presence)
        hub.printer_state.connect(self.set_printer)

    def watch(self, services: KioskServices, hub: DeviceHub, every_ms: int = 5000) -> None:
        """Poll the outbox's status on the device thread and show the back office's state."""
        self._services, self._hub = services, hub
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._poll)
        self._timer.start(every_ms)
        self._poll()

    def watch_queue(self, queue: TicketQueue, every_ms: int = 1000) -> None:
        """Show the shared queue's state (read on the GUI thread: a flag its worker sets)."""
        if not queue.shared:
            return
        self._queue_timer = QTimer(self)
        self._queue_timer.timeout.connect(lambda: self.set_queue(bool(queue.online)))
        self._queue_timer.start(every_ms)
        self.set_queue(bool(queue.online))

    def set_queue(self, online: bool) -> None:
        self._queue_online = online
        text = (translate("Status", "順番待ち: 共有") if online
                else translate("Status", "順番待ち: オフライン（この端末の番号で発行）"))
        self._show(self.queue, text, online)
        self.queue.show()

    def _poll(self) -> None:
        # A failed poll leaves the strip as it was: the next poll tries again.
        self._hub.run(self._services.status, self._on_status, None)

    def _on_status(self, status: dict[str, Any]) -> None:
        depth = status.get("depth", {})
        self.set_quarantined(int(depth.get("quarantined", 0)))
        if self._services.settings.backoffice is None:
            self.set_backoffice(None, 0)
            return
        waiting = int(depth.get("pending", 0)) + int(depth.get("failed", 0))
        error_at, success = status.get("last_error_at"), status.get("last_success")
        online = error_at is None or (success is not None and str(success) > str(error_at))
        self.set_backoffice(online, waiting)

    def set_quarantined(self, count: int) -> None:
        """Records this kiosk set aside (cannot be unsealed or encoded): staff must look."""
        self._quarantined = count
        text = translate("Status", "送信できない記録: {n}件（職員が確認します）")
        self._show(self.quarantined, text.replace("{n}", str(count)), False)
        self.quarantined.setVisible(count > 0)

    def retranslate(self) -> None:
        """Show the current states in the current language."""
        reader, printer, online, pending = self._state
        self.set_reader(reader)
        self.set_printer(printer)
        self.set_backoffice(online, pending)
        if self._speech is not None:
            self.set_speech(self._speech)
        if self._queue_online is not None:
            self.set_queue(self._queue_online)
        if self._quarantined:
            self.set_quarantined(self._quarantined)

    def set_speech(self, state: SpeechState) -> None:
        self._speech = state
        texts = {SpeechState.ON: translate("Status", "音声案内: オン"),
                 SpeechState.NO_ENGINE: translate("Status", "音声案内: 使えません（音声エンジンがありません）"),
                 SpeechState.NO_VOICE: translate("Status", "音声案内: この言語の音声がありません")}
        self._show(self.speech, texts[state], state is SpeechState.ON)
        self.speech.show()

    def set_reader(self, ok: bool) -> None:
        self._state = (ok, *self._state[1:])
        text = (translate("Status", "カードリーダー: 接続") if ok
                else translate("Status", "カードリーダー: 見つかりません"))
        self._show(self.reader, text, ok)

    def set_printer(self, ok: bool) -> None:
        self._state = (self._state[0], ok, *self._state[2:])
        text = (translate("Status", "プリンター: 正常") if ok
                else translate("Status", "プリンター: エラー（職員が確認します）"))
        self._show(self.printer, text, ok)

    def set_backoffice(self, online: bool | None, pending: int) -> None:
        self._state = (*self._state[:2], online, pending)
        if online is None:
            text, ok = translate("Status", "事務所: 未設定（この端末に保存）"), True
        elif online:
            text, ok = translate("Status", "事務所: オンライン"), True
        else:
            text, ok = translate("Status", "事務所: オフライン（未送信 {n}件は保存済み）"), False
        self._show(self.backoffice, text.replace("{n}", str(pending)), ok)

    def _on_presence(self, event: PresenceEvent) -> None:
        if event.kind is Presence.READER_ADDED and event.reader:
            self._readers.add(event.reader)
        elif event.kind is Presence.READER_REMOVED and event.reader:
            self._readers.discard(event.reader)
        elif event.kind is Presence.SERVICE_LOST:
            self._readers.clear()
        self.set_reader(bool(self._readers))

    @staticmethod
    def _show(widget: QLabel, text: str, ok: bool) -> None:
        widget.setText(text)
        widget.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
