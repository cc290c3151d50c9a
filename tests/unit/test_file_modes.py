"""Issue 17: the outbox, the back-office SQLite database and their WAL/SHM files are 0600
whatever the umask; the key directory 0700; wider files left by an older version are tightened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.backoffice.store import BackofficeStore
from kiosk.settings import load_settings
from kiosk.store.crypto import KeyRing
from kiosk.store.db import Store
from kiosk.store.service import init_outbox


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def wide_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def assert_private_db(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        assert mode(path.with_name(name)) == 0o600, name


def test_outbox_files_and_key_dir_are_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "home"))
    settings = load_settings()
    box = init_outbox(settings)
    try:
        box.store.db.execute("CREATE TABLE IF NOT EXISTS t (x)")  # the WAL exists while open
        assert_private_db(settings.database)
        assert mode(settings.key_file.parent) == 0o700
    finally:
        box.store.close()


def test_backoffice_sqlite_files_are_owner_only(tmp_path):
    path = tmp_path / "bo.sqlite3"
    store = BackofficeStore(f"sqlite:///{path}", KeyRing.load_or_create(tmp_path / "k.key"))
    try:
        assert store.stats() is not None
        with store.engine.connect() as conn:  # keep a connection: -wal/-shm stay
            conn.exec_driver_sql("SELECT 1")
            assert_private_db(path)
    finally:
        store.close()


def test_existing_wide_database_is_tightened(tmp_path):
    path = tmp_path / "old.sqlite3"
    Store(path).close()
    os.chmod(path, 0o644)
    store = Store(path)
    try:
        assert_private_db(path)
    finally:
        store.close()
