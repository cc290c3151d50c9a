"""The call display for a second monitor: the numbers being called and their counters, large
enough to read across the waiting room."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.queue.tickets import TicketQueue
from ui.i18n import translate

CTX = "CallDisplay"
ROWS = 6
STYLE = "font-size: {size}pt; font-weight: bold; padding: 8px;"


class CallDisplay(QWidget):
    def __init__(self, queue: TicketQueue, refresh_ms: int = 1000) -> None:
        super().__init__()
        self.queue = queue
        self.setWindowTitle(translate("CallDisplay", "呼出表示"))
        self.setAccessibleName(translate("CallDisplay", "呼出表示"))
        self.setStyleSheet("background: #102a43; color: #ffffff;")
        heading = QLabel(translate("CallDisplay", "お呼び出し中の番号"))
        heading.setStyleSheet(STYLE.format(size=36))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        for column, text in enumerate((translate("CallDisplay", "番号"), translate("CallDisplay", "窓口"))):
            caption = QLabel(text)
            caption.setStyleSheet(STYLE.format(size=28))
            grid.addWidget(caption, 0, column)
        self.numbers = [QLabel("") for _ in range(ROWS)]
        self.counters = [QLabel("") for _ in range(ROWS)]
        for row in range(ROWS):
            for column, cell in enumerate((self.numbers[row], self.counters[row])):
                cell.setStyleSheet(STYLE.format(size=72 if row == 0 else 48))
                cell.setAccessibleName(translate("CallDisplay", "呼出") + f" {row + 1}")
                grid.addWidget(cell, row + 1, column)
        self.waiting = QLabel("")
        self.waiting.setStyleSheet(STYLE.format(size=28))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid, 1)
        layout.addWidget(self.waiting)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(refresh_ms)
        self.refresh()

    def refresh(self) -> None:
        self.queue.pump()  # the shared queue's board, applied here on the GUI thread
        calling = self.queue.calling()[:ROWS]
        for row in range(ROWS):
            ticket = calling[row] if row < len(calling) else None
            self.numbers[row].setText(ticket.label if ticket else "")
            self.counters[row].setText(ticket.counter if ticket else "")
        self.waiting.setText(translate("CallDisplay", "お待ちの方: {n}人").replace(
            "{n}", str(len(self.queue.waiting()))))
