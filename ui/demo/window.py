"""A minimal demo window until the full kiosk UI lands: card presence, PIN, the card data.

It is thin: the card reading is devices.card via kiosk.hardware, run on the device worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devices import pcsc
from devices.card.errors import CardError
from devices.card.reading import ReadReport
from devices.card.sensitive import Pin
from devices.card.watch import Presence, PresenceEvent, PresenceWatcher
from kiosk.hardware import card_reader
from kiosk.settings import load_settings
from ui.device_worker import DeviceWorker
from ui.fonts import register_app_fonts

FIELDS = (("name", "氏名"), ("address", "住所"), ("birth_date", "生年月日"), ("sex", "性別"),
          ("integrity", "真正性"))


class _PresenceBridge(QObject):
    changed = Signal(object)


class DemoWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("書かないワンストップ窓口 — デモ")
        self._reader = card_reader(load_settings())
        self._worker = DeviceWorker()
        self.after_read: Callable[[], None] | None = None  # the scripted screenshot's hook
        self._status = QLabel("カードをリーダーに置いてください / Place your card on the reader")
        self._status.setWordWrap(True)
        self._pin = QLineEdit()
        self._pin.setEchoMode(QLineEdit.EchoMode.Password)
        self._pin.setMaxLength(4)
        self._pin.setAccessibleName("暗証番号 / PIN")
        self._pin.setPlaceholderText("暗証番号(数字4桁)")
        self._read_button = QPushButton("読み取る / Read")
        self._read_button.setAccessibleName("読み取る / Read")
        self._read_button.clicked.connect(self.start_read)
        self._pin.returnPressed.connect(self.start_read)
        self._values = {key: QLabel("") for key, _ in FIELDS}
        self._build()
        self._bridge = _PresenceBridge()
        self._bridge.changed.connect(self._on_presence)
        self._watcher = PresenceWatcher(pcsc.PcscPresenceSource(), self._bridge.changed.emit)
        self._watcher.start()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow("暗証番号 / PIN", self._pin)
        for key, label in FIELDS:
            self._values[key].setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self._values[key].setWordWrap(True)
            form.addRow(label, self._values[key])
        layout = QVBoxLayout()
        layout.addWidget(self._status)
        layout.addLayout(form)
        layout.addWidget(self._read_button)
        body = QWidget()
        body.setLayout(layout)
        self.setCentralWidget(body)

    def start_read(self) -> None:
        try:
            pin = Pin(self._pin.text())
        except ValueError as error:
            self._status.setText(str(error))
            return
        self._pin.clear()
        self._status.setText("読み取り中… / Reading…")
        self._read_button.setEnabled(False)
        self._worker.submit(lambda: self._read(pin), self._on_done, self._on_failed)

    def _read(self, pin: Pin) -> ReadReport:
        with pcsc.open_card() as transport:
            return self._reader.read(transport, pin, with_number=False)

    def _on_done(self, report: ReadReport) -> None:
        self._read_button.setEnabled(True)
        basic4 = report.data.basic4
        shown = {"name": basic4.name, "address": basic4.address,
                 "birth_date": basic4.birth_date.isoformat(), "sex": basic4.sex.value,
                 "integrity": report.data.integrity.value}
        for key, value in shown.items():
            self._values[key].setText(value)
        self._status.setText("読み取りました。内容をご確認ください / Read. Please check the data.")
        self._read_finished()

    def _on_failed(self, error: Exception) -> None:
        self._read_button.setEnabled(True)
        text = error.one_line() if isinstance(error, CardError) else "予期しないエラー / error"
        self._status.setText(text)
        self._read_finished()

    def _read_finished(self) -> None:
        if self.after_read is not None:
            self.after_read()

    def _on_presence(self, event: PresenceEvent) -> None:
        if event.kind in (Presence.CARD_REMOVED, Presence.SERVICE_LOST):
            self.clear_personal_data()
            self._status.setText("カードが外されました / The card was removed")
        elif event.kind is Presence.CARD_INSERTED:
            self._status.setText("暗証番号を入力してください / Enter your PIN")

    def clear_personal_data(self) -> None:
        self._pin.clear()
        for label in self._values.values():
            label.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.clear_personal_data()
        self._watcher.stop()
        self._worker.shutdown()
        super().closeEvent(event)


def run_demo_window(screenshot: str | None = None, hint_pin: str | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    register_app_fonts()  # the bundled IPAex files, should the machine lack fonts-ipaexfont
    app.setFont(QFont("IPAexGothic", 16))
    window = DemoWindow()
    window.resize(900, 560)
    window.show()
    if screenshot:
        _scripted_read_and_grab(window, app, screenshot, hint_pin or "")
    return app.exec()


def _scripted_read_and_grab(window: DemoWindow, app: QApplication, path: str, pin: str) -> None:
    def grab_and_quit() -> None:
        window.grab().save(path)
        window.close()
        app.quit()

    window.after_read = lambda: QTimer.singleShot(100, grab_and_quit)
    window._pin.setText(pin)
    QTimer.singleShot(800, window.start_read)  # pcscd notices the card within ~0.35 s
