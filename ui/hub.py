"""The device hub: the single device worker and the presence watch, as Qt signals.

Card reads, status queries and printing all run on one worker thread, never on the GUI
thread; results arrive as queued signals. The hub holds no personal data itself.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from devices.card.reading import CardReader
from devices.card.sensitive import Pin
from devices.card.transport import CardTransport
from devices.card.watch import PresenceEvent, PresenceSource, PresenceWatcher
from devices.printing.port import Printer
from ui.device_worker import DeviceWorker

OpenCard = Callable[[], AbstractContextManager[CardTransport]]


class DeviceHub(QObject):
    presence = Signal(object)  # PresenceEvent
    card_status = Signal(object)  # tries left (int | None)
    card_read = Signal(object)  # ReadReport
    card_failed = Signal(object)  # CardError (or another exception)
    printed = Signal(object)  # PrintJob
    print_failed = Signal(object)
    busy = Signal(str)  # "reading", "printing", "" when idle
    job_done = Signal(str, object)  # (tag, result) of a generic job
    job_failed = Signal(str, object)

    def __init__(self, reader: CardReader, open_card: OpenCard, printer: Printer,
                 presence_source: PresenceSource | None = None) -> None:
        super().__init__()
        self._reader = reader
        self._open_card = open_card
        self.printer = printer
        self._worker = DeviceWorker()
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._watcher = (PresenceWatcher(presence_source, self.presence.emit)
                         if presence_source is not None else None)

    def start(self) -> None:
        if self._watcher is not None:
            self._watcher.start()

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        self._worker.shutdown()

    def query_card(self) -> None:
        def job() -> int | None:
            with self._open_card() as transport:
                return self._reader.pin_tries_left(transport)
        self._worker.submit("status", job)

    def read_card(self, pin: Pin, *, with_number: bool) -> None:
        def job() -> object:
            with self._open_card() as transport:
                return self._reader.read(transport, pin, with_number=with_number)
        self.busy.emit("reading")
        self._worker.submit("read", job)

    def print_pdf(self, pdf: Path, title: str, cleanup: Path | None = None) -> None:
        """Print off the GUI thread; ``cleanup`` (a temporary folder holding personal data)
        is deleted once the printer has taken the job, whether it succeeded or not."""
        def job() -> object:
            try:
                return self.printer.print_pdf(pdf, title)
            finally:
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)
        self.busy.emit("printing")
        self._worker.submit("print", job)

    def execute(self, job: Callable[[], object]) -> None:
        """Fire and forget on the device thread (the outbox lives there)."""
        self._worker.submit("job:_", job)

    def run(self, tag: str, job: Callable[[], object]) -> None:
        """Any other blocking job (rendering a preview, syncing): results come as job_done."""
        self._worker.submit(f"job:{tag}", job)

    def _done(self, tag: str, result: object) -> None:
        self.busy.emit("")
        if tag.startswith("job:"):
            self.job_done.emit(tag[4:], result)
            return
        {"status": self.card_status, "read": self.card_read, "print": self.printed}[tag].emit(
            result)

    def _failed(self, tag: str, error: object) -> None:
        self.busy.emit("")
        if tag.startswith("job:"):
            self.job_failed.emit(tag[4:], error)
            return
        (self.print_failed if tag == "print" else self.card_failed).emit(error)


__all__ = ["DeviceHub", "PresenceEvent"]
