"""The outbox: durable, encrypted, ordered-per-visit records waiting for the back office.

States (OutboxState, kiosk/store/rows.py): pending -> in_flight -> acknowledged, or failed
(attempt count, next retry) and back, or rejected: the back office refused the record itself
(malformed), so resending it cannot help and it must not block its visit; it waits, sealed, for
an operator to retry it (after a fix) or discard it (its personal data is then deleted).
A row is claimed (in_flight, committed) before it is sent; a process that dies mid-send leaves
it in flight and the next start puts it back to pending. Resending is safe because the back
office stores each idempotency key once. Within a visit, a record is never sent before an
earlier one of the same visit was acknowledged or rides in the same batch before it.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from kiosk.store import audit, marker
from kiosk.store.crypto import KeyRing
from kiosk.store.db import Store, named
from kiosk.store.records import OutgoingRecord, Submission, VisitEvent
from kiosk.store.rows import PARKED, UNSENT, OutboxState, UnsentRow
from kiosk.store.unseal import PoisonRecordError, unseal

DAY_S = 86400.0


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: the n-th failure waits base*2^(n-1), capped, x[0.5,1)."""

    base_s: float = 2.0
    cap_s: float = 300.0

    def delay(self, attempts: int, rng: Callable[[], float] = random.random) -> float:
        ceiling = min(self.cap_s, self.base_s * 2 ** max(0, attempts - 1))
        return float(ceiling * (0.5 + rng() / 2))


