"""The shared queue over the back office's real QueueStore (SQLite), without HTTP or TLS:
a transport that can be switched off to play an unreachable back office."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.backoffice.queue_store import QueueRequestError, QueueStore, TicketNotFoundError
from kiosk.backoffice.store import BackofficeStore
from kiosk.queue.client import QueueOffline, QueueRefused
from kiosk.queue.local_numbers import LocalNumbers
from kiosk.queue.shared import SharedTicketQueue
from kiosk.queue.tickets import MemorySink
from kiosk.store.crypto import KeyRing


def queue_store(tmp_path: Path) -> QueueStore:
    keys = KeyRing.load_or_create(tmp_path / "data.key")
    return QueueStore(BackofficeStore(f"sqlite:///{tmp_path / 'backoffice.sqlite3'}", keys))


class StoreTransport:
    def __init__(self, store: QueueStore, kiosk_id: str) -> None:
        self.store, self.kiosk_id = store, kiosk_id
        self.up = threading.Event()
        self.up.set()

    def _guard(self, call: Callable[[], Any]) -> Any:
        if not self.up.is_set():
            raise QueueOffline("バックオフィスに接続できません / cannot reach the back office")
        try:
            return call()
        except (QueueRequestError, TicketNotFoundError) as error:
            raise QueueRefused(str(error)) from None

    def reserve(self) -> int:
        return int(self._guard(self.store.reserve))

    def issue(self, ticket: dict[str, Any]) -> dict[str, Any]:
        return dict(self._guard(lambda: self.store.issue(self.kiosk_id, ticket)))

    def call_next(self, counter: str) -> dict[str, Any] | None:
        answer = self._guard(lambda: self.store.call_next(counter))
        return dict(answer) if answer is not None else None

    def act(self, label: str, action: str, counter: str = "") -> dict[str, Any]:
        return dict(self._guard(lambda: self.store.act(label, action, counter)))

    def board(self) -> dict[str, Any]:
        return dict(self._guard(self.store.board))

    def close(self) -> None:
        pass


def replica(store: QueueStore, kiosk_id: str, tmp_path: Path
            ) -> tuple[SharedTicketQueue, StoreTransport]:
    transport = StoreTransport(store, kiosk_id)
    numbers = LocalNumbers(kiosk_id.removeprefix("kiosk-") + "-", tmp_path / f"{kiosk_id}.json")
    queue = SharedTicketQueue(MemorySink(), lambda: transport, numbers,
                              refresh_seconds=0.05, retry_seconds=0.05)
    return queue, transport


def pump_until(queue: SharedTicketQueue, done: Callable[[], object], limit: int = 2000) -> None:
    """Pump as the GUI does until ``done()``; bounded, so a broken queue fails the test."""
    pause = threading.Event()
    for _ in range(limit):
        queue.pump()
        if done():
            return
        pause.wait(0.01)
    raise AssertionError("the shared queue did not get there")


def settled(queue: SharedTicketQueue) -> bool:
    """Online, every operation delivered, a number reserved."""
    return bool(queue.online) and queue._submitted == queue._done \
        and queue._reserved is not None
