"""Issue 17, the remote window's limits in process: the session's state and log are capped
(M5), and no shared value may carry a 個人番号, whatever the field is called (the guard used
to check field names only)."""

import pytest

from kiosk.remote.limits import MAX_LOG_BYTES, MAX_STATE_BYTES, holds_my_number
from kiosk.remote.model import Edit, EditRefusedError, SessionState, check_edit

VALID = "123456789018"  # a valid check digit (tests/unit/test_sensitive.py)


def _edit(field, value, base=0, op_id=None):
    return Edit(op_id or f"{field}:{base}:{len(str(value))}"[:64], field, value, base)


def test_the_state_is_capped_and_the_edit_past_the_cap_is_refused_clearly():
    state = SessionState()
    applied = 0
    with pytest.raises(EditRefusedError, match="full") as info:
        for index in range(20):
            state.submit(_edit(f"answers.note_{index}", "x" * 60_000), "staff-01", "staff")
            applied += 1
    assert 0 < applied < 20 and state.seq == applied
    assert "xxx" not in str(info.value)
    assert state.state_bytes() <= MAX_STATE_BYTES
    assert f"answers.note_{applied}" not in state.values
    # Rewriting a field already there takes no more room: still accepted.
    outcome, _ = state.submit(_edit("answers.note_0", "y" * 60_000, base=1), "staff-01", "staff")
    assert outcome.seq == applied + 1


def test_the_log_is_capped_too():
    state = SessionState()
    with pytest.raises(EditRefusedError, match="end the visit"):
        for version in range(MAX_LOG_BYTES // 60_000 + 2):
            state.submit(_edit("answers.note", "x" * 60_000, base=version, op_id=f"o{version}"),
                         "staff-01", "staff")
    assert sum(state.log_sizes) <= MAX_LOG_BYTES


@pytest.mark.parametrize("value", [
    VALID, f"メモ: {VALID} です", "1234 5678 9018", "1234-5678-9018", "１２３４５６７８９０１８",
    {"note": VALID}, ["a", {"deep": [VALID]}], {VALID: "as a key"},
    {"forms": ["x"], "status": "requested", "memo": VALID},
])
def test_a_value_that_reads_as_a_my_number_is_refused_in_any_field(value):
    field = "print.job1" if isinstance(value, dict) and "forms" in value \
        else "answers.memo" if not isinstance(value, dict | list) else "answers.notes"
    role = "staff"
    with pytest.raises(EditRefusedError, match="個人番号") as info:
        check_edit(_edit(field, value), role)
    assert VALID not in str(info.value) and "9018" not in str(info.value)


@pytest.mark.parametrize("value", [
    "123456789012",  # twelve digits, wrong check digit
    "0120123456", "09012345678",  # phone numbers
    "1234567890180",  # thirteen digits: not a 個人番号
    "北町1-2-3",
])
def test_other_numbers_pass(value):
    check_edit(_edit("answers.memo", value), "staff")
    assert not holds_my_number(value)


def test_a_card_field_with_a_my_number_is_refused_for_the_branch_too():
    with pytest.raises(EditRefusedError, match="個人番号"):
        check_edit(_edit("card.address", f"北町 {VALID}"), "branch")


def test_a_lone_surrogate_in_a_value_is_refused_not_a_crash():
    with pytest.raises(EditRefusedError, match="surrogate"):
        check_edit(_edit("answers.memo", "a\ud800"), "staff")


def test_a_snapshot_taken_by_a_client_knows_its_size():
    state = SessionState()
    state.submit(_edit("answers.a", "x" * 1000), "staff-01", "staff")
    copy = SessionState.from_snapshot(state.snapshot())
    assert copy.state_bytes() == state.state_bytes()


@pytest.mark.parametrize("op_id", ["a\x1b[2J", "a\u202eb", "a\ud800", "", "x" * 65])
def test_an_op_id_that_cannot_be_echoed_is_refused(op_id):
    """Low: control and bidi characters were accepted and echoed raw."""
    with pytest.raises(EditRefusedError, match="op_id"):
        check_edit(Edit(op_id, "answers.memo", "x", 0), "staff")