class Outbox:
    def __init__(self, store: Store, keys: KeyRing, kiosk_id: str, *,
                 retention_days: int = 0, backoff: Backoff = Backoff(),
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.keys = keys
        self.kiosk_id = kiosk_id
        self.retention_days = retention_days
        self.backoff = backoff
        self.clock = clock

    # -- enqueueing -------------------------------------------------------------------------

    def enqueue_submission(self, submission: Submission) -> str:
        key = self._new_key()
        body = {"form_sha256": submission.form_sha256, "channel": submission.channel}
        personal = json.dumps(submission.fields, ensure_ascii=False).encode("utf-8")
        number = submission.my_number
        with self.store.write() as db:
            self.keys.refresh()  # under the database lock: see KeyRing.refresh
            self._insert(db, key, "submission", submission.visit_id, submission.procedure, body,
                         personal=self.keys.seal(personal, f"{key}:personal"),
                         number=None if number is None else self.keys.seal(
                             number.reveal().encode("ascii"), f"{key}:number"))
            audit.append(db, "submission", self.kiosk_id,
                         {"key": key, "procedure": submission.procedure,
                          "visit_id": submission.visit_id, "with_number": number is not None})
        return key

    def enqueue_event(self, event: VisitEvent) -> str:
        key = self._new_key()
        body = {"event": event.event, "at": event.at, "channel": event.channel}
        with self.store.write() as db:
            self._insert(db, key, "event", event.visit_id, event.procedure, body)
        return key

    def _new_key(self) -> str:
        return f"{self.kiosk_id}:{uuid.uuid4().hex}"

    def _insert(self, db: Database, key: str, kind: str, visit_id: str, procedure: str | None,
                body: dict[str, Any], *, personal: bytes | None = None,
                number: bytes | None = None) -> None:
        db.execute(
            "INSERT INTO outbox (idem_key, kind, visit_id, procedure, body, personal, number, "
            "created_at, state, attempts, next_attempt_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
            (key, kind, visit_id, procedure, json.dumps(body, separators=(",", ":")),
             personal, number, self.clock(), OutboxState.PENDING),
        )

    # -- sending ----------------------------------------------------------------------------

    def recover_in_flight(self) -> int:
        """At start-up: whatever a dead process left in flight is pending again."""
        with self.store.write() as db:
            return db.execute("UPDATE outbox SET state = ? WHERE state = ?",
                              (OutboxState.PENDING, OutboxState.IN_FLIGHT)).rowcount

    def claim_batch(self, limit: int, *, respect_backoff: bool = True) -> list[OutgoingRecord]:
        """Claim up to ``limit`` sendable rows; a poison row among them is quarantined (with
        its reason, in the same transaction) and the claim goes on past it."""
        now = self.clock() if respect_backoff else float("inf")
        with self.store.write() as db:
            self.keys.refresh()
            while True:
                rows = [UnsentRow.from_row(row) for row in named(
                    db, f"SELECT {UnsentRow.columns()} FROM outbox "  # noqa: S608 (columns)
                    "WHERE state IN (?, ?, ?) ORDER BY id LIMIT ?", (*UNSENT, limit * 4 + 100))]
                chosen = _sendable(rows, limit, now)
                records, poison = self._unseal_all(chosen)
                if poison:
                    self._quarantine(db, poison)
                if records or not chosen:
                    break  # when every chosen row was poison, look again past them
            sent = {record.key for record in records}
            db.execute(
                f"UPDATE outbox SET state = ? WHERE id IN "  # noqa: S608 (placeholders)
                f"({','.join('?' * len(sent))})",
                [OutboxState.IN_FLIGHT, *(row.id for row in chosen if row.idem_key in sent)])
        return records

    def _unseal_all(self, rows: list[UnsentRow]) -> tuple[list[OutgoingRecord], dict[str, str]]:
        records: list[OutgoingRecord] = []
        poison: dict[str, str] = {}
        for row in rows:
            try:
                records.append(unseal(self.keys, row, self.kiosk_id))
            except PoisonRecordError as error:
                poison[row.idem_key] = str(error)
        return records, poison

    def _quarantine(self, db: Database, reasons: dict[str, str]) -> None:
        for key, reason in reasons.items():
            db.execute("UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ? "
                       "WHERE idem_key = ?", (OutboxState.QUARANTINED, reason[:500], key))
        audit.append(db, "outbox_quarantine", self.kiosk_id,
                     {"keys": sorted(reasons), "reasons": sorted(set(reasons.values()))})

    def acknowledge(self, keys: Iterable[str]) -> int:
        """Delivered: drop the 個人番号 now, the other personal fields after the retention."""
        now = self.clock()
        purge_now = self.retention_days == 0
        with self.store.write() as db:
            count = 0
            for key in keys:
                count += db.execute(
                    "UPDATE outbox SET state = ?, acked_at = ?, number = NULL, "
                    "last_error = NULL, personal = CASE WHEN ? THEN NULL ELSE personal END, "
                    "purged_at = CASE WHEN ? THEN ? ELSE purged_at END "
                    "WHERE idem_key = ? AND state != ?",
                    (OutboxState.ACKNOWLEDGED, now, purge_now, purge_now, now, key,
                     OutboxState.ACKNOWLEDGED)).rowcount
        self.store.scrub()  # the 個人番号 just dropped must not linger in the WAL
        return count

    def fail(self, keys: Iterable[str], reason: str) -> None:
        now = self.clock()
        with self.store.write() as db:
            for key in keys:
                rows = named(db, "SELECT attempts FROM outbox WHERE idem_key = ? AND state = ?",
                             (key, OutboxState.IN_FLIGHT))
                if not rows:
                    continue
                attempts = int(rows[0]["attempts"]) + 1
                db.execute(
                    "UPDATE outbox SET state = ?, attempts = ?, next_attempt_at = ?, "
                    "last_error = ? WHERE idem_key = ?",
                    (OutboxState.FAILED, attempts, now + self.backoff.delay(attempts),
                     reason[:500], key))

    def reject(self, reasons: dict[str, str]) -> None:
        """The back office refused these records themselves: park them, each with its reason,
        so that later records of their visits go on (the reason names a rule, not data)."""
        with self.store.write() as db:
            parked = [key for key, reason in reasons.items() if db.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, "
                "last_error = ? WHERE idem_key = ? AND state = ?",
                (OutboxState.REJECTED, reason[:500], key, OutboxState.IN_FLIGHT)).rowcount]
            if parked:
                audit.append(db, "outbox_reject", self.kiosk_id,
                             {"keys": parked, "reasons": sorted(set(reasons.values()))})

    def rejected(self) -> list[dict[str, Any]]:
        """The parked records (rejected by the back office, or quarantined here): what they
        are, their state and why, never their personal data."""
        rows = self.store.rows("SELECT idem_key, kind, visit_id, procedure, created_at, "
                               "state, last_error FROM outbox WHERE state IN (?, ?) ORDER BY id",
                               PARKED)
        return [{"key": r["idem_key"], "kind": r["kind"], "visit_id": r["visit_id"],
                 "procedure": r["procedure"], "created_at": r["created_at"],
                 "state": r["state"], "reason": r["last_error"]} for r in rows]

    def retry_rejected(self, keys: Iterable[str], actor: str) -> int:
        """Send these parked records again (e.g. after the back office was fixed)."""
        return self._settle_rejected(keys, actor, "retry", "state = ?, next_attempt_at = 0",
                                     (OutboxState.PENDING,))

    def discard_rejected(self, keys: Iterable[str], actor: str) -> int:
        """Give up on these parked records: their personal data and 個人番号 are deleted."""
        return self._settle_rejected(keys, actor, "discard",
                                     "state = ?, personal = NULL, number = NULL, "
                                     "purged_at = ?", (OutboxState.DISCARDED, self.clock()))

    def _settle_rejected(self, keys: Iterable[str], actor: str, action: str, assignment: str,
                         values: tuple[Any, ...] = ()) -> int:
        settled: list[str] = []
        with self.store.write() as db:
            for key in keys:
                changed = db.execute(
                    f"UPDATE outbox SET {assignment} "  # noqa: S608 (fixed assignments)
                    "WHERE idem_key = ? AND state IN (?, ?)",
                    (*values, key, *PARKED)).rowcount
                if changed:
                    settled.append(key)
            if settled:
                audit.append(db, f"outbox_{action}", actor, {"keys": settled})
        if settled and action == "discard":
            self.store.scrub()
        return len(settled)

    def purge_expired(self) -> int:
        """Remove the personal fields of records acknowledged longer ago than the retention."""
        cutoff = self.clock() - self.retention_days * DAY_S
        with self.store.write() as db:
            count: int = db.execute(
                "UPDATE outbox SET personal = NULL, number = NULL, purged_at = ? "
                "WHERE state = ? AND purged_at IS NULL AND acked_at <= ?",
                (self.clock(), OutboxState.ACKNOWLEDGED, cutoff)).rowcount
        self.store.scrub()  # also retries a scrub an earlier reader kept from completing
        return count

    def rotate_keys(self) -> tuple[str, int]:
        """New current key; re-encrypt every sealed value under it; then retire the old keys.

        The new key is saved (old ones kept) before re-encrypting, so a crash at any point
        leaves every value readable; running the rotation again finishes the job.
        """
        new_id = self.keys.add_key()
        with self.store.write() as db:
            rows = named(db, "SELECT id, idem_key, personal, number FROM outbox "
                             "WHERE personal IS NOT NULL OR number IS NOT NULL")
            for row in rows:
                key = row["idem_key"]
                db.execute("UPDATE outbox SET personal = ?, number = ? WHERE id = ?",
                           (self._reseal(row["personal"], f"{key}:personal"),
                            self._reseal(row["number"], f"{key}:number"), row["id"]))
            marker.reseal(db, self.keys)
            audit.append(db, "key_rotation", self.kiosk_id,
                         {"new_key_id": new_id, "re_encrypted": len(rows)})
        self.keys.retire_all_but_current()
        return new_id, len(rows)

    def _reseal(self, blob: bytes | None, context: str) -> bytes | None:
        return None if blob is None else self.keys.seal(self.keys.open(blob, context), context)

    # -- reporting --------------------------------------------------------------------------

    def depth(self) -> dict[str, int]:
        counts = {row["state"]: row["count"] for row in self.store.rows(
            "SELECT state, COUNT(*) AS count FROM outbox GROUP BY state")}
        return {state.value: int(counts.get(state, 0)) for state in OutboxState}

    def status(self) -> dict[str, Any]:
        oldest = self.store.rows("SELECT MIN(created_at) AS oldest FROM outbox "
                                 "WHERE state IN (?, ?, ?)", UNSENT)[0]["oldest"]
        sync = {row["name"]: row["value"]
                for row in self.store.rows("SELECT name, value FROM sync_status")}
        return {
            "kiosk_id": self.kiosk_id,
            "depth": self.depth(),
            "oldest_pending_age_seconds": None if oldest is None else round(
                max(0.0, self.clock() - oldest), 3),
            "last_success": sync.get("last_success"),
            "last_error": sync.get("last_error"),
            "last_error_at": sync.get("last_error_at"),
        }

    def note_sync(self, *, success: bool, message: str, sent: int) -> None:
        """Record the outcome of a sync pass (status and audit log) in one transaction."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.clock()))
        with self.store.write() as db:
            names = {"last_success": stamp} if success else {"last_error": message,
                                                             "last_error_at": stamp}
            for name, value in names.items():
                db.execute("INSERT INTO sync_status (name, value) VALUES (?, ?) "
                           "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                           (name, value))
            audit.append(db, "sync", self.kiosk_id,
                         {"success": success, "sent": sent, "message": message[:200]})

    def visit_events(self) -> list[dict[str, Any]]:
        """All visit/queue events recorded here (for metrics)."""
        rows = self.store.rows("SELECT visit_id, procedure, body FROM outbox "
                               "WHERE kind = 'event' ORDER BY id")
        return [{"visit_id": r["visit_id"], "procedure": r["procedure"], **json.loads(r["body"])}
                for r in rows]


def _sendable(rows: list[UnsentRow], limit: int, now: float) -> list[UnsentRow]:
    """Rows to send now, oldest first, never overtaking an unsent earlier row of their visit."""
    chosen: list[UnsentRow] = []
    blocked: set[str] = set()
    for row in rows:
        if row.visit_id in blocked:
            continue
        if row.state is OutboxState.IN_FLIGHT or row.next_attempt_at > now:
            blocked.add(row.visit_id)  # another sender has it, or it waits for its retry
            continue
        chosen.append(row)
        if len(chosen) >= limit:
            break
    return chosen
