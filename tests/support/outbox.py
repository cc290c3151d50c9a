"""Helpers for the outbox unit tests: a store in a temp dir and a controllable clock."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from devices.card.sensitive import MyNumber
from kiosk.store.crypto import KeyRing
from kiosk.store.db import Store
from kiosk.store.outbox import Backoff, Outbox
from kiosk.store.records import Submission

NAME = "山田 太郎"
ADDRESS = "東京都千代田区霞が関一丁目1番1号"
NUMBER = "123456789018"


@dataclass
class Clock:
    now: float = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def make_outbox(tmp: Path, clock: Clock | None = None, retention_days: int = 0,
                busy_timeout_s: float = 5.0) -> Outbox:
    store = Store(tmp / "outbox.sqlite3", busy_timeout_s=busy_timeout_s)
    keys = KeyRing.load_or_create(tmp / "keys" / "outbox.key")
    return Outbox(store, keys, "kiosk-01", retention_days=retention_days,
                  backoff=Backoff(1.0, 8.0), clock=clock or Clock())


def submission(visit: str = "v1", procedure: str = "転入届", number: bool = True,
               name: str = NAME) -> Submission:
    return Submission(visit, procedure, {"氏名": name, "住所": ADDRESS},
                      hashlib.sha256(f"{visit}{procedure}".encode()).hexdigest(),
                      my_number=MyNumber(NUMBER) if number else None)


def raw_bytes(path: Path) -> bytes:
    """The database file and its WAL, as anyone with file access would read them."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")
