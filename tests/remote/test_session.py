"""A branch kiosk and a main-office counter share a session through the real back office
(mutual TLS on loopback): edits both ways, conflicts shown, who is connected, remote printing."""

import datetime as dt
import json

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect as ws_connect

from devices.card.basic4 import Sex
from forms.session import CardFacts
from kiosk.remote.roles import BranchClient, ConsentError, CounterClient
from tests.support.backoffice import client_context
from tests.support.remote import ANSWER_S, assert_connected, events_of, wait_until


def _pair(connect, **branch_options):
    branch = connect(BranchClient, "kiosk-01", **branch_options)
    counter = connect(CounterClient, "staff-01")
    assert_connected(branch, counter)
    return branch, counter


def test_edits_both_ways_reach_the_other_side(connect):
    branch, counter = _pair(connect)
    branch.edit("life_event", "birth")
    wait_until(lambda: counter.state.values.get("life_event") == "birth")
    counter.edit("form.birth_registration.child_name", "山田花子")
    counter.edit("procedures", ["birth_registration", "child_allowance"])
    wait_until(lambda: branch.state.seq == 3 and counter.state.seq == 3)
    assert branch.state.values == counter.state.values
    assert branch.state.values["form.birth_registration.child_name"] == "山田花子"
    assert branch.state.authors["procedures"] == "staff-01"
    mine = [e["mine"] for e in events_of(counter, "op")]
    assert mine == [False, True, True] and not branch.pending and not counter.pending


def test_both_sides_show_who_is_connected(connect):
    branch, counter = _pair(connect)
    everyone = [{"name": "kiosk-01", "role": "branch"}, {"name": "staff-01", "role": "staff"}]
    wait_until(lambda: branch.participants == everyone and counter.participants == everyone)
    counter.close()
    wait_until(lambda: branch.participants == [{"name": "kiosk-01", "role": "branch"}])


def test_a_conflicting_edit_is_refused_visibly_with_the_current_value(connect):
    branch, counter = _pair(connect)
    branch.edit("answers.phone", "090-0000-0000")
    wait_until(lambda: counter.state.version("answers.phone") == 1)
    wait_until(lambda: branch.state.version("answers.phone") == 1)
    # Both edit on top of version 1; the server takes the first and refuses the second.
    counter.state.versions["answers.phone"] = 0  # the counter had not seen the branch's edit
    stale = counter.edit("answers.phone", "03-1111-2222")
    wait_until(lambda: events_of(counter, "conflict"))
    conflict = events_of(counter, "conflict")[0]
    assert conflict["op_id"] == stale and conflict["current_value"] == "090-0000-0000"
    assert conflict["current_version"] == 1 and conflict["current_author"] == "kiosk-01"
    assert not counter.pending
    assert branch.state.values["answers.phone"] == "090-0000-0000"
    assert all(e["field"] != "answers.phone" or e["version"] == 1 for e in events_of(branch, "op"))


def test_a_print_requested_at_the_main_office_prints_at_the_branch_and_is_acknowledged(connect):
    printed: list[tuple[str, list[str]]] = []
    branch, counter = _pair(connect, on_print=lambda job, forms: printed.append((job, forms)))
    job = counter.request_print(["birth_registration", "child_allowance"])
    wait_until(lambda: printed)
    assert printed == [(job, ["birth_registration", "child_allowance"])]
    branch.ack_print(job, ok=True)
    wait_until(lambda: counter.state.values.get(f"print.{job}", {}).get("status") == "printed")
    assert counter.state.authors[f"print.{job}"] == "kiosk-01"
    assert len(printed) == 1  # the acknowledgement does not print again


def test_ending_the_visit_empties_the_session_on_both_sides(connect):
    branch, counter = _pair(connect)
    branch.record_consent(["name"])
    branch.share_card(CardFacts("山田太郎", "北町1-2-3", dt.date(1980, 4, 1), Sex.MALE))
    counter.edit("life_event", "birth")
    wait_until(lambda: counter.state.seq == 2 and branch.state.seq == 2)
    visit = branch.session_id
    assert branch.end_visit()
    wait_until(lambda: events_of(counter, "ended") and events_of(branch, "ended"))
    assert counter.state.values == {} == branch.state.values
    assert counter.session_id == branch.session_id != visit
    with pytest.raises(ConsentError):  # the next resident consents anew
        branch.share_card(CardFacts("別人", "南町", dt.date(1990, 1, 1), Sex.FEMALE))
    counter.edit("life_event", "move_in")
    wait_until(lambda: branch.state.values == {"life_event": "move_in"})


def test_garbage_ends_only_the_connection_that_sent_it(connect, backoffice, remote_pki):
    branch, counter = _pair(connect)
    url = f"wss://127.0.0.1:{backoffice.port}/v1/remote/kiosk-01/ws"
    for garbage in (b"\x00binary", "[1, 2]", "{not json", '{"type": "hello"}'):
        with ws_connect(url, ssl=client_context(remote_pki, "staff-01"),
                        proxy=None, open_timeout=ANSWER_S) as ws:
            ws.send(garbage)
            if garbage == '{"type": "hello"}':
                ws.recv(timeout=ANSWER_S)  # welcomed; then a malformed edit is refused, not fatal
                ws.send('{"type": "edit", "op_id": ["x"], "field": 1}')
                answers = [json.loads(ws.recv(timeout=ANSWER_S)) for _ in range(2)]
                assert [a["type"] for a in answers] == ["presence", "refused"]
                continue
            with pytest.raises(ConnectionClosed):
                ws.recv(timeout=ANSWER_S)
    branch.edit("life_event", "birth")
    wait_until(lambda: counter.state.values.get("life_event") == "birth")
