"""Issuing a payment slip at the counter: find the payable by its notice number, then render,
self-check and print it on the device thread. A slip whose codes do not read back exactly is
refused with a clear message and never reaches the printer.

The search also runs on the device thread (it may ask the back office over the network); a
result that arrives after the clerk started another search or closed the visit is dropped.
Which source the panel gets (back office, or the demo folder) is decided in
kiosk/payments/sources.py.

The list shows the payer masked (山田 ＊＊ / 東京都千代田区＊＊＊), enough to tell payables apart;
the full name and address are fetched only for the one the clerk prints, on the device thread,
and are never kept by the panel."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget

from devices.printing.port import PrintError, PrintJob
from devices.raster import RasterError
from kiosk.payments.issue import render_checked_slip
from kiosk.payments.layout import LayoutError
from kiosk.payments.masking import masked
from kiosk.payments.payable import Payable, PayableSource
from kiosk.payments.selfcheck import SelfCheckError
from kiosk.payments.sources import PayableLookupError
from ui.hub import DeviceHub, Generation
from ui.i18n import translate
from ui.widgets import button, label

SLIP_DPI = 600


class SlipPanel(QWidget):
    def __init__(self, hub: DeviceHub, source: PayableSource, home: Path) -> None:
        super().__init__()
        self.hub, self.source, self.home = hub, source, home
        self.found: list[Payable] = []
        self._searches = Generation()  # only the latest search is shown
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

    def search(self) -> None:
        notice = self.notice.text().strip()
        self._forget()
        if not notice:
            self.status.setText(translate("Staff", "通知書番号を入力してください"))
            return
        self.status.setText(translate("Staff", "検索しています…"))
        source = self.source

        def job() -> list[Payable] | PayableLookupError:
            try:
                return source.payables(notice)
            except PayableLookupError as error:  # expected: shown like a result
                return error
        self.hub.run(job, self._searches.guard(self._show),
                     self._searches.guard(self._search_failed))

    def _show(self, found: list[Payable] | PayableLookupError) -> None:
        if isinstance(found, PayableLookupError):
            self.status.setText(str(found))
            return
        self.found = found
        for payable in found:
            self.results.addItem(_list_line(masked(payable)))
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

        source = self.source

        def job() -> PrintJob:
            full = source.printable(payable)  # the payer in full, for this slip only
            folder = Path(tempfile.mkdtemp(prefix="kiosk-slip-"))
            try:
                out = folder / f"slip-{full.notice_number}.pdf"
                render_checked_slip(full, out, home=home, dpi=SLIP_DPI)
                return printer.print_pdf(out, f"納付書{full.notice_number}")
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        self.hub.run(job, self._printed, self._print_failed)

    def clear(self) -> None:
        self.notice.clear()
        self._forget()
        self.status.clear()

    def _forget(self) -> None:
        self._searches.advance()  # a search still running now shows nothing when it ends
        self.results.clear()
        self.found = []

    def _printed(self, _: PrintJob) -> None:
        self.status.setText(translate("Staff", "納付書を印刷しました（コード確認済み）"))

    def _search_failed(self, _: Exception) -> None:
        self.status.setText(translate("Staff", "納付書を検索できませんでした"))

    def _print_failed(self, error: Exception) -> None:
        if isinstance(error, SelfCheckError | RasterError | LayoutError):
            self.status.setText(error.one_line())
        elif isinstance(error, PrintError | PayableLookupError):
            self.status.setText(str(error))
        else:
            self.status.setText(translate("Staff", "納付書を発行できませんでした"))


def _list_line(payable: Payable) -> str:
    """One row of the list: what tells payables apart, the payer as masked."""
    sample = translate("Staff", "（見本）") if payable.synthetic else ""
    return (f"{payable.subject} {payable.fiscal_year}年度 {payable.instalment}"
            f"　{payable.amounts.total:,}円　納期限 {payable.elqr_fields.due_date:%Y-%m-%d}"
            f"　{payable.payer_name}　{payable.payer_address}{sample}")
