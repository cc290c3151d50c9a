import pytest

from kiosk.store import audit
from kiosk.store.outbox import Backoff
from tests.support.outbox import NUMBER, Clock, make_outbox, submission


def test_claim_acknowledge_purges_number_at_once_and_fields_after_retention(tmp_path):
    clock = Clock()
    box = make_outbox(tmp_path, clock, retention_days=2)
    key = box.enqueue_submission(submission())
    [record] = box.claim_batch(10)
    assert record.my_number is not None and record.my_number.reveal() == NUMBER
    assert "1234" not in repr(record) and "山田" not in repr(record)
    assert box.depth()["in_flight"] == 1
    assert box.acknowledge([key]) == 1
    row = box.store.read("SELECT number IS NULL, personal IS NULL, state FROM outbox")[0]
    assert row == (1, 0, "acknowledged")
    clock.now += 1 * 86400
    assert box.purge_expired() == 0
    clock.now += 1 * 86400 + 1
    assert box.purge_expired() == 1
    assert box.store.read("SELECT personal IS NULL FROM outbox")[0][0] == 1


def test_default_retention_purges_everything_personal_on_acknowledgement(tmp_path):
    box = make_outbox(tmp_path)
    key = box.enqueue_submission(submission())
    box.claim_batch(10)
    box.acknowledge([key])
    assert box.store.read("SELECT number, personal, purged_at IS NOT NULL FROM outbox")[0] == (
        None, None, 1)


def test_in_flight_rows_return_to_pending_at_start(tmp_path):
    box = make_outbox(tmp_path)
    box.enqueue_submission(submission("v1"))
    box.enqueue_submission(submission("v2"))
    assert len(box.claim_batch(10)) == 2
    assert box.claim_batch(10) == []  # in flight elsewhere: not sent twice at once
    box.store.close()
    restarted = make_outbox(tmp_path)
    assert restarted.recover_in_flight() == 2
    assert restarted.depth()["pending"] == 2
    assert len(restarted.claim_batch(10)) == 2


def test_failure_backs_off_with_jitter_and_counts_attempts(tmp_path):
    clock = Clock()
    box = make_outbox(tmp_path, clock)
    key = box.enqueue_submission(submission())
    delays = []
    for attempt in range(1, 6):
        box.claim_batch(10, respect_backoff=False)
        box.fail([key], "HTTP 503")
        attempts, due = box.store.read("SELECT attempts, next_attempt_at FROM outbox")[0]
        assert attempts == attempt
        delays.append(due - clock.now)
    ceilings = [1, 2, 4, 8, 8]  # Backoff(1.0, 8.0)
    assert all(c / 2 <= d < c for d, c in zip(delays, ceilings, strict=True))
    assert box.claim_batch(10) == []  # not due yet
    clock.now += 8
    assert len(box.claim_batch(10)) == 1
    assert box.status()["depth"]["in_flight"] == 1


def test_backoff_jitter_spreads_kiosks():
    backoff = Backoff(2.0, 300.0)
    assert backoff.delay(1, lambda: 0.0) == 1.0
    assert backoff.delay(3, lambda: 0.999) == pytest.approx(7.996)
    assert backoff.delay(30, lambda: 0.0) == 150.0


def test_order_is_kept_within_a_visit(tmp_path):
    clock = Clock()
    box = make_outbox(tmp_path, clock)
    a1 = box.enqueue_submission(submission("A", "転入届"))
    b1 = box.enqueue_submission(submission("B", "転入届"))
    a2 = box.enqueue_submission(submission("A", "印鑑登録申請"))
    assert [r.key for r in box.claim_batch(1)] == [a1]
    box.fail([a1], "timeout")  # A's first record now waits for its retry
    batch = box.claim_batch(10)
    assert [r.key for r in batch] == [b1]  # A's second record must not overtake the first
    clock.now += 10
    assert [r.key for r in box.claim_batch(10)] == [a1, a2]
    assert box.depth()["in_flight"] == 3


def test_status_reports_depth_age_and_last_outcomes(tmp_path):
    clock = Clock()
    box = make_outbox(tmp_path, clock)
    box.enqueue_submission(submission())
    clock.now += 42
    box.note_sync(success=False, message="cannot connect", sent=0)
    status = box.status()
    assert status["depth"] == {"pending": 1, "in_flight": 0, "acknowledged": 0, "failed": 0,
                               "rejected": 0, "discarded": 0, "quarantined": 0}
    assert status["oldest_pending_age_seconds"] == 42
    assert status["last_error"] == "cannot connect" and status["last_success"] is None
    assert [e.action for e in audit.entries(box.store)] == ["submission", "sync"]


def test_key_rotation_re_encrypts_everything(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{i}")) for i in range(5)]
    old_key = box.keys.current
    new_key, count = box.rotate_keys()
    assert count == 5 and new_key != old_key and list(box.keys.keys) == [new_key]
    blobs = box.store.read("SELECT personal, number FROM outbox")
    assert all(p[:8] == new_key.encode() and n[:8] == new_key.encode() for p, n in blobs)
    batch = box.claim_batch(10)
    assert [r.key for r in batch] == keys and batch[0].my_number is not None
    assert audit.entries(box.store)[-1].action == "key_rotation"


def test_a_rejected_record_is_parked_and_no_longer_blocks_its_visit(tmp_path):
    box = make_outbox(tmp_path)
    bad = box.enqueue_submission(submission("v1"))
    later = box.enqueue_submission(submission("v1"))
    [first] = box.claim_batch(1)
    assert first.key == bad
    box.reject({bad: "record 0: form_sha256 must be 64 hex digits"})
    assert [r.key for r in box.claim_batch(10)] == [later]  # the visit goes on
    [parked] = box.rejected()
    assert parked["key"] == bad and "form_sha256" in parked["reason"]
    assert "山田" not in str(parked) and NUMBER not in str(parked)
    assert box.depth()["rejected"] == 1
    entries = [e for e in audit.entries(box.store) if e.action == "outbox_reject"]
    assert len(entries) == 1 and entries[0].detail["keys"] == [bad]


def test_an_operator_retries_or_discards_a_rejected_record(tmp_path):
    box = make_outbox(tmp_path)
    keys = [box.enqueue_submission(submission(f"v{n}")) for n in range(2)]
    box.claim_batch(10)
    box.reject({key: "bad" for key in keys})
    assert box.retry_rejected([keys[0]], "operator") == 1
    assert [r.key for r in box.claim_batch(10)] == [keys[0]]
    assert box.discard_rejected([keys[1]], "operator") == 1
    assert box.discard_rejected([keys[1]], "operator") == 0  # only rejected ones
    row = box.store.read("SELECT state, personal IS NULL, number IS NULL FROM outbox "
                         "WHERE idem_key = ?", (keys[1],))[0]
    assert row == ("discarded", 1, 1)
    actions = [e.action for e in audit.entries(box.store)]
    assert "outbox_retry" in actions and "outbox_discard" in actions
