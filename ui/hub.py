"""The device hub: the single device worker and the presence watch.

Card reads, status queries, printing and any other blocking job run on one worker thread,
never on the GUI thread. Each call names its own typed result and failure callbacks, which run
on the GUI thread (in the spirit of anki's QueryOp): no result is broadcast to whoever happens
to listen. The presence watch stays a signal, since every screen reacts to the card and the
reader coming and going. The hub holds no personal data itself.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from devices.card.codeb import CodeB
from devices.card.face_reading import CardFace, FaceReader
from devices.card.reading import CardReader, ReadReport
from devices.card.sensitive import Pin
from devices.card.status import CardStatus
from devices.card.watch import PresenceEvent, PresenceSource, PresenceWatcher
from devices.printing.port import Printer, PrintJob
from kiosk.hardware import OpenCard
from ui.device_worker import DeviceWorker, Failed, receiver_alive

T = TypeVar("T")


@dataclass(frozen=True)
class CodeBRead:
    """A read with 照合番号B: the 基本4情報 (text AP) and, when asked, the card face (the photo
    and images are personal data: ``wipe`` them when the visit ends)."""

    report: ReadReport
    face: CardFace | None

    def wipe(self) -> None:
        if self.face is not None:
            self.face.wipe()

    def __repr__(self) -> str:
        return "CodeBRead(****)"


class DeviceHub(QObject):
    presence = Signal(object)  # PresenceEvent
    printer_state = Signal(bool)  # after each print_pdf: did the printer take the job

    def __init__(self, reader: CardReader, open_card: OpenCard, printer: Printer,
                 presence_source: PresenceSource | None = None,
                 face_reader: FaceReader | None = None) -> None:
        super().__init__()
        self._reader = reader
        self._face_reader = face_reader
        self._open_card = open_card
        self.printer = printer
        self._worker = DeviceWorker()
        self._watcher = (PresenceWatcher(presence_source, self.presence.emit)
                         if presence_source is not None else None)

    def start(self) -> None:
        if self._watcher is not None:
            self._watcher.start()

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        self._worker.shutdown()

    def query_card(self, on_done: Callable[[int | None], None], on_failed: Failed) -> None:
        """The PIN tries left on the card on the reader (None: the card does not say)."""
        def job() -> int | None:
            with self._open_card() as transport:
                return self._reader.pin_tries_left(transport)
        self._worker.submit(job, on_done, on_failed)

    def card_status(self, on_done: Callable[[CardStatus], None], on_failed: Failed) -> None:
        """PIN and 照合番号B state and tries (consuming none) and the e-certificates' expiry."""
        def job() -> CardStatus:
            with self._open_card() as transport:
                return self._reader.status(transport)
        self._worker.submit(job, on_done, on_failed)

    def read_card_code_b(self, code: CodeB, *, with_face: bool,
                         on_done: Callable[[CodeBRead], None], on_failed: Failed) -> None:
        """The 基本4情報 with 照合番号B, and (``with_face``, at the counter) the card face: its
        photo and images, checked against the text AP's birth date and sex. One VERIFY per AP,
        never retried here."""
        face_reader = self._face_reader if with_face else None

        def job() -> CodeBRead:
            with self._open_card() as transport:
                report = self._reader.read(transport, code, with_expiry=True)
                face = None
                if face_reader is not None:
                    face = face_reader.read(transport, code, basic4=report.data.basic4).face
                return CodeBRead(report, face)
        self._worker.submit(job, on_done, on_failed)

    def read_card(self, pin: Pin, *, with_number: bool, on_done: Callable[[ReadReport], None],
                  on_failed: Failed) -> None:
        def job() -> ReadReport:
            with self._open_card() as transport:
                return self._reader.read(transport, pin, with_number=with_number)
        self._worker.submit(job, on_done, on_failed)

    def print_pdf(self, pdf: Path, title: str, *, on_done: Callable[[PrintJob], None],
                  on_failed: Failed, cleanup: Path | None = None) -> None:
        """Print off the GUI thread; ``cleanup`` (a temporary folder holding personal data)
        is deleted once the printer has taken the job, whether it succeeded or not."""
        def job() -> PrintJob:
            try:
                return self.printer.print_pdf(pdf, title)
            finally:
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)

        def done(printed: PrintJob) -> None:
            self.printer_state.emit(True)
            if receiver_alive(on_done):
                on_done(printed)

        def failed(error: Exception) -> None:
            self.printer_state.emit(False)
            if receiver_alive(on_failed):
                on_failed(error)
        self._worker.submit(job, done, failed)

    def run(self, job: Callable[[], T], on_done: Callable[[T], None],
            on_failed: Failed | None) -> None:
        """Any other blocking job (rendering a preview, a search, syncing). ``on_failed``
        None says on purpose that a failure shows nothing (it is logged, by type only)."""
        self._worker.submit(job, on_done, on_failed)

    def execute(self, job: Callable[[], object]) -> None:
        """Fire and forget on the device thread (the outbox lives there)."""
        self._worker.submit(job, None, None)


class Generation:
    """Numbers the visits (or the searches), so that a result which arrives after its visit
    ended is dropped: the next resident must never see the last one's card, answers or
    preview."""

    def __init__(self) -> None:
        self.number = 0

    def advance(self) -> None:
        """The visit ended: whatever it still waits for is not shown."""
        self.number += 1

    def guard(self, callback: Callable[[T], None],
              otherwise: Callable[[T], None] | None = None) -> Callable[[T], None]:
        """``callback``, called only while the generation it was made in goes on; after that,
        ``otherwise`` (what must happen all the same, such as the audit record)."""
        visit = self.number

        def guarded(value: T) -> None:
            if not receiver_alive(callback):
                return
            if self.number == visit:
                callback(value)
            elif otherwise is not None:
                otherwise(value)
        return guarded


__all__ = ["CodeBRead", "DeviceHub", "Generation", "PresenceEvent"]
