"""The outbox's identity: a random id and creation time kept both inside the database and in
a file beside the key, so that an emptied or replaced ``outbox.sqlite3`` is refused rather than
taken for a fresh install (which would silently drop pending records and the audit log).

The database's copy also holds the id sealed with the key ring, so a key file that does not
belong to this outbox (another kiosk's, or a regenerated one) is refused when it is opened.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from devices.fileutil import write_atomically
from kiosk.store import audit
from kiosk.store.crypto import KeyFileError, KeyRing, SealError
from kiosk.store.db import Store, named
from kiosk.store.errors import StoreError

RECOVERY = "復旧は docs/deployment.md §7.3 / recovery: docs/deployment.md §7.3"


@dataclass(frozen=True)
class Marker:
    outbox_id: str
    created_at: float


class OutboxIdentityError(StoreError):
    """The database is not the outbox this kiosk made (emptied, replaced, marker gone)."""


def marker_file(key_file: Path) -> Path:
    return key_file.with_name("outbox.marker")


def create(store: Store, keys: KeyRing, key_file: Path, *, adopted: bool = False) -> Marker:
    """A new identity for a new outbox, in the database and beside the key; ``adopted`` for an
    outbox made before markers existed (an audit entry says so: it was not made here now)."""
    mark = Marker(secrets.token_hex(16), time.time())
    with store.write() as db:
        if named(db, "SELECT outbox_id FROM outbox_marker"):
            raise OutboxIdentityError(f"送信待ちキューにはすでに目印があります / the outbox "
                                      f"already has a marker: {store.path}")
        db.execute("INSERT INTO outbox_marker (outbox_id, created_at, check_value) "
                   "VALUES (?, ?, ?)", (mark.outbox_id, mark.created_at, _check(keys, mark)))
        if adopted:
            audit.append(db, "outbox_marker", "kiosk",
                         {"outbox_id": mark.outbox_id, "created_at": mark.created_at})
        _write_file(marker_file(key_file), mark)
    return mark


def verify(store: Store, keys: KeyRing, key_file: Path) -> Marker:
    """The outbox's identity, after checking database, marker file and key agree.

    Raises OutboxIdentityError (database emptied or replaced, marker file gone) or
    KeyFileError (the key ring does not open this outbox's check value)."""
    beside = read_file(marker_file(key_file))
    rows = store.rows("SELECT outbox_id, created_at, check_value FROM outbox_marker")
    if not rows and beside is None:
        return create(store, keys, key_file, adopted=True)  # made before markers existed
    if not rows or beside is None or rows[0]["outbox_id"] != beside.outbox_id:
        raise _mismatch(store.path, key_file, missing_file=bool(rows) and beside is None)
    mark = Marker(str(rows[0]["outbox_id"]), float(rows[0]["created_at"]))
    try:
        opened = keys.open(rows[0]["check_value"], _context(mark))
    except SealError:
        opened = b""
    if opened != mark.outbox_id.encode("ascii"):
        raise KeyFileError(f"鍵ファイルがこの送信待ちキューのものではありません / the key file "
                           f"does not belong to this outbox: {key_file}; {RECOVERY}")
    return mark


def reseal(db: Database, keys: KeyRing) -> None:
    """Re-seal the check value under the current key (inside a key rotation's transaction)."""
    for row in named(db, "SELECT outbox_id, created_at, check_value FROM outbox_marker"):
        mark = Marker(str(row["outbox_id"]), float(row["created_at"]))
        plain = keys.open(row["check_value"], _context(mark))
        db.execute("UPDATE outbox_marker SET check_value = ?",
                   (keys.seal(plain, _context(mark)),))


def read_file(path: Path) -> Marker | None:
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="ascii"))
        return Marker(str(raw["outbox_id"]), float(raw["created_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise OutboxIdentityError(f"送信待ちキューの目印を読めません / cannot read the outbox "
                                  f"marker: {path}; {RECOVERY}") from None


def _write_file(path: Path, mark: Marker) -> None:
    data = json.dumps({"outbox_id": mark.outbox_id, "created_at": mark.created_at})
    try:
        write_atomically(path, data.encode("ascii"))
        os.chmod(path, 0o600)
    except OSError as error:
        raise OutboxIdentityError(f"送信待ちキューの目印を書けません / cannot write the outbox "
                                  f"marker ({error.strerror}): {path}") from None


def _mismatch(database: Path, key_file: Path, *, missing_file: bool) -> OutboxIdentityError:
    if missing_file:
        return OutboxIdentityError(
            f"鍵の横にある送信待ちキューの目印がありません / the outbox marker beside the key is "
            f"missing: {marker_file(key_file)}; {RECOVERY}")
    return OutboxIdentityError(
        f"送信待ちキューが空にされたか別のものに置き換えられています / the outbox database was "
        f"emptied or replaced (it is not the one this kiosk's key belongs to): {database}; "
        f"{RECOVERY}")


def _check(keys: KeyRing, mark: Marker) -> bytes:
    return keys.seal(mark.outbox_id.encode("ascii"), _context(mark))


def _context(mark: Marker) -> str:
    return f"outbox-marker:{mark.outbox_id}"
