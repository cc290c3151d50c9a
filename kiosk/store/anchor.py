"""The audit chain's head and its anchor: what the back office (and this kiosk) last confirmed.

The hash chain (kiosk/store/audit.py) has no key, so whoever can write the database can cut its
tail, empty it or recompute it from scratch and it still verifies. What cannot be recomputed is
a head (sequence number + hash of the last entry) already handed to someone else: every sync
sends the head to the back office (kiosk/store/anchor_client.py), which keeps it and refuses a
head that does not extend it. ``kiosk audit verify`` then compares the local chain with the
anchored head: shorter (truncated), empty (deleted) or another hash at the anchored entry
(rewritten).

This kiosk also remembers the last head the back office acknowledged, in a small file beside its
key (``keys/audit-anchor.json``), so an emptied or cut log is noticed offline too. That file is
a convenience against accidents and clumsy tampering (anyone who can rewrite the database can
rewrite it too); only the back office's copy is authoritative.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from devices.fileutil import write_atomically
from devices.jsonfile import JsonFileError, read_json_file
from kiosk.store.audit import GENESIS
from kiosk.store.db import Store

HASH = re.compile(r"^[0-9a-f]{64}$")
MAX_SEQ = 2**53  # far beyond any log, and exact in every JSON reader
ANCHOR_FILE = "audit-anchor.json"


@dataclass(frozen=True)
class Head:
    """A point of the chain: entry ``seq`` and its hash (seq 0 is the empty chain)."""

    seq: int
    hash: str

    def as_wire(self) -> dict[str, int | str]:
        return {"seq": self.seq, "hash": self.hash}


@dataclass(frozen=True)
class Anchor:
    """A head someone outside the log confirmed, and when (``at``, Unix time)."""

    head: Head
    at: float
    source: str  # who holds it, for messages: "the back office" or "this kiosk"


def valid_head(seq: object, digest: object) -> bool:
    """Whether ``seq``/``digest`` can be a head of a chain (wire and file data alike)."""
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq <= MAX_SEQ:
        return False
    if not isinstance(digest, str) or not HASH.match(digest):
        return False
    return (seq == 0) == (digest == GENESIS)


def chain_head(store: Store) -> Head:
    """The last entry of the local chain (by sequence number), or the empty chain."""
    rows = store.read("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    return Head(int(rows[0][0]), str(rows[0][1])) if rows else Head(0, GENESIS)


def hash_at(store: Store, seq: int) -> str | None:
    """The stored hash of entry ``seq`` (the genesis value for 0), None when there is none."""
    if seq == 0:
        return GENESIS
    rows = store.read("SELECT hash FROM audit WHERE seq = ?", (seq,))
    return str(rows[0][0]) if rows else None


def anchor_problem(store: Store, anchor: Anchor) -> str | None:
    """One line saying how the local chain contradicts ``anchor``, or None when it extends it."""
    anchored = anchor.head
    if anchored.seq == 0:
        return None
    head = chain_head(store)
    where = f"{anchor.source} anchored entry {anchored.seq} ({stamp(anchor.at)})"
    if head.seq == 0:
        return (f"監査ログが全て削除されています / audit log emptied: it has no entries, but "
                f"{where}")
    if head.seq < anchored.seq:
        return (f"監査ログの末尾が削除されています / audit log truncated: it ends at entry "
                f"{head.seq}, but {where}")
    if hash_at(store, anchored.seq) != anchored.hash:
        return (f"監査ログが書き換えられています / audit log rewritten: entry {anchored.seq} "
                f"does not have the hash {anchor.source} anchored ({stamp(anchor.at)})")
    return None


def stamp(at: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))


def anchor_file(key_file: Path) -> Path:
    """Where this kiosk remembers its last acknowledged anchor: beside its outbox key."""
    return key_file.with_name(ANCHOR_FILE)


def remembered(key_file: Path) -> Anchor | None:
    """The last anchor the back office acknowledged to this kiosk; None when unknown or
    unreadable (a sync writes it again)."""
    path = anchor_file(key_file)
    if not path.is_file():
        return None
    try:
        data = read_json_file(path)
    except JsonFileError:
        return None
    if not isinstance(data, dict) or not valid_head(data.get("seq"), data.get("hash")):
        return None
    at = data.get("anchored_at")
    return Anchor(Head(data["seq"], data["hash"]),
                  float(at) if isinstance(at, int | float) else 0.0, "this kiosk")


def remember(key_file: Path, kiosk_id: str, anchor: Anchor) -> None:
    """Keep the acknowledged anchor (raises OSError, e.g. on a full disk)."""
    text = json.dumps({"kiosk_id": kiosk_id, **anchor.head.as_wire(), "anchored_at": anchor.at})
    write_atomically(anchor_file(key_file), text.encode("ascii"))
