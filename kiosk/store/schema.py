"""Schema migrations of the kiosk database, applied in order; index + 1 = PRAGMA user_version.

Never edit a released migration: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database


def _v1_outbox_and_audit(db: Database) -> None:
    _v1_outbox(db)
    db.table("sync_status").create({"name": str, "value": str}, pk="name")
    _v1_audit(db)


def _v1_outbox(db: Database) -> None:
    outbox = db.table("outbox")
    outbox.create(
        {
            "id": int,
            "idem_key": str,  # globally unique; the back office stores a record once per key
            "kind": str,  # "submission" or "event"
            "visit_id": str,
            "procedure": str,
            "body": str,  # JSON without personal data (event fields, form hash, timestamps)
            "personal": bytes,  # AES-GCM sealed JSON of the personal fields; NULL once purged
            "number": bytes,  # AES-GCM sealed 個人番号; NULL at once on acknowledgement
            "created_at": float,
            "state": str,  # an OutboxState (kiosk/store/outbox.py)
            "attempts": int,
            "next_attempt_at": float,
            "last_error": str,
            "acked_at": float,
            "purged_at": float,
        },
        pk="id",
        not_null={"idem_key", "kind", "visit_id", "body", "created_at", "state", "attempts",
                  "next_attempt_at"},
        defaults={"attempts": 0, "next_attempt_at": 0.0},
    )
    outbox.create_index(["idem_key"], unique=True)
    outbox.create_index(["state", "id"])
    outbox.create_index(["visit_id", "id"])


def _v1_audit(db: Database) -> None:
    db.table("audit").create(
        {"seq": int, "at": float, "action": str, "actor": str, "detail": str,
         "prev_hash": str, "hash": str},
        pk="seq",
        not_null={"at", "action", "actor", "detail", "prev_hash", "hash"},
    )
    # Append-only in the database itself; the hash chain catches edits made around this.
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER audit_no_{verb.lower()} BEFORE {verb} ON audit "
            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
        )


def _v2_marker(db: Database) -> None:
    # The outbox's identity (kiosk/store/marker.py): one row, also kept beside the key file,
    # so an emptied or swapped database is refused instead of taken for a fresh install.
    db.execute("CREATE TABLE outbox_marker (outbox_id TEXT NOT NULL, created_at REAL NOT NULL, "
               "check_value BLOB NOT NULL)")


MIGRATIONS: list[Callable[[Database], None]] = [_v1_outbox_and_audit, _v2_marker]
