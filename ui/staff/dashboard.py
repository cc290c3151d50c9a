"""The supervisor's dashboard: 処理件数・処理時間・待ち時間 per procedure, per hour or day and
channel, as a table and a bar chart, with CSV export. The numbers come from kiosk.metrics,
the same as `kiosk metrics --json`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.metrics import MetricRow
from kiosk.visit.services import KioskServices
from ui.hub import DeviceHub
from ui.i18n import translate
from ui.widgets import button

COLUMNS = ("period", "procedure", "channel", "count", "processing_mean_s",
           "processing_median_s", "waiting_mean_s", "waiting_max_s")
HEADERS = ("時間帯", "手続き", "経路", "処理件数", "処理時間 平均(秒)", "処理時間 中央値(秒)",
           "待ち時間 平均(秒)", "待ち時間 最大(秒)")


def to_csv(rows: list[MetricRow]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(row.as_dict())
    return out.getvalue()


class BarChart(QWidget):
    """処理件数 per procedure as horizontal bars (drawn with QPainter, no chart library)."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(220)
        self.setAccessibleName(translate("Staff", "処理件数のグラフ"))
        self.bars: list[tuple[str, int]] = []

    def show_rows(self, rows: list[MetricRow]) -> None:
        totals: dict[str, int] = {}
        for row in rows:
            totals[row.procedure] = totals.get(row.procedure, 0) + row.count
        self.bars = sorted(totals.items(), key=lambda item: -item[1])[:10]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("Staff", "まだ記録がありません"))
            return
        top = max(count for _, count in self.bars)
        height = self.height() / len(self.bars)
        label_width = self.width() * 0.35
        for index, (name, count) in enumerate(self.bars):
            y = index * height
            painter.drawText(QRectF(0, y, label_width - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            width = (self.width() - label_width - 40) * count / top
            painter.fillRect(QRectF(label_width, y + height * 0.15, width, height * 0.7),
                             QColor("#2f5d8a"))
            painter.drawText(QRectF(label_width + width + 4, y, 40, height),
                             Qt.AlignmentFlag.AlignVCenter, str(count))


class Dashboard(QWidget):
    def __init__(self, services: KioskServices, hub: DeviceHub) -> None:
        super().__init__()
        self.services, self.hub = services, hub
        self.rows: list[MetricRow] = []
        self.period = QComboBox()
        self.period.addItem(translate("Staff", "時間ごと"), "hour")
        self.period.addItem(translate("Staff", "日ごと"), "day")
        self.period.setAccessibleName(translate("Staff", "集計の単位"))
        self.period.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("Staff", h) for h in HEADERS])
        self.table.setAccessibleName(translate("Staff", "処理件数・処理時間・待ち時間の表"))
        self.chart = BarChart()
        controls = QHBoxLayout()
        controls.addWidget(self.period)
        controls.addWidget(button(translate("Staff", "更新"), self.refresh))
        controls.addWidget(button(translate("Staff", "CSVに書き出す"), self._ask_export))
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        period = str(self.period.currentData())
        # A failed count leaves the table as it was; 更新 tries again.
        self.hub.run(lambda: self.services.metrics(period), self.show_rows, None)

    def show_rows(self, rows: list[MetricRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = row.as_dict()
            for c, key in enumerate(COLUMNS):
                value = values[key]
                text = f"{value:.0f}" if isinstance(value, float) else str(value or "")
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.chart.show_rows(rows)

    def export_csv(self, path: Path) -> None:
        path.write_text(to_csv(self.rows), encoding="utf-8")

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, translate("Staff", "CSVに書き出す"),
                                              "metrics.csv", "CSV (*.csv)")
        if name:
            self.export_csv(Path(name))
