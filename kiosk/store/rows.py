"""The outbox's states, and its unsent rows built from named columns.

The states are stored as exactly these strings (the database format, and the keys of
``kiosk outbox status --json``): pending -> in_flight -> acknowledged, or failed and back, or
rejected (parked for an operator) and then pending again or discarded; quarantined (this
kiosk cannot unseal or encode the record: a damaged value, a key no longer in the ring) is
parked like rejected and settled the same way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from enum import StrEnum


class OutboxState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    ACKNOWLEDGED = "acknowledged"
    FAILED = "failed"
    REJECTED = "rejected"
    DISCARDED = "discarded"
    QUARANTINED = "quarantined"


# Parked for an operator (kiosk outbox rejected / retry / discard); they block nothing.
PARKED = (OutboxState.REJECTED, OutboxState.QUARANTINED)


# Not yet delivered, and blocking the later records of their visit.
UNSENT = (OutboxState.PENDING, OutboxState.FAILED, OutboxState.IN_FLIGHT)


@dataclass(frozen=True)
class UnsentRow:
    """An unsent outbox row as it is stored (personal data and 個人番号 still sealed)."""

    id: int
    idem_key: str
    kind: str
    visit_id: str
    procedure: str | None
    body: str
    personal: bytes | None
    number: bytes | None
    created_at: float
    state: OutboxState
    next_attempt_at: float

    @classmethod
    def columns(cls) -> str:
        """The SELECT list that :meth:`from_row` reads."""
        return ", ".join(field.name for field in fields(cls))

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> UnsentRow:
        values = {name: row[name] for name in row.keys()}  # noqa: SIM118 (Row is no dict)
        return cls(**{**values, "state": OutboxState(row["state"])})
