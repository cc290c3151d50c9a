"""H2: a record this kiosk cannot unseal or encode is quarantined with a reason, never
retried for ever, and the rest of the queue drains (kiosk/store/unseal.py)."""

from __future__ import annotations

import json

import pytest

from kiosk.store import audit, sync
from kiosk.store.crypto import KeyRing
from kiosk.store.records import VisitEvent
from kiosk.store.sync import Answer, sync_pass
from tests.support.outbox import ADDRESS, NAME, NUMBER, make_outbox, submission


def flip_bit(box, key: str, column: str, byte: int = 30) -> None:
    [(blob,)] = box.store.read(f"SELECT {column} FROM outbox WHERE idem_key = ?", (key,))
    damaged = bytearray(blob)
    damaged[byte] ^= 0x01
    with box.store.write() as db:
        db.execute(f"UPDATE outbox SET {column} = ? WHERE idem_key = ?", (bytes(damaged), key))


class FakeBackoffice:
    def __init__(self) -> None:
        self.received: list[dict] = []

    def send(self, records):
        json.dumps(records, allow_nan=False)  # what httpx does: NaN would raise here
        self.received += records
        return {record["key"]: Answer("stored") for record in records}


def test_a_flipped_bit_quarantines_that_record_and_the_rest_is_sent(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(3)]
    flip_bit(box, keys[1], "number")
    claimed = box.claim_batch(10)
    assert [record.key for record in claimed] == [keys[0], keys[2]]
    assert box.depth()["quarantined"] == 1 and box.depth()["in_flight"] == 2
    [parked] = box.rejected()
    assert parked["key"] == keys[1] and parked["state"] == "quarantined"
    assert "cannot unseal" in parked["reason"] and "failed authentication" in parked["reason"]
    assert NUMBER not in json.dumps(parked) and NAME not in json.dumps(parked, ensure_ascii=False)
    assert box.claim_batch(10) == []  # never offered again by itself


def test_a_later_record_of_the_same_visit_is_not_blocked(tmp_path):
    box = make_outbox(tmp_path)
    first = box.enqueue_submission(submission("v1", "転入届"))
    second = box.enqueue_submission(submission("v1", "児童手当"))
    flip_bit(box, first, "personal")
    assert [record.key for record in box.claim_batch(10)] == [second]


def test_a_key_missing_from_the_ring_quarantines(tmp_path):
    box = make_outbox(tmp_path)
    key = box.enqueue_submission(submission())
    other = KeyRing.load_or_create(tmp_path / "other.key")
    with box.store.write() as db:
        db.execute("UPDATE outbox SET personal = ?",
                   (other.seal(b'{"x": "y"}', f"{key}:personal"),))
    assert box.claim_batch(10) == []
    [parked] = box.rejected()
    assert f"key {other.current} is not in" in parked["reason"]


def test_a_record_that_cannot_be_encoded_quarantines(tmp_path):
    box = make_outbox(tmp_path)
    nan = box.enqueue_event(VisitEvent("v1", "ticket_issued", float("nan")))
    text = box.enqueue_event(VisitEvent("v2", "ticket_issued", 1.0))
    garbage = box.enqueue_event(VisitEvent("v3", "ticket_issued", 1.0))
    good = box.enqueue_event(VisitEvent("v4", "ticket_issued", 1.0))
    with box.store.write() as db:
        db.execute("UPDATE outbox SET body = '[1, 2' WHERE idem_key = ?", (garbage,))
        db.execute("UPDATE outbox SET personal = 'text, not a blob' WHERE idem_key = ?",
                   (text,))
    assert [record.key for record in box.claim_batch(10)] == [good]
    reasons = {r["key"]: r["reason"] for r in box.rejected()}
    assert "cannot encode" in reasons[nan] and "malformed body" in reasons[garbage]
    assert "not a sealed value" in reasons[text]


@pytest.fixture(autouse=True)
def no_anchor(monkeypatch):
    """The audit head's anchoring is another concern (tests/unit/test_audit_anchor.py)."""
    monkeypatch.setattr(sync, "anchor_head", lambda *args: None)


def test_sync_pass_drains_past_poison_and_counts_it_out_of_the_waiting(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(5)]
    flip_bit(box, keys[0], "personal")
    flip_bit(box, keys[3], "number", byte=10)
    office = FakeBackoffice()
    result = sync_pass(box, office, batch_size=2)
    assert result.error is None and result.remaining == 0 and result.stored == 3
    assert {record["key"] for record in office.received} == {keys[1], keys[2], keys[4]}
    assert box.depth()["quarantined"] == 2 and box.depth()["acknowledged"] == 3
    assert "outbox_quarantine" in [entry.action for entry in audit.entries(box.store)]
    assert audit.verify(box.store).ok


def test_all_poison_in_one_batch_does_not_stop_the_pass(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(4)]
    for key in keys[:2]:
        flip_bit(box, key, "personal")
    result = sync_pass(box, FakeBackoffice(), batch_size=2)
    assert result.stored == 2 and result.remaining == 0


def test_retry_and_discard_settle_quarantined_records(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(2)]
    for key in keys:
        flip_bit(box, key, "personal")
    box.claim_batch(10)
    assert box.retry_rejected([keys[0]], "operator@kiosk-01") == 1
    assert box.depth()["pending"] == 1
    assert box.claim_batch(10) == [] and box.depth()["quarantined"] == 2  # still damaged
    assert box.discard_rejected(keys, "operator@kiosk-01") == 2
    assert box.store.read("SELECT state, personal, number FROM outbox") == [
        ("discarded", None, None)] * 2
    raw = box.store.path.read_bytes()
    assert ADDRESS.encode() not in raw
