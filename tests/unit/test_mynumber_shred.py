"""M2: a purged 個人番号 is unrecoverable from outbox.sqlite3 and its WAL, even while the
outbox is held open and after a crash (kill -9) of the process holding it: no plaintext, and
no sealed copy that the key file beside them would open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.store.crypto import KEY_ID_LEN, NONCE_LEN, KeyRing
from kiosk.store.db import Store
from tests.support.outbox import NUMBER, make_outbox, submission

SEALED_NUMBER_LEN = KEY_ID_LEN + NONCE_LEN + 12 + 16  # 12 digits + the GCM tag


def files(database: Path) -> bytes:
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def recovered(database: Path, key_file: Path, idem_keys: list[str]) -> int:
    """How many records' 個人番号 an attacker with the files and the key file gets back (a
    page has many copies in the WAL: each record counts once), or 100 for a plaintext one."""
    data = files(database)
    ring = KeyRing.load(key_file)
    opened: set[str] = set()
    for key_id, key in ring.keys.items():
        start = data.find(key_id.encode("ascii"))
        while start >= 0:
            blob = data[start:start + SEALED_NUMBER_LEN]
            nonce, sealed = blob[KEY_ID_LEN:KEY_ID_LEN + NONCE_LEN], blob[KEY_ID_LEN + NONCE_LEN:]
            for idem in idem_keys:
                try:
                    AESGCM(key).decrypt(nonce, sealed, f"{idem}:number".encode())
                    opened.add(idem)
                except Exception:  # noqa: S112 (not a sealed number: look on)
                    continue
            start = data.find(key_id.encode("ascii"), start + 1)
    return len(opened) + (100 if NUMBER.encode("ascii") in data else 0)


def test_the_scan_finds_numbers_that_are_still_there(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(11)]
    assert recovered(box.store.path, box.keys.path, keys) == 11  # the scan itself works
    box.store.close()


def test_purged_numbers_are_gone_while_the_outbox_is_held_open(tmp_path):
    box = make_outbox(tmp_path)
    reader = Store(box.store.path)  # the app's other connection, open all along
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(11)]
    box.claim_batch(20)
    assert box.acknowledge(keys) == 11
    assert reader.read("SELECT COUNT(*) FROM outbox WHERE number IS NULL") == [(11,)]
    assert recovered(box.store.path, box.keys.path, keys) == 0
    reader.close()
    box.store.close()


def test_discarded_numbers_are_gone_too(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(3)]
    with box.store.write() as db:
        db.execute("UPDATE outbox SET state = 'quarantined'")
    assert box.discard_rejected(keys, "operator") == 3
    assert recovered(box.store.path, box.keys.path, keys) == 0
    box.store.close()


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from kiosk.store.db import Store
    from tests.support.outbox import make_outbox, submission
    if {no_scrub!r}:
        Store.scrub = lambda self: True  # a crash between the purge and its checkpoint
    box = make_outbox(Path({tmp!r}))
    keys = [box.enqueue_submission(submission(f"v{{i}}")) for i in range(11)]
    box.claim_batch(20)
    box.acknowledge(keys)
    print(" ".join(keys), flush=True)
    time.sleep(600)  # holding the database open until killed
""")


def crash_after_purge(tmp_path: Path, *, no_scrub: bool) -> list[str]:
    root = str(Path(__file__).resolve().parents[2])
    code = HOLDER.format(root=root, tmp=str(tmp_path), no_scrub=no_scrub)
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    keys = process.stdout.readline().split()
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    process.stdout.close()
    assert len(keys) == 11
    return keys


def test_purged_numbers_are_gone_after_a_kill_9_of_the_holder(tmp_path):
    keys = crash_after_purge(tmp_path, no_scrub=False)
    assert recovered(tmp_path / "outbox.sqlite3", tmp_path / "keys" / "outbox.key", keys) == 0


def test_a_crash_before_the_checkpoint_is_scrubbed_at_the_next_start(tmp_path):
    keys = crash_after_purge(tmp_path, no_scrub=True)
    database, key_file = tmp_path / "outbox.sqlite3", tmp_path / "keys" / "outbox.key"
    assert recovered(database, key_file, keys) > 0  # the old WAL frames: why we scrub
    Store(database).close()
    assert recovered(database, key_file, keys) == 0
