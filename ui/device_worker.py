"""One device worker: every card, printer and network call runs here, off the GUI thread.

Results come back as Qt signals, which Qt queues into the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("kiosk.ui")


class DeviceWorker(QObject):
    finished = Signal(object, object)  # (tag, result)
    failed = Signal(object, object)  # (tag, exception)

    def __init__(self) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="device")

    def submit(self, tag: str, job: Callable[[], Any]) -> None:
        try:
            self._pool.submit(self._run, tag, job)
        except RuntimeError:  # after shutdown: the window is closing, nothing more to do
            log.warning("device worker stopped; %s dropped", tag)

    def shutdown(self) -> None:
        # Queued jobs still run: they may be outbox writes that must not be lost.
        self._pool.shutdown(wait=True)

    def _run(self, tag: str, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except Exception as error:  # handed to the GUI, which shows a state, never a traceback
            self.failed.emit(tag, error)
            return
        self.finished.emit(tag, result)
