"""A dropped network between either side and the back office: both reconnect, take what they
missed, re-send what they had not got through, and no edit is lost or applied twice."""

import json

import pytest
from websockets.sync.client import connect as ws_connect

from kiosk.remote.roles import BranchClient, CounterClient
from tests.support.backoffice import client_context
from tests.support.proxy import FaultProxy
from tests.support.remote import ANSWER_S, assert_connected, events_of, wait_until


@pytest.fixture
def proxy(backoffice):
    relay = FaultProxy(backoffice.port)
    yield relay
    relay.close()


def test_edits_made_during_a_drop_arrive_after_the_reconnect(connect, proxy):
    branch = connect(BranchClient, "kiosk-01", url=proxy.url)
    counter = connect(CounterClient, "staff-01")  # the main office keeps its connection
    assert_connected(branch, counter)
    branch.edit("life_event", "birth")
    wait_until(lambda: counter.state.seq == 1 and branch.state.seq == 1)

    proxy.down()  # the branch's line breaks; both sides go on editing
    wait_until(lambda: not branch.connected)
    branch.edit("answers.child_name", "山田花子")
    branch.edit("answers.child_name", "山田 花子")  # twice the same field while away
    counter.edit("procedures", ["birth_registration"])
    counter.edit("form.birth_registration.place", "北町")
    wait_until(lambda: counter.state.seq == 3)
    assert len(branch.pending) == 2 and branch.state.seq == 1

    proxy.up()
    wait_until(lambda: branch.state.seq == 5 and counter.state.seq == 5)
    assert branch.state.values == counter.state.values
    assert branch.state.values["answers.child_name"] == "山田 花子"
    assert branch.state.version("answers.child_name") == 2
    assert not branch.pending and not events_of(branch, "conflict")
    reconnects = [e for e in events_of(branch, "connected") if e["resumed"]]
    assert reconnects and events_of(branch, "disconnected")


def test_a_connection_cut_while_edits_are_in_flight_loses_nothing(connect, proxy):
    branch = connect(BranchClient, "kiosk-01", url=proxy.url)
    counter = connect(CounterClient, "staff-01", url=proxy.url)
    assert_connected(branch, counter)
    for number in range(40):
        (branch if number % 2 else counter).edit(f"answers.q{number}", number)
        if number % 10 == 5:
            proxy.cut()  # both lines break, mid-stream
    wait_until(lambda: branch.state.seq == 40 and counter.state.seq == 40)
    assert branch.state.values == counter.state.values == {
        f"answers.q{n}": n for n in range(40)}
    assert all(branch.state.version(f"answers.q{n}") == 1 for n in range(40))


def test_a_resent_edit_is_recognised_by_its_id_and_applied_once(backoffice, remote_pki):
    url = f"wss://127.0.0.1:{backoffice.port}/v1/remote/kiosk-01/ws"
    edit = {"type": "edit", "op_id": "op-1", "field": "life_event", "base_version": 0,
            "value": "birth"}
    answers = []
    for _ in range(2):  # the same edit on two connections, as after a lost acknowledgement
        with ws_connect(url, ssl=client_context(remote_pki, "kiosk-01"),
                        proxy=None, open_timeout=ANSWER_S) as ws:
            ws.send(json.dumps({"type": "hello", "session": None, "after": 0}))
            json.loads(ws.recv(timeout=ANSWER_S))  # welcome
            ws.send(json.dumps(edit))
            answers.append(next(m for m in (json.loads(ws.recv(timeout=ANSWER_S))
                                            for _ in range(5)) if m["type"] == "op"))
    assert answers[0] == answers[1] and answers[0]["seq"] == 1 and answers[0]["version"] == 1
    with ws_connect(url, ssl=client_context(remote_pki, "kiosk-01"),
                    proxy=None, open_timeout=ANSWER_S) as ws:
        ws.send(json.dumps({"type": "hello", "session": None, "after": 0}))
        assert json.loads(ws.recv(timeout=ANSWER_S))["snapshot"]["seq"] == 1


def test_after_a_back_office_restart_the_branch_writes_the_session_again(connect, backoffice):
    branch = connect(BranchClient, "kiosk-01")
    counter = connect(CounterClient, "staff-01")
    assert_connected(branch, counter)
    branch.edit("life_event", "birth")
    counter.edit("procedures", ["birth_registration"])
    wait_until(lambda: branch.state.seq == 2 and counter.state.seq == 2)
    first_session = branch.session_id

    backoffice.stop()  # the live session was in its memory only
    wait_until(lambda: not branch.connected and not counter.connected)
    branch.edit("answers.child_name", "山田花子")  # made while the back office is away
    backoffice.start()

    wait_until(lambda: branch.session_id != first_session and counter.state.values
               == {"life_event": "birth", "procedures": ["birth_registration"],
                   "answers.child_name": "山田花子"})
    wait_until(lambda: branch.state.values == counter.state.values and not branch.pending)
    assert counter.session_id == branch.session_id
