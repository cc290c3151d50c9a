import os
import sqlite3

import pytest

from kiosk.store import audit
from kiosk.store.crypto import KeyFileError, KeyRing
from tests.support.outbox import make_outbox, submission


def test_key_file_is_0600_and_too_open_files_are_refused(tmp_path):
    path = tmp_path / "keys" / "outbox.key"
    ring = KeyRing.load_or_create(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert KeyRing.load(path).keys == ring.keys
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileError, match="0600"):
        KeyRing.load(path)


def test_sealed_values_are_bound_to_their_context(tmp_path):
    ring = KeyRing.load_or_create(tmp_path / "k")
    blob = ring.seal(b"secret", "key-1:number")
    assert ring.open(blob, "key-1:number") == b"secret"
    with pytest.raises(KeyFileError, match="authentication"):
        ring.open(blob, "key-2:number")  # moved to another record


def test_a_rotation_in_another_process_is_picked_up(tmp_path):
    path = tmp_path / "k"
    app_ring = KeyRing.load_or_create(path)
    other = KeyRing.load(path)
    other.add_key()
    other.retire_all_but_current()
    app_ring.refresh()
    assert app_ring.current == other.current


def _tamper(path, sql):
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


def _logged(tmp_path, entries=5):
    box = make_outbox(tmp_path)
    for index in range(entries):
        audit.record(box.store, "print", "staff-7", {"form": f"f{index}"})
    path = box.store.path
    box.store.close()
    return path


def test_intact_log_verifies(tmp_path):
    path = _logged(tmp_path)
    box = make_outbox(tmp_path)
    assert audit.verify(box.store).ok and audit.verify(box.store).entries == 5
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        box.store.db.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
    assert path.exists()


@pytest.mark.parametrize("sql,bad", [
    ("UPDATE audit SET detail = '{\"form\":\"forged\"}' WHERE seq = 3", 3),  # edited
    ("DELETE FROM audit WHERE seq = 2", 3),  # removed: the next entry no longer fits
    ("UPDATE audit SET seq = seq + 100 WHERE seq = 2", 3),  # moved to the end
])
def test_edited_removed_or_reordered_entry_is_named(tmp_path, sql, bad):
    path = _logged(tmp_path)
    _tamper(path, sql)
    box = make_outbox(tmp_path)
    result = audit.verify(box.store)
    assert not result.ok and result.first_bad == bad


def test_swapped_entries_are_detected(tmp_path):
    path = _logged(tmp_path)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT seq, at, action, actor, detail, prev_hash, hash FROM audit "
                        "WHERE seq IN (2, 3) ORDER BY seq").fetchall()
    conn.close()
    _tamper(path, "DELETE FROM audit WHERE seq IN (2, 3)")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO audit VALUES (2, ?, ?, ?, ?, ?, ?)", rows[1][1:])
    conn.execute("INSERT INTO audit VALUES (3, ?, ?, ?, ?, ?, ?)", rows[0][1:])
    conn.commit()
    conn.close()
    box = make_outbox(tmp_path)
    assert audit.verify(box.store).first_bad == 2


def test_submissions_are_audited_without_personal_data(tmp_path):
    box = make_outbox(tmp_path)
    key = box.enqueue_submission(submission())
    [entry] = audit.entries(box.store)
    assert entry.action == "submission" and entry.detail["key"] == key
    assert "山田" not in str(entry.detail) and "1234" not in str(entry.detail)
    with pytest.raises(ValueError, match="unknown audit action"):
        audit.record(box.store, "coffee", "staff", {})
