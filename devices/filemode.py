"""Owner-only files and directories for what holds personal data or keys.

SQLite creates its ``-wal`` and ``-shm`` files with the main database file's permissions (on
Linux), so creating the database 0600 before SQLite opens it keeps all three private whatever
the process umask is. Files an older version left wider are tightened, with one INFO line.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make it 0700 if group or others can reach it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    _tighten(path, 0o700)


def private_sqlite_file(path: Path) -> None:
    """Create the database file 0600 if missing (empty: SQLite takes it as a new database)
    and tighten it and any WAL, shared-memory or journal file beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # never truncates
    _tighten(path, 0o600)
    for suffix in SQLITE_SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            _tighten(side, 0o600)


def _tighten(path: Path, mode: int) -> None:
    current = stat.S_IMODE(path.stat().st_mode)
    if current & 0o077:
        os.chmod(path, mode)
        log.info("permissions tightened from %o to %o: %s", current, mode, path)
