import sqlite3

import pytest

from kiosk.store import audit
from kiosk.store.db import Store
from kiosk.store.errors import StoreCorruptError, StoreFullError, StoreLockedError
from kiosk.store.records import VisitEvent
from kiosk.store.schema import MIGRATIONS
from tests.support.outbox import ADDRESS, NAME, NUMBER, make_outbox, raw_bytes, submission


def test_new_database_is_wal_with_current_schema(tmp_path):
    box = make_outbox(tmp_path)
    assert box.store.schema_version == len(MIGRATIONS)
    assert box.store.read("PRAGMA journal_mode")[0][0] == "wal"
    box.store.close()
    again = Store(tmp_path / "outbox.sqlite3")  # reopening does not migrate twice
    assert again.schema_version == len(MIGRATIONS)
    again.close()


def test_raw_file_reveals_no_name_address_or_number(tmp_path):
    box = make_outbox(tmp_path)
    for visit in ("v1", "v2", "v3"):
        box.enqueue_submission(submission(visit))
    path = box.store.path
    data = raw_bytes(path)
    box.store.close()
    data += raw_bytes(path)  # after the WAL was checkpointed into the main file
    for secret in (NAME, "山田", ADDRESS, "霞が関"):
        assert secret.encode("utf-8") not in data
        assert secret.encode("utf-16-le") not in data
    assert NUMBER.encode() not in data
    assert b"kiosk-01" in data  # the test does read the real bytes


def test_corrupted_file_stops_with_clear_message_and_is_kept(tmp_path):
    box = make_outbox(tmp_path)
    box.enqueue_submission(submission())
    path = box.store.path
    box.store.close()
    damaged = bytearray(path.read_bytes())
    damaged[0:16] = b"not a database!!"
    path.write_bytes(bytes(damaged))
    with pytest.raises(StoreCorruptError) as info:
        Store(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert path.read_bytes() == bytes(damaged)


def test_damaged_page_is_detected_at_open(tmp_path):
    box = make_outbox(tmp_path)
    for index in range(200):
        box.enqueue_submission(submission(f"v{index}"))
    path = box.store.path
    box.store.close()
    damaged = bytearray(path.read_bytes())
    page = 4096
    damaged[2 * page:3 * page] = b"\xff" * page  # scribble over a b-tree page
    path.write_bytes(bytes(damaged))
    with pytest.raises(StoreCorruptError):
        Store(path)
    assert path.read_bytes() == bytes(damaged)


def test_locked_database_gives_operator_error_and_loses_nothing(tmp_path):
    box = make_outbox(tmp_path, busy_timeout_s=0.2)
    first = box.enqueue_submission(submission("v1"))
    other = sqlite3.connect(box.store.path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLockedError) as info:
            box.enqueue_submission(submission("v2"))
        assert "locked" in str(info.value)
    finally:
        other.rollback()
        other.close()
    box.enqueue_submission(submission("v3"))  # works again once the lock is gone
    keys = [row[0] for row in box.store.read("SELECT idem_key FROM outbox ORDER BY id")]
    assert keys[0] == first and len(keys) == 2


def test_disk_full_gives_operator_error_and_keeps_committed_records(tmp_path):
    box = make_outbox(tmp_path)
    box.store.db.execute("PRAGMA max_page_count = 40")  # a disk that fills up quickly
    committed = []
    with pytest.raises(StoreFullError) as info:
        for index in range(10_000):
            committed.append(box.enqueue_submission(submission(f"v{index}")))
    assert "disk full" in str(info.value) and "\n" not in str(info.value)
    assert len(committed) > 10
    path = box.store.path
    box.store.close()
    reopened = make_outbox(tmp_path)
    batch = reopened.claim_batch(len(committed) + 10)
    assert [record.key for record in batch] == committed
    assert all(record.personal == {"氏名": NAME, "住所": ADDRESS} for record in batch)
    assert audit.verify(reopened.store).ok
    reopened.store.close()
    assert path.exists()


def test_events_are_plain_and_counted(tmp_path):
    box = make_outbox(tmp_path)
    box.enqueue_event(VisitEvent("v1", "ticket_issued", 10.0, "self"))
    box.enqueue_event(VisitEvent("v1", "service_start", 20.0, "self", "転入届"))
    events = box.visit_events()
    assert [e["event"] for e in events] == ["ticket_issued", "service_start"]
    assert events[1]["procedure"] == "転入届" and events[1]["channel"] == "self"
    with pytest.raises(ValueError, match="procedure"):
        VisitEvent("v1", "service_end", 30.0)
