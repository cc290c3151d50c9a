"""Issue 17, M5: the remote session's state had no size limit; twenty 60-KB staff edits (each
within the per-value limit) pushed it past 1 MiB, after which the branch's client could not
rejoin (its welcome was over the WebSocket message limit) until the back office restarted.
Now the edit that would pass the cap is refused with a clear reason, and a rejoin works."""

from kiosk.remote.limits import MAX_STATE_BYTES
from kiosk.remote.roles import BranchClient, CounterClient
from tests.remote.conftest import assert_connected, events_of, wait_until

VALUE = "x" * 60_000


def test_twenty_large_edits_fill_the_session_but_the_branch_can_always_rejoin(connect):
    counter = connect(CounterClient, "staff-01")
    assert_connected(counter)
    for index in range(20):
        counter.edit(f"answers.note_{index}", VALUE)
    wait_until(lambda: not counter.pending, timeout=30)
    refused = events_of(counter, "rejected")
    applied = counter.state.seq
    assert refused and applied + len(refused) == 20 and 0 < applied < 20
    assert all("full" in event["reason"] for event in refused)
    assert counter.state.state_bytes() <= MAX_STATE_BYTES

    branch = connect(BranchClient, "kiosk-01")  # joins (and rejoins) with the whole state
    assert_connected(branch)
    assert branch.state.values == counter.state.values and branch.state.seq == applied
    branch.drop_connection()
    wait_until(lambda: len(events_of(branch, "connected")) == 2, timeout=30)
    assert branch.state.values == counter.state.values

    branch.end_visit()  # the next visit starts empty and has room again
    wait_until(lambda: counter.state.seq == 0 and not counter.state.values)
    counter.edit("answers.note_0", VALUE)
    wait_until(lambda: branch.state.values.get("answers.note_0") == VALUE)
