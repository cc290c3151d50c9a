"""The remote session's operation/version logic, in process: ordering, conflicts, re-sends,
resume, and what may never enter the session."""

import pytest

from kiosk.remote.access import AccessFileError, role_for
from kiosk.remote.model import (
    Applied,
    Conflict,
    Edit,
    EditRefusedError,
    SessionState,
    applied_from_wire,
)


def _edit(field, value, base=0, op_id=None):
    return Edit(op_id or f"{field}:{value}:{base}"[:64], field, value, base)


def test_edits_get_sequence_numbers_and_field_versions():
    state = SessionState()
    first, new = state.submit(_edit("life_event", "birth"), "kiosk-01", "branch")
    assert new and first == Applied(1, "life_event:birth:0", "life_event", "birth", 1, "kiosk-01")
    second, _ = state.submit(_edit("answers.child_name", "山田花子"), "staff-01", "staff")
    third, _ = state.submit(_edit("life_event", "move_in", base=1), "staff-01", "staff")
    assert (second.seq, third.seq) == (2, 3)
    assert state.version("life_event") == 2 and state.values["life_event"] == "move_in"
    assert state.authors["life_event"] == "staff-01"


def test_a_stale_edit_is_a_conflict_carrying_the_current_value():
    state = SessionState()
    state.submit(_edit("answers.phone", "0120", op_id="a"), "kiosk-01", "branch")
    outcome, _ = state.submit(_edit("answers.phone", "0999", base=0, op_id="b"), "staff-01",
                              "staff")
    assert outcome == Conflict("b", "answers.phone", 0, 1, "0120", "kiosk-01")
    assert state.values["answers.phone"] == "0120" and state.seq == 1


def test_a_resent_edit_is_answered_with_its_first_outcome_and_not_applied_twice():
    state = SessionState()
    edit = _edit("procedures", ["birth_registration"], op_id="same")
    first, new_first = state.submit(edit, "staff-01", "staff")
    again, new_again = state.submit(edit, "staff-01", "staff")
    assert new_first and not new_again and again is first
    assert state.seq == 1 and state.version("procedures") == 1
    stale = _edit("procedures", [], op_id="late")
    state.submit(stale, "kiosk-01", "branch")
    conflict_again, _ = state.submit(stale, "kiosk-01", "branch")
    assert isinstance(conflict_again, Conflict) and state.seq == 1


def test_a_replica_resumes_from_the_operations_after_its_last_sequence_number():
    server = SessionState()
    replica = SessionState()
    for number in range(5):
        op, _ = server.submit(_edit(f"answers.q{number}", number), "staff-01", "staff")
        if number < 2:
            replica.apply(op)
    missed = server.after(replica.seq)
    assert [op.seq for op in missed] == [3, 4, 5]
    for op in [applied_from_wire(o.wire()) for o in server.after(1)]:  # overlap is harmless
        replica.apply(op)
    assert replica.values == server.values and replica.seq == 5
    assert SessionState.from_snapshot(server.snapshot()).versions == server.versions


@pytest.mark.parametrize("field", ["card.my_number", "answers.my_number", "answers.MyNumber_x",
                                   "nonsense", "answers.", "card.photo", "print.a/b"])
def test_fields_outside_the_scheme_and_the_my_number_are_refused(field):
    with pytest.raises(EditRefusedError):
        SessionState().submit(_edit(field, "x"), "kiosk-01", "branch")


def test_card_data_comes_only_from_the_branch():
    state = SessionState()
    with pytest.raises(EditRefusedError):
        state.submit(_edit("card.name", "偽名"), "staff-01", "staff")
    outcome, _ = state.submit(_edit("card.name", "山田太郎"), "kiosk-01", "branch")
    assert isinstance(outcome, Applied)


def test_staff_request_prints_and_only_the_branch_acknowledges_them():
    state = SessionState()
    request = {"forms": ["birth_registration"], "status": "requested"}
    with pytest.raises(EditRefusedError):
        state.submit(_edit("print.j1", request), "kiosk-01", "branch")
    state.submit(_edit("print.j1", request), "staff-01", "staff")
    with pytest.raises(EditRefusedError):
        state.submit(_edit("print.j1", {**request, "status": "printed"}, base=1), "staff-01",
                     "staff")
    done, _ = state.submit(_edit("print.j1", {**request, "status": "printed"}, base=1),
                           "kiosk-01", "branch")
    assert isinstance(done, Applied) and done.version == 2


def test_repr_of_the_state_shows_no_values():
    state = SessionState()
    state.submit(_edit("card.name", "山田太郎"), "kiosk-01", "branch")
    assert "山田" not in repr(state)


def test_access_kiosks_open_their_own_branch_staff_what_the_file_lists(tmp_path):
    access = tmp_path / "remote-access.toml"
    assert role_for("kiosk-01", "kiosk-01", access) == "branch"
    assert role_for("kiosk-02", "kiosk-01", access) is None
    assert role_for("staff-01", "kiosk-01", access) is None  # no file: no staff
    access.write_text('[staff]\nstaff-01 = ["kiosk-01"]\n')
    assert role_for("staff-01", "kiosk-01", access) == "staff"
    assert role_for("staff-01", "kiosk-02", access) is None
    assert role_for("core-01", "kiosk-01", access) is None
    assert role_for(None, "kiosk-01", access) is None
    access.write_text('[staff]\nstaff-01 = "kiosk-01"\n')
    with pytest.raises(AccessFileError):
        role_for("staff-01", "kiosk-01", access)
