"""The kiosk side's audit entries for the remote window, written to the kiosk's own log.

The client calls its audit sink from its connection thread, and the kiosk's SQLite store is
one connection per thread, so the writer owns its own thread and store and takes entries from
a queue. Details never carry personal data: field names, sequence numbers, job ids.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.settings import Settings
from kiosk.store import audit
from kiosk.store.crypto import KeyFileError
from kiosk.store.db import Store
from kiosk.store.errors import StoreError
from kiosk.store.service import open_outbox

log = logging.getLogger(__name__)
Entry = tuple[str, dict[str, Any]]


class KioskAuditWriter:
    def __init__(self, database: Path, actor: str, *,
                 opener: Callable[[], Store] | None = None) -> None:
        self.database = database
        self.actor = actor
        self._opener = opener or (lambda: Store(database))
        self.written = 0
        self._queue: queue.Queue[Entry | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="remote-audit", daemon=True)
        self._thread.start()

    @classmethod
    def for_kiosk(cls, settings: Settings) -> KioskAuditWriter:
        """Write into this kiosk's outbox as ``kiosk init`` made it: a missing, emptied or
        replaced database is refused (logged), never created here."""
        return cls(settings.database, settings.kiosk_id,
                   opener=lambda: open_outbox(settings).store)

    def __call__(self, action: str, detail: dict[str, Any]) -> None:
        self._queue.put((action, detail))

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            store = self._opener()
        except (StoreError, KeyFileError) as error:
            log.error("remote audit: %s", error)
            return
        with store:
            while (entry := self._queue.get()) is not None:
                try:
                    audit.record(store, entry[0], self.actor, entry[1])
                    self.written += 1
                except StoreError as error:
                    log.error("remote audit: %s", error)
