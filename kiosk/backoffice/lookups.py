"""Who looked up which payables: a limit per kiosk certificate, and an audit entry per lookup.

A kiosk certificate could otherwise walk the notice numbers and read who owes what. Each
certificate gets a sliding window of ``limit`` lookups a minute (``kiosk backoffice serve
--payable-lookups``, default 30): a counter prints a few slips an hour, a walk needs thousands
of lookups. The window lives in the process (one back office serves a building; each process
of a scaled-out deployment counts on its own). Every lookup that was answered leaves one row in
``payable_lookups``: when, which certificate, list or release, the notice number, the payable
released, how many were found. No payer data goes in: the notice number is what the kiosk
sent, and the row says nothing about who owes.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, select

from kiosk.backoffice.store import BackofficeStore

DEFAULT_LOOKUPS_PER_MINUTE = 30
WINDOW_SECONDS = 60.0
KINDS = ("list", "release")  # a notice's masked list; one payable with its payer

lookup_metadata = MetaData()  # its own: created here, next to the store's tables
payable_lookups = Table(
    "payable_lookups", lookup_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("caller", String(64), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("notice_number", String(64), nullable=False),
    Column("payable_id", Integer),  # the payable released (release only)
    Column("found", Integer, nullable=False),
)


class LookupLimiter:
    """A sliding window per caller: at most ``limit`` lookups in any ``window`` seconds."""

    def __init__(self, limit: int = DEFAULT_LOOKUPS_PER_MINUTE,
                 window: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1:
            raise ValueError("the lookup limit must be at least 1")
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: dict[str, collections.deque[float]] = {}
        self._lock = threading.Lock()

    def admit(self, caller: str) -> int:
        """0 when the lookup may go ahead (and counts), else the seconds until it may."""
        now = self.clock()
        with self._lock:
            seen = self._seen.setdefault(caller, collections.deque())
            while seen and seen[0] <= now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return max(1, math.ceil(seen[0] + self.window - now))
            seen.append(now)
            self._forget_idle(now)
            return 0

    def _forget_idle(self, now: float) -> None:
        """Drop callers whose window is empty, so the table does not grow with every name."""
        if len(self._seen) > 1000:
            for name in [n for n, s in self._seen.items() if not s or s[-1] <= now - self.window]:
                del self._seen[name]


class LookupAudit:
    """The ``payable_lookups`` table in the back office's database."""

    def __init__(self, store: BackofficeStore) -> None:
        self.store = store
        with store._write() as conn:
            lookup_metadata.create_all(conn)

    def record(self, caller: str, kind: str, notice_number: str, found: int,
               payable_id: int | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown lookup kind {kind!r}")
        with self.store._write() as conn:
            conn.execute(payable_lookups.insert().values(
                at=time.time(), caller=caller, kind=kind, notice_number=notice_number,
                payable_id=payable_id, found=found))

    def entries(self, after_id: int = 0) -> list[dict[str, Any]]:
        query = (select(payable_lookups).where(payable_lookups.c.id > after_id)
                 .order_by(payable_lookups.c.id))
        with self.store._read() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]
