"""A terminal's own ticket numbers, for when the shared queue is out of reach.

Labels carry the terminal's prefix (``kiosk-03`` → ``03-``), so they can never equal a shared
number (digits only) nor another terminal's. The last number of the day is kept in a file, so
a restart the same day does not hand out ``03-001`` twice.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

from kiosk.fileutil import write_atomically


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
        if path is not None and path.is_file():
            try:
                saved = json.loads(path.read_text(encoding="utf-8"))
                self._day, self._last = str(saved["day"]), int(saved["last"])
            except (OSError, ValueError, KeyError, TypeError):
                pass  # unreadable: start again; a repeated label is refused, never merged

    def next(self, day: str) -> int:
        with self._lock:
            if day != self._day:
                self._day, self._last = day, 0
            self._last += 1
            if self._path is not None:
                write_atomically(self._path, json.dumps({"day": day, "last": self._last}).encode())
            return self._last
