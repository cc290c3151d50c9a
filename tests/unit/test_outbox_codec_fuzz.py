"""Item 10: fuzzing the outbox record codec (kiosk/store/crypto.py, unseal.py, records.py),
bounded and derandomized. Only the documented errors escape: SealError from opening a sealed
value, PoisonRecordError from turning a row into its record, ValueError from building a
record; a corrupted sealed value or body in the database quarantines, it never raises."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.store.crypto import KeyRing, SealError
from kiosk.store.records import Submission, VisitEvent
from kiosk.store.rows import OutboxState, UnsentRow
from kiosk.store.unseal import PoisonRecordError, unseal
from tests.support.outbox import make_outbox, submission

FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
RING_DIR: dict[str, KeyRing] = {}


def ring(tmp_path_factory) -> KeyRing:
    if "ring" not in RING_DIR:
        RING_DIR["ring"] = KeyRing.load_or_create(tmp_path_factory.mktemp("fuzzkeys") / "k")
    return RING_DIR["ring"]


@FUZZ
@given(blob=st.binary(max_size=120), context=st.text(max_size=40))
def test_opening_any_bytes_raises_only_seal_error(tmp_path_factory, blob, context):
    keys = ring(tmp_path_factory)
    with contextlib.suppress(SealError):
        keys.open(blob, context)


@FUZZ
@given(plain=st.binary(max_size=200), context=st.text(max_size=40),
       flip=st.integers(min_value=0, max_value=10_000))
def test_a_sealed_value_opens_only_unaltered_and_in_its_context(tmp_path_factory, plain,
                                                                context, flip):
    keys = ring(tmp_path_factory)
    sealed = keys.seal(plain, context)
    assert keys.open(sealed, context) == plain
    damaged = bytearray(sealed)
    damaged[flip % len(damaged)] ^= 1 << (flip % 8)
    try:
        keys.open(bytes(damaged), context)
        raise AssertionError("an altered value opened")
    except SealError:
        pass


@FUZZ
@given(body=st.text(max_size=80), personal=st.none() | st.binary(max_size=80),
       number=st.none() | st.binary(max_size=80), kind=st.text(max_size=10))
def test_any_stored_row_gives_a_record_or_a_poison_reason(tmp_path_factory, body, personal,
                                                          number, kind):
    row = UnsentRow(1, "kiosk-01:x", kind, "v1", None, body, personal, number, 0.0,
                    OutboxState.PENDING, 0.0)
    try:
        unseal(ring(tmp_path_factory), row, "kiosk-01")
    except PoisonRecordError as error:
        assert str(error) and "\n" not in str(error)


@FUZZ
@given(fields=st.dictionaries(st.text(max_size=10), st.text(max_size=30), max_size=4),
       visit=st.text(max_size=20), procedure=st.text(max_size=20),
       at=st.floats(allow_nan=True, allow_infinity=True))
def test_any_record_enqueued_is_claimed_or_quarantined(tmp_path_factory, fields, visit,
                                                       procedure, at):
    box = make_outbox(tmp_path_factory.mktemp("box"))
    try:
        box.enqueue_submission(Submission(visit, procedure, fields, "0" * 64))
        box.enqueue_event(VisitEvent(visit, "ticket_issued", at))
    except ValueError:
        pass  # a record refused when it is built is never stored
    claimed = box.claim_batch(10)
    depth = box.depth()
    [(stored,)] = box.store.read("SELECT COUNT(*) FROM outbox")
    assert len(claimed) == depth["in_flight"]
    assert len(claimed) + depth["quarantined"] == stored and depth["pending"] == 0
    box.store.close()


@FUZZ
@given(column=st.sampled_from(["personal", "number", "body"]),
       offset=st.integers(min_value=0, max_value=1000), bit=st.integers(min_value=0, max_value=7))
def test_a_corrupted_stored_value_quarantines_instead_of_raising(tmp_path_factory, column,
                                                                 offset, bit):
    box = make_outbox(tmp_path_factory.mktemp("box"))
    damaged_key = box.enqueue_submission(submission("v1"))
    good_key = box.enqueue_submission(submission("v2"))
    [(value,)] = box.store.read(f"SELECT {column} FROM outbox WHERE idem_key = ?",
                                (damaged_key,))
    raw = bytearray(value.encode() if isinstance(value, str) else value)
    raw[offset % len(raw)] ^= 1 << bit
    stored: bytes | str = bytes(raw) if column != "body" else raw.decode("utf-8", "replace")
    with box.store.write() as db:
        db.execute(f"UPDATE outbox SET {column} = ? WHERE idem_key = ?",
                   (stored, damaged_key))
    claimed = {record.key for record in box.claim_batch(10)}
    assert good_key in claimed
    if column != "body":  # a flipped bit in a sealed value never opens
        assert damaged_key not in claimed and box.depth()["quarantined"] == 1
    box.store.close()


def test_the_fuzz_helpers_are_sane(tmp_path: Path):
    assert make_outbox(tmp_path).claim_batch(1) == []
