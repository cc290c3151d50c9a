"""What a remote-window session may hold: its size, and never a 個人番号 in any value.

The state is sent whole (a snapshot) to every client that joins or rejoins, in one WebSocket
message; the clients accept messages up to CLIENT_MAX_MESSAGE. The state is capped well under
that, so a rejoin always fits: the edit that would pass MAX_STATE_BYTES is refused with a clear
reason, and so is any edit once the session's log (kept to answer reconnects) reaches
MAX_LOG_BYTES, which only ending the visit resets.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from devices.card.sensitive import is_valid_my_number
from devices.jsonfile import any_string

MAX_STATE_BYTES = 512 * 1024
MAX_LOG_BYTES = 8 * 1024 * 1024
# A welcome is the snapshot plus a few hundred bytes; four times the cap leaves room for JSON
# escaping and whatever the protocol adds, and stays far from a memory problem.
CLIENT_MAX_MESSAGE = 4 * MAX_STATE_BYTES
ENTRY_OVERHEAD = 48  # the snapshot's {"value":…,"version":…,"author":…} around each field
STATE_FULL = ("共有できる情報量の上限に達しました / the session is full "
              f"(its state may hold {MAX_STATE_BYTES // 1024} KiB)")
LOG_FULL = ("このセッションの編集回数の上限です。来庁者の手続きを終了してください / the session's "
            f"log is full ({MAX_LOG_BYTES // (1024 * 1024)} MiB): end the visit to start afresh")
# Twelve digits, possibly grouped with spaces or hyphens (1234 5678 9012), not part of a
# longer number; full-width digits are folded to ASCII first (NFKC).
_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[ \-]?[0-9]){11}(?![0-9])")


def entry_bytes(name: str, value: Any, version: int, author: str) -> int:
    """What one field adds to a snapshot, in UTF-8 bytes."""
    return len(json.dumps([name, value, version, author], ensure_ascii=False)
               .encode("utf-8", "surrogatepass")) + ENTRY_OVERHEAD


def holds_my_number(value: Any) -> bool:
    """True when any string in ``value`` (keys too) reads as a valid 12-digit 個人番号."""
    return any_string(value, _looks_like_my_number)


def _looks_like_my_number(text: str) -> bool:
    folded = unicodedata.normalize("NFKC", text)
    return any(is_valid_my_number(re.sub(r"[ \-]", "", match.group()))
               for match in _DIGITS.finditer(folded))
