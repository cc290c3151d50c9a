"""The clerk's queue: waiting tickets; call next, recall, transfer, no-show.

With the building's shared queue, F2 asks the back office (off the GUI thread): the panel
shows 呼び出し中… until the answer comes; a timer applies the board every half second."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.queue.tickets import Ticket, TicketQueue
from ui.i18n import translate
from ui.widgets import button, label

CTX = "Staff"
COUNTERS = ("1番窓口", "2番窓口", "3番窓口", "6番窓口", "9番窓口", "証明書窓口")
PUMP_MS = 500


class QueuePanel(QWidget):
    ticket_called = Signal(object)  # Ticket

    def __init__(self, queue: TicketQueue, counter: str) -> None:
        super().__init__()
        self.queue = queue
        self.counter = counter
        self.current: Ticket | None = None
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(translate("Staff", "待っている番号"))
        self.now = label("", "title", translate("Staff", "対応中の番号"))
        self.transfer_to = QComboBox()
        self.transfer_to.addItems([c for c in COUNTERS if c != counter])
        self.transfer_to.setAccessibleName(translate("Staff", "転送先"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("Staff", "順番待ち"), "title"))
        layout.addWidget(self.waiting)
        layout.addWidget(self.now)
        layout.addWidget(button(translate("Staff", "次の番号を呼ぶ (F2)"), self.call_next, "primary"))
        layout.addWidget(button(translate("Staff", "再呼出 (F3)"), self.recall))
        layout.addWidget(self.transfer_to)
        layout.addWidget(button(translate("Staff", "転送 (F4)"), self.transfer))
        layout.addWidget(button(translate("Staff", "不在 (F6)"), self.no_show))
        layout.addWidget(button(translate("Staff", "窓口で受付票を発行 (F7)"), self.issue_walk_in))
        queue.on_called = self._called
        if queue.shared:
            self._pump = QTimer(self)
            self._pump.timeout.connect(self._apply_shared)
            self._pump.start(PUMP_MS)
        self.refresh()

    def _apply_shared(self) -> None:
        self.queue.pump()
        self.refresh()

    def refresh(self) -> None:
        self.waiting.clear()
        for ticket in self.queue.waiting():
            wait = self.queue.estimated_wait_minutes(ticket)
            item = QListWidgetItem(f"{ticket.label}　{ticket.channel}　{len(ticket.procedures)}件"
                                   f"　約{wait}分")
            self.waiting.addItem(item)
        busy = translate("Staff", "対応中")
        if self.queue.pending:
            self.now.setText(translate("Staff", "呼び出し中…"))
        else:
            self.now.setText(f"{busy}: {self.current.label}" if self.current
                             else translate("Staff", "対応中の番号はありません"))

    def call_next(self) -> None:
        if self.queue.pending:  # F2 pressed again before the back office answered
            return
        self._called(self.queue.call_next(self.counter))

    def _called(self, ticket: Ticket | None) -> None:
        """The called ticket, at once (in process) or when the back office answers."""
        if ticket is not None:
            self.current = ticket
            self.ticket_called.emit(ticket)
        self.refresh()

    def recall(self) -> None:
        if self.current is not None:
            self.queue.recall(self.current)
        self.refresh()

    def transfer(self) -> None:
        if self.current is not None:
            self.queue.transfer(self.current, self.transfer_to.currentText())
            self.current = None
        self.refresh()

    def no_show(self) -> None:
        if self.current is not None:
            self.queue.no_show(self.current)
            self.current = None
        self.refresh()

    def issue_walk_in(self) -> None:
        self.queue.issue((), "counter")
        self.refresh()

    def finish_current(self) -> None:
        if self.current is not None:
            self.queue.finish(self.current)
            self.current = None
        self.refresh()
