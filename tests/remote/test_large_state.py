"""Issue 17, M5: the remote session's state had no size limit; twenty 60-KB staff edits (each
within the per-value limit) pushed it past 1 MiB, after which the branch's client could not
rejoin (its welcome was over the WebSocket message limit) until the back office restarted.
Now the edit that would pass the cap is refused with a clear reason, and a rejoin works."""

import json

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect as ws_connect

from kiosk.remote.limits import MAX_STATE_BYTES
from kiosk.remote.roles import BranchClient, CounterClient
from tests.support.net import client_context
from tests.support.remote import ANSWER_S, assert_connected, events_of, wait_until

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


def test_hostile_frames_end_only_their_connection(connect, backoffice, remote_pki):
    """Nesting past the parser closes that connection (it used to escape as a crash of the
    handler); an op id that cannot be echoed is refused without echoing it."""
    counter = connect(CounterClient, "staff-01")
    assert_connected(counter)
    url = f"wss://127.0.0.1:{backoffice.port}/v1/remote/kiosk-01/ws"
    with ws_connect(url, ssl=client_context(remote_pki, "staff-01"),
                    proxy=None, open_timeout=ANSWER_S) as ws:
        ws.send('{"type": "hello"}')
        ws.recv(timeout=ANSWER_S)
        ws.send(json.dumps({"type": "edit", "op_id": "a\u202e\ud800", "field": "life_event",
                            "base_version": 0, "value": "birth"}))
        answers = [json.loads(ws.recv(timeout=ANSWER_S)) for _ in range(2)]
        refused = [a for a in answers if a["type"] == "refused"]
        assert refused == [{"type": "refused", "op_id": "", "reason": refused[0]["reason"]}]
        assert "op_id" in refused[0]["reason"]
        ws.send("[" * 100_000 + "]" * 100_000)
        with pytest.raises(ConnectionClosed):
            for _ in range(5):
                ws.recv(timeout=ANSWER_S)
    counter.edit("life_event", "birth")
    wait_until(lambda: counter.state.values.get("life_event") == "birth")
