"""One device worker: every card, printer and network call runs here, off the GUI thread.

Each job carries its own result and failure callbacks. The worker thread hands them back
through a queued signal, so they always run on the GUI thread; a callback whose widget has
been deleted in the meantime is dropped rather than called on a dead object.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger("kiosk.ui")

T = TypeVar("T")
Failed = Callable[[Exception], None]


class DeviceWorker(QObject):
    # (callback, value) from the worker thread; queued, so the slot runs on the GUI thread
    _deliver = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="device")
        self._deliver.connect(self._call, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Callable[[], T], on_done: Callable[[T], None] | None,
               on_failed: Failed | None) -> None:
        """Run ``job`` on the device thread; ``on_done(result)`` or ``on_failed(error)`` then
        runs on the GUI thread (``None``: nobody waits for it)."""
        try:
            self._pool.submit(self._run, job, on_done, on_failed)
        except RuntimeError:  # after shutdown: the window is closing, nothing more to do
            log.warning("device worker stopped; a job was dropped")

    def shutdown(self) -> None:
        # Queued jobs still run: they may be outbox writes that must not be lost.
        self._pool.shutdown(wait=True)

    def _run(self, job: Callable[[], T], on_done: Callable[[T], None] | None,
             on_failed: Failed | None) -> None:
        try:
            result = job()
        except Exception as error:  # handed to the GUI, which shows a state, never a traceback
            if on_failed is None:  # the type only: an exception may quote personal data
                log.warning("device job failed: %s", type(error).__name__)
            else:
                self._deliver.emit(on_failed, error)
            return
        if on_done is not None:
            self._deliver.emit(on_done, result)

    def _call(self, callback: Callable[[Any], None], value: object) -> None:
        # A method of the worker (a QObject of the GUI thread), so the queued call runs there.
        if receiver_alive(callback):
            callback(value)


def receiver_alive(callback: Callable[..., object]) -> bool:
    """False when the callback is a method (or a partial of one) of a deleted QObject."""
    while isinstance(callback, partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
