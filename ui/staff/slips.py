"""Issuing a payment slip at the counter: find the payable by its notice number, then render,
self-check and print it on the device thread. A slip whose codes do not read back exactly is
refused with a clear message and never reaches the printer."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget

from kiosk.payments.issue import render_checked_slip
from kiosk.payments.layout import LayoutError
from kiosk.payments.payable import LocalFilePayableSource, Payable, PayableSource
from kiosk.payments.selfcheck import SelfCheckError
from kiosk.printing import PrintError, PrintJob
from kiosk.raster import RasterError
from ui.hub import DeviceHub
from ui.i18n import translate
from ui.widgets import button, label

SLIP_DPI = 600


def payable_source(home: Path) -> PayableSource:
    """Demo and trial: payable files in $KIOSK_HOME/payables (production: the back office)."""
    return LocalFilePayableSource(home / "payables")


class SlipPanel(QWidget):
    def __init__(self, hub: DeviceHub, source: PayableSource, home: Path) -> None:
        super().__init__()
        self.hub, self.source, self.home = hub, source, home
        self.found: list[Payable] = []
        self.notice = QLineEdit()
        self.notice.setPlaceholderText(translate("Staff", "通知書番号"))
        self.notice.setAccessibleName(translate("Staff", "通知書番号"))
        self.notice.returnPressed.connect(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(translate("Staff", "納付書の候補"))
        self.status = label("", name=translate("Staff", "納付書の状態"))
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        row.addWidget(button(translate("Staff", "検索"), self.search))
        row.addWidget(button(translate("Staff", "納付書を発行 (Ctrl+L)"), self.issue, "primary"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        hub.job_done.connect(self._done)
        hub.job_failed.connect(self._failed)

    def search(self) -> None:
        self.found = self.source.payables(self.notice.text().strip())
        self.results.clear()
        for payable in self.found:
            sample = translate("Staff", "（見本）") if payable.synthetic else ""
            self.results.addItem(f"{payable.subject} {payable.fiscal_year}年度 {payable.instalment}"
                                 f"　{payable.amounts.total:,}円　納期限 "
                                 f"{payable.elqr_fields.due_date:%Y-%m-%d}{sample}")
        if self.found:
            self.results.setCurrentRow(0)
        self.status.setText(translate("Staff", "{n}件見つかりました").replace(
            "{n}", str(len(self.found))))

    def issue(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self.found):
            self.status.setText(translate("Staff", "発行する納付書を選んでください"))
            return
        payable, home, printer = self.found[row], self.home, self.hub.printer
        self.status.setText(translate("Staff", "納付書を作成し、コードを確認しています…"))

        def job() -> PrintJob:
            folder = Path(tempfile.mkdtemp(prefix="kiosk-slip-"))
            try:
                out = folder / f"slip-{payable.notice_number}.pdf"
                render_checked_slip(payable, out, home=home, dpi=SLIP_DPI)
                return printer.print_pdf(out, f"納付書{payable.notice_number}")
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        self.hub.run("slip", job)

    def clear(self) -> None:
        self.notice.clear()
        self.results.clear()
        self.found = []
        self.status.clear()

    def _done(self, tag: str, result: object) -> None:
        if tag == "slip":
            self.status.setText(translate("Staff", "納付書を印刷しました（コード確認済み）"))

    def _failed(self, tag: str, error: object) -> None:
        if tag != "slip":
            return
        if isinstance(error, SelfCheckError | RasterError | LayoutError):
            self.status.setText(error.one_line())
        elif isinstance(error, PrintError):
            self.status.setText(str(error))
        else:
            self.status.setText(translate("Staff", "納付書を発行できませんでした"))



