"""A supervised watch loop for readers and cards.

pyscard's CardMonitor stops silently when pcscd restarts or a reader is unplugged. This loop
never stops on its own: every failure of the source becomes a "service lost" event, the
source is rebuilt, and once it answers again a "service restored" event and the current
readers and cards follow. Callbacks run on the watch thread; a failing callback is logged
and the loop goes on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from devices.card.errors import CardError

log = logging.getLogger("kiosk.card.watch")


class Presence(Enum):
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    SERVICE_LOST = "service_lost"
    SERVICE_RESTORED = "service_restored"


@dataclass(frozen=True)
class PresenceEvent:
    kind: Presence
    reader: str | None = None


class PresenceSource(Protocol):
    def wait(self, timeout_s: float) -> dict[str, bool]:
        """Reader name -> card present, after waiting up to ``timeout_s`` for a change.

        Raises CardError (PcscServiceError) when the service is gone.
        """
        ...

    def reset(self) -> None:
        """Drop whatever connection to the service the source holds."""
        ...


def diff(before: dict[str, bool], after: dict[str, bool]) -> Iterator[PresenceEvent]:
    for reader in sorted(before.keys() - after.keys()):
        if before[reader]:
            yield PresenceEvent(Presence.CARD_REMOVED, reader)
        yield PresenceEvent(Presence.READER_REMOVED, reader)
    for reader in sorted(after.keys() - before.keys()):
        yield PresenceEvent(Presence.READER_ADDED, reader)
        if after[reader]:
            yield PresenceEvent(Presence.CARD_INSERTED, reader)
    for reader in sorted(before.keys() & after.keys()):
        if before[reader] != after[reader]:
            kind = Presence.CARD_INSERTED if after[reader] else Presence.CARD_REMOVED
            yield PresenceEvent(kind, reader)


class PresenceWatcher:
    def __init__(self, source: PresenceSource, on_event: Callable[[PresenceEvent], None], *,
                 poll_s: float = 0.25, retry_s: float = 0.5) -> None:
        self._source = source
        self._on_event = on_event
        self._poll_s = poll_s
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._known: dict[str, bool] = {}
        self._service_up: bool | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="presence-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def run(self) -> None:
        while not self._stop.is_set():
            self.step()

    def step(self) -> None:
        """One turn of the loop (public so tests can drive it without a thread)."""
        try:
            snapshot = self._source.wait(self._poll_s)
        except CardError:
            self._lost()
            return
        except Exception:  # supervision: an unexpected failure must not end the watch
            log.exception("presence source failed; rebuilding it")
            self._lost()
            return
        if self._service_up is False:
            self._emit(PresenceEvent(Presence.SERVICE_RESTORED))
        self._service_up = True
        for event in diff(self._known, snapshot):
            self._emit(event)
        self._known = snapshot

    def _lost(self) -> None:
        if self._service_up is not False:
            for event in diff(self._known, {}):
                self._emit(event)
            self._known = {}
            self._emit(PresenceEvent(Presence.SERVICE_LOST))
            self._service_up = False
        self._source.reset()
        self._stop.wait(self._retry_s)

    def _emit(self, event: PresenceEvent) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("presence callback failed for %s", event.kind.value)
