"""A terminal's own ticket numbers, for when the shared queue is out of reach.

Labels carry the terminal's prefix (``kiosk-03`` → ``03-``), so they can never equal a shared
number (digits only) nor another terminal's. The last number of the day is kept in a file,
read and written under a file lock, so neither a restart the same day nor a second app on the
same KIOSK_HOME (``kiosk demo --mode self`` beside ``--mode staff``) hands out ``03-001`` twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

from devices.fileutil import write_atomically


def prefix_for(kiosk_id: str) -> str:
    """``kiosk-03`` → ``03-``; other ids keep their letters and digits (at most 20)."""
    short = re.sub(r"[^A-Za-z0-9]", "", kiosk_id.removeprefix("kiosk-"))[:20]
    return f"{short or 'L'}-"


class LocalNumbers:
    def __init__(self, prefix: str, path: Path | None = None) -> None:
        self.prefix = prefix
        self._path = path
        self._lock = threading.Lock()
        self._day, self._last = "", 0

    def next(self, day: str) -> int:
        with self._lock, self._locked():
            self._load()
            if day != self._day:
                self._day, self._last = day, 0
            self._last += 1
            if self._path is not None:
                write_atomically(self._path, json.dumps({"day": day, "last": self._last})
                                 .encode())
            return self._last

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if self._path is None:
            yield
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        with open(self._path.with_name(self._path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield  # closing the file releases the lock

    def _load(self) -> None:
        if self._path is None or not self._path.is_file():
            return
        try:
            saved = json.loads(self._path.read_text(encoding="utf-8"))
            self._day, self._last = str(saved["day"]), int(saved["last"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # unreadable: count on from memory; a repeated label is refused, not merged
