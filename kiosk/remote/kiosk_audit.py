"""The kiosk side's audit entries for the remote window, written to the kiosk's own log.

The client calls its audit sink from its connection thread, and the kiosk's SQLite store is
one connection per thread, so the writer owns its own thread and store and takes entries from
a queue. Details never carry personal data: field names, sequence numbers, job ids.
"""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path
from typing import Any

from kiosk.store import audit
from kiosk.store.db import Store
from kiosk.store.errors import StoreError

log = logging.getLogger(__name__)
Entry = tuple[str, dict[str, Any]]


class KioskAuditWriter:
    def __init__(self, database: Path, actor: str) -> None:
        self.database = database
        self.actor = actor
        self.written = 0
        self._queue: queue.Queue[Entry | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="remote-audit", daemon=True)
        self._thread.start()

    def __call__(self, action: str, detail: dict[str, Any]) -> None:
        self._queue.put((action, detail))

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            store = Store(self.database)
        except StoreError as error:
            log.error("remote audit: %s", error)
            return
        with store:
            while (entry := self._queue.get()) is not None:
                try:
                    audit.record(store, entry[0], self.actor, entry[1])
                    self.written += 1
                except StoreError as error:
                    log.error("remote audit: %s", error)
