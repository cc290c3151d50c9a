"""Append-only, hash-chained audit log in the kiosk database.

Each entry's hash covers its sequence number, time, action, actor, detail and the previous
entry's hash, so editing, removing or reordering an entry breaks the chain from there on.
Cutting the tail, emptying the log or recomputing it whole does not break it: that is what the
anchor in the back office catches (kiosk/store/anchor.py).
Details never hold personal data: a card read is logged as "a card was read", not its content.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from kiosk.store.db import Store, named

GENESIS = "0" * 64
ACTIONS = frozenset({
    "card_read", "print", "submission", "staff_login", "config_change", "key_rotation", "sync",
    # The clerk's 本人確認 against the card-face photo after a read with 照合番号B.
    "identity_check",
    # Remote window (kiosk/remote): joins, own edits applied, card items shared with consent,
    # prints requested from the main office and acknowledged here.
    "remote_join", "remote_edit", "remote_share", "remote_print",
    # Records the back office rejected, sent again or given up by an operator.
    "outbox_reject", "outbox_retry", "outbox_discard",
    # Records this kiosk could not unseal or encode; an outbox from before markers adopted.
    "outbox_quarantine", "outbox_marker",
})


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: float
    action: str
    actor: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class Verification:
    entries: int
    first_bad: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad is None


def entry_hash(seq: int, at: float, action: str, actor: str, detail: str, prev: str) -> str:
    material = json.dumps([seq, at, action, actor, detail, prev], ensure_ascii=False,
                          separators=(",", ":"))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(db: Database, action: str, actor: str, detail: dict[str, Any],
           at: float | None = None) -> int:
    """Append one entry inside the caller's write transaction (which serialises writers)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    last = named(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    seq, prev = (last[0]["seq"] + 1, last[0]["hash"]) if last else (1, GENESIS)
    when = time.time() if at is None else at
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    db.execute(
        "INSERT INTO audit (seq, at, action, actor, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, when, action, actor, text, prev, entry_hash(seq, when, action, actor, text, prev)),
    )
    return int(seq)


def record(store: Store, action: str, actor: str, detail: dict[str, Any]) -> int:
    """Append one entry in its own transaction."""
    with store.write() as db:
        return append(db, action, actor, detail)


def entries(store: Store) -> list[AuditEntry]:
    rows = store.rows("SELECT seq, at, action, actor, detail FROM audit ORDER BY seq")
    return [AuditEntry(r["seq"], r["at"], r["action"], r["actor"], json.loads(r["detail"]))
            for r in rows]


def verify(store: Store) -> Verification:
    """Walk the chain in storage order; name the first entry that does not fit."""
    rows = store.read(
        "SELECT seq, at, action, actor, detail, prev_hash, hash FROM audit ORDER BY rowid"
    )
    prev = GENESIS
    for position, (seq, at, action, actor, detail, prev_hash, stored) in enumerate(rows, 1):
        if seq != position:
            return Verification(len(rows), seq, f"expected entry {position} here (removed or "
                                                f"reordered)")
        if prev_hash != prev:
            return Verification(len(rows), seq, "previous-hash mismatch (an earlier entry was "
                                                "removed, reordered or edited)")
        if entry_hash(seq, at, action, actor, detail, prev_hash) != stored:
            return Verification(len(rows), seq, "content does not match its hash (edited)")
        prev = stored
    return Verification(len(rows))
