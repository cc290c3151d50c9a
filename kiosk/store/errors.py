"""Operator-readable store failures: one line, Japanese then English, never personal data."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def first_line(error: BaseException) -> str:
    """An exception as one short line for a status strip or a log (its type when it says
    nothing)."""
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__


class StoreError(Exception):
    """A failure of the local database that an operator can act on."""


class StoreCorruptError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"データベースが壊れています。復旧用にファイルをそのまま残しました / "
            f"the database is corrupted; the file is kept for recovery: {path}"
        )


class StoreLockedError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"データベースが他のプロセスにロックされています。しばらくして再試行してください / "
            f"the database is locked by another process; retry later: {path}"
        )


class StoreFullError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"ディスクの空きがありません。記録済みのデータは失われていません / "
            f"disk full; nothing already recorded was lost: {path}"
        )


class StoreNewerError(StoreError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            f"データベースがこのバージョンより新しい形式です (schema {version}) / "
            f"the database was written by a newer kiosk (schema {version}): {path}"
        )


def translate(error: sqlite3.Error, path: Path) -> StoreError:
    """Map sqlite3's error to one the operator understands (by SQLite's result code)."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return StoreFullError(path)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return StoreLockedError(path)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "not a database" in text \
            or "malformed" in text:
        return StoreCorruptError(path)
    return StoreError(f"データベースエラー / database error ({type(error).__name__}): {path}")
