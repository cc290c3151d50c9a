"""The clients' bookkeeping without a network: base versions of queued edits, what a resume
and a new session do to pending edits, consent, and print requests."""

import datetime as dt

import pytest

from devices.card.basic4 import Sex
from forms.session import CardFacts
from kiosk.pki import init_pki
from kiosk.remote.client import Endpoint
from kiosk.remote.model import Applied
from kiosk.remote.roles import BranchClient, ConsentError, CounterClient


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    directory = tmp_path_factory.mktemp("pki")
    init_pki(directory, kiosks=1, staff=1)
    return directory


def _client(cls, pki, name, **options):
    endpoint = Endpoint("https://127.0.0.1:9", pki / "ca.pem", pki / f"{name}.pem",
                        pki / f"{name}-key.pem")
    return cls(endpoint, "kiosk-01", **options)  # never started: no connection


def _welcome(session, snapshot=None, ops=()):
    message = {"type": "welcome", "session": session, "role": "branch", "you": "kiosk-01"}
    if snapshot is not None:
        message["snapshot"] = snapshot
    else:
        message["ops"] = [op.wire() for op in ops]
    return message


def _snapshot(seq=0, **fields):
    return {"seq": seq, "fields": {name.replace("__", "."): {"value": value, "version": 1,
                                                             "author": "staff-01"}
                                   for name, value in fields.items()}}


def test_queued_edits_of_one_field_build_on_each_other(pki):
    client = _client(CounterClient, pki, "staff-01")
    client.edit("answers.phone", "1")
    client.edit("answers.phone", "2")
    client.edit("life_event", "birth")
    assert [(e.field, e.base_version) for e in client.pending] == [
        ("answers.phone", 0), ("answers.phone", 1), ("life_event", 0)]


def test_resume_takes_missed_operations_and_keeps_unanswered_edits(pki):
    client = _client(CounterClient, pki, "staff-01")
    client._welcome(_welcome("s1", _snapshot()))
    mine = client.edit("answers.phone", "1")
    waiting = client.edit("life_event", "birth")
    # Reconnected: the back office had applied the first edit before the drop.
    client._welcome(_welcome("s1", ops=[Applied(1, mine, "answers.phone", "1", 1, "staff-01")]))
    assert [e.op_id for e in client.pending] == [waiting]
    assert client.state.values == {"answers.phone": "1"}


def test_a_restarted_back_office_gets_the_branch_session_again(pki):
    branch = _client(BranchClient, pki, "kiosk-01")
    branch._welcome(_welcome("s1", _snapshot(2, life_event="birth", print__j1={
        "forms": ["a"], "status": "requested"})))
    branch.edit("answers.phone", "090")
    branch._welcome(_welcome("s2", _snapshot()))  # a new, empty session
    assert [(e.field, e.value, e.base_version) for e in branch.pending] == [
        ("life_event", "birth", 0), ("answers.phone", "090", 0)]  # no print request


def test_the_card_waits_for_consent_and_sends_only_what_was_consented(pki):
    branch = _client(BranchClient, pki, "kiosk-01")
    card = CardFacts("山田太郎", "北町1-2-3", dt.date(1980, 4, 1), Sex.MALE)
    with pytest.raises(ConsentError):
        branch.share_card(card)
    assert branch.pending == []
    branch.record_consent(["birth_date"])
    branch.share_card(card)
    assert [(e.field, e.value) for e in branch.pending] == [("card.birth_date", "1980-04-01")]


def test_a_print_request_calls_the_printer_once(pki):
    printed = []
    branch = _client(BranchClient, pki, "kiosk-01", on_print=lambda job, forms:
                     printed.append((job, forms)))
    request = {"forms": ["birth_registration"], "status": "requested"}
    branch._welcome(_welcome("s1", _snapshot(1, print__j1=request)))  # arrived while away
    branch._welcome(_welcome("s1", ops=()))  # a second reconnect does not print again
    branch._take(Applied(2, "x", "print.j2", request, 1, "staff-01"))
    assert printed == [("j1", ["birth_registration"]), ("j2", ["birth_registration"])]
    branch.ack_print("j1", ok=False, message="用紙切れ")
    assert branch.pending[-1].value["status"] == "failed"
    assert branch.pending[-1].base_version == 1
