"""Opening the kiosk's SQLite file: WAL, durable commits, schema migrations, clear failures.

Every write runs in an explicit ``BEGIN IMMEDIATE`` transaction (the writer lock is taken up
front, so two processes never deadlock upgrading a read lock). ``synchronous=FULL`` makes a
returned commit survive a power cut; ``secure_delete`` zeroes freed pages so purged ciphertext
does not linger in the file. The schema version is ``PRAGMA user_version``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from devices.filemode import private_sqlite_file
from kiosk.store.errors import StoreCorruptError, StoreError, StoreNewerError, translate
from kiosk.store.schema import MIGRATIONS

DEFAULT_BUSY_TIMEOUT_S = 5.0


class Store:
    """One open connection to the kiosk database (use one per thread)."""

    def __init__(self, path: Path, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> None:
        self.path = path
        try:
            private_sqlite_file(path)  # before SQLite: its -wal/-shm files copy the mode
        except OSError as error:
            raise StoreError(f"データベースを開けません / cannot open the database "
                             f"({error.strerror}): {path}") from None
        connection = sqlite3.connect(str(path), timeout=busy_timeout_s)
        self.db = Database(connection, execute_plugins=False)
        try:
            self._check_intact()
            self._configure()
            self._migrate()
            self.scrub()  # what a crashed process left in the WAL
        except sqlite3.Error as error:
            self.db.close()
            raise translate(error, path) from None
        except StoreError:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def scrub(self) -> bool:
        """Copy the WAL into the database file and truncate the WAL to nothing.

        The WAL keeps every earlier version of a page until a checkpoint, so a purged value
        (a 個人番号 just set to NULL) could be read back from it while the kiosk runs or after
        a crash; with ``secure_delete`` the file's own copy is zeroed. False when a reader kept
        the checkpoint from finishing: the next purge, sync pass or start tries again."""
        try:
            busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error:
            return False
        return int(busy) == 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def write(self) -> Iterator[Database]:
        """An explicit write transaction; sqlite3 errors become operator-readable ones."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise translate(error, self.path) from None
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.Error as error:
            self.db.rollback()
            raise translate(error, self.path) from None
        except BaseException:
            self.db.rollback()
            raise

    def read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self.db.execute(sql, params).fetchall())
        except sqlite3.Error as error:
            raise translate(error, self.path) from None

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        """Like :meth:`read`, each row readable by column name."""
        try:
            return named(self.db, sql, params)
        except sqlite3.Error as error:
            raise translate(error, self.path) from None

    def _check_intact(self) -> None:
        # Reads only: a damaged file must be left exactly as it is, for recovery.
        rows = self.db.execute("PRAGMA quick_check").fetchall()
        if [tuple(row) for row in rows] != [("ok",)]:
            raise StoreCorruptError(self.path)

    def _configure(self) -> None:
        self.db.enable_wal()
        for pragma in ("synchronous=FULL", "secure_delete=ON", "foreign_keys=ON"):
            self.db.execute(f"PRAGMA {pragma}")

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreNewerError(self.path, version)
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            self._apply(number, migration)

    def _apply(self, number: int, migration: Callable[[Database], None]) -> None:
        with self.write() as db:
            if self.schema_version >= number:  # another process migrated meanwhile
                return
            migration(db)
            db.execute(f"PRAGMA user_version = {int(number)}")


def named(db: Database, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
    """The rows of a query on this connection (e.g. inside a write), readable by column name."""
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    try:
        return list(cursor.execute(sql, params).fetchall())
    finally:
        cursor.close()
