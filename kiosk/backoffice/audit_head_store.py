"""Each kiosk's anchored audit head, kept by the back office (its own table and rules).

One row per kiosk: the last head it presented that extends the one before (``seq``, ``hash``,
``anchored_at`` when it last moved, ``seen_at`` when last presented). A head is refused when
it goes backwards (a lower sequence: the log was cut), keeps the sequence with another hash,
or moves forward from a base (the kiosk's own entry at the anchored sequence) whose hash is not
the anchored one (the log was rewritten). A refused head is not stored; the refusal itself is
noted on the kiosk's row (when, which sequence, why), so ``kiosk backoffice audit-heads`` shows
tampering even if nobody runs ``kiosk audit verify`` at the terminal.

Writes are a compare-and-set on the row (``UPDATE … WHERE seq = old AND hash = old``): two
back-office workers racing for one kiosk never both move its head.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Float,
    MetaData,
    String,
    Table,
    delete,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError
from kiosk.store.anchor import Head

heads_metadata = MetaData()
audit_heads = Table(
    "audit_heads", heads_metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("anchored_at", Float, nullable=False),
    Column("seen_at", Float, nullable=False),
    Column("refused_at", Float),
    Column("refused_seq", BigInteger),
    Column("refused_reason", String(32)),
)
ATTEMPTS = 5  # compare-and-set retries under concurrent writers of the same kiosk
REASONS = {
    "backwards": "監査ログの先頭が戻っています / the head goes backwards (entries were removed)",
    "rewritten": "監査ログの先頭が書き換えられています / same entry, another hash (rewritten)",
    "not_extending": "監査ログが基点から続いていません / the log does not extend the anchored "
                     "head (rewritten)",
    "base": "基点が必要です / send base = this kiosk's entry at the anchored sequence",
}


class HeadRefusedError(Exception):
    """The head does not extend the anchored one (``reason`` is a key of REASONS)."""

    def __init__(self, reason: str, anchored: Head) -> None:
        super().__init__(REASONS[reason])
        self.reason = reason
        self.anchored = anchored


@dataclass(frozen=True)
class Presented:
    """What a kiosk sent: its head and its entry at the anchored sequence (if it knew it)."""

    head: Head
    base: Head | None


class AuditHeadStore:
    def __init__(self, store: BackofficeStore) -> None:
        self.store = store
        audit_heads.create(store.engine, checkfirst=True)

    def anchor(self, kiosk_id: str, presented: Presented) -> dict[str, Any]:
        """Keep the head if it extends the anchored one; returns the kiosk's row."""
        for _ in range(ATTEMPTS):
            try:
                with self.store._write() as conn:
                    row = _row(conn, kiosk_id)
                    moved = _decide(row, presented)  # a refusal rolls back: nothing written
                    if _apply(conn, self.store.dialect, kiosk_id, row, presented.head, moved):
                        return dict(_row(conn, kiosk_id) or {})
            except HeadRefusedError as refused:
                if refused.reason != "base":  # noted apart: the head itself is not stored
                    self._note_refusal(kiosk_id, presented.head.seq, refused.reason)
                raise
        raise BackofficeStoreError("監査ログの先頭を記録できません / the audit head kept "
                                   "changing under concurrent requests; try again")

    def _note_refusal(self, kiosk_id: str, seq: int, reason: str) -> None:
        with self.store._write() as conn:
            conn.execute(update(audit_heads).where(audit_heads.c.kiosk_id == kiosk_id)
                         .values(refused_at=time.time(), refused_seq=seq, refused_reason=reason))

    def head_of(self, kiosk_id: str) -> dict[str, Any] | None:
        with self.store._read() as conn:
            row = _row(conn, kiosk_id)
        return None if row is None else dict(row)

    def all(self) -> list[dict[str, Any]]:
        with self.store._read() as conn:
            rows = conn.execute(select(audit_heads).order_by(audit_heads.c.kiosk_id)).mappings()
            return [dict(row) for row in rows]

    def forget(self, kiosk_id: str) -> dict[str, Any] | None:
        """Drop a kiosk's anchor (a re-installed terminal, after the investigation)."""
        with self.store._write() as conn:
            row = _row(conn, kiosk_id)
            conn.execute(delete(audit_heads).where(audit_heads.c.kiosk_id == kiosk_id))
        return None if row is None else dict(row)


def _row(conn: Connection, kiosk_id: str) -> Any:
    return conn.execute(select(audit_heads).where(audit_heads.c.kiosk_id == kiosk_id)
                        ).mappings().first()


def _decide(row: Any, presented: Presented) -> bool:
    """Whether the head moves (False: unchanged); raises HeadRefusedError."""
    if row is None:
        return True  # the first head of this kiosk: nothing to extend
    anchored, head, base = Head(row["seq"], row["hash"]), presented.head, presented.base
    if head.seq < anchored.seq:
        raise HeadRefusedError("backwards", anchored)
    if head.seq == anchored.seq:
        if head.hash != anchored.hash:
            raise HeadRefusedError("rewritten", anchored)
        return False
    if base is None or base.seq != anchored.seq:
        raise HeadRefusedError("base", anchored)
    if base.hash != anchored.hash:
        raise HeadRefusedError("not_extending", anchored)
    return True


def _apply(conn: Connection, dialect: str, kiosk_id: str, row: Any, head: Head,
           moved: bool) -> bool:
    """Write the accepted head; False when the row changed since it was read."""
    now = time.time()
    if row is None:
        module = sqlite if dialect == "sqlite" else postgresql
        statement = module.insert(audit_heads).values(
            kiosk_id=kiosk_id, seq=head.seq, hash=head.hash, anchored_at=now, seen_at=now
        ).on_conflict_do_nothing().returning(audit_heads.c.kiosk_id)
        return conn.execute(statement).first() is not None
    values: dict[str, Any] = {"seen_at": now}
    if moved:
        values.update(seq=head.seq, hash=head.hash, anchored_at=now)
    result = conn.execute(update(audit_heads).where(
        audit_heads.c.kiosk_id == kiosk_id, audit_heads.c.seq == row["seq"],
        audit_heads.c.hash == row["hash"]).values(**values))
    return bool(result.rowcount == 1)
