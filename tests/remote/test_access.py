"""Who may open a branch's session, and what of the card may leave the branch."""

import datetime as dt
import json
import ssl

import pytest
from websockets.exceptions import InvalidStatus, WebSocketException
from websockets.sync.client import connect as ws_connect

from devices.card.basic4 import Sex
from devices.card.sensitive import MyNumber
from forms.session import CardFacts
from kiosk.pki import init_pki
from kiosk.remote.roles import BranchClient, ConsentError, CounterClient
from tests.support.backoffice import client_context
from tests.support.remote import ANSWER_S, assert_connected, events_of, wait_until

NUMBER = "123456789018"


def _ws_url(backoffice, branch="kiosk-01"):
    return f"wss://127.0.0.1:{backoffice.port}/v1/remote/{branch}/ws"


def _refused_in_tls(url, context):
    """True when TLS refuses us. With TLS 1.3 the server's alert comes after the client's
    handshake, so it surfaces as an SSL error, a reset or a broken WebSocket handshake."""
    try:
        with ws_connect(url, ssl=context, proxy=None, open_timeout=ANSWER_S) as ws:
            ws.send(json.dumps({"type": "hello", "session": None, "after": 0}))
            ws.recv(timeout=ANSWER_S)
    except TimeoutError:
        raise AssertionError("neither refused nor welcomed") from None
    except (ssl.SSLError, OSError, WebSocketException):
        return True
    return False


def test_a_client_without_a_certificate_is_refused(backoffice, remote_pki):
    assert _refused_in_tls(_ws_url(backoffice), client_context(remote_pki, None))
    assert not _refused_in_tls(_ws_url(backoffice), client_context(remote_pki, "kiosk-01"))


def test_a_certificate_from_another_ca_is_refused(backoffice, remote_pki, tmp_path):
    init_pki(tmp_path / "foreign", kiosks=1, ca_name="Somebody Else's CA")
    context = client_context(remote_pki, None)
    context.load_cert_chain(str(tmp_path / "foreign" / "kiosk-01.pem"),
                            str(tmp_path / "foreign" / "kiosk-01-key.pem"))
    assert _refused_in_tls(_ws_url(backoffice), context)


@pytest.mark.parametrize(("cls", "name"), [(CounterClient, "staff-02"),  # not this branch
                                           (BranchClient, "kiosk-02"),  # another branch
                                           (CounterClient, "core-01")])  # not a remote role
def test_certificates_not_allowed_for_the_branch_are_refused(connect, cls, name):
    client = connect(cls, name)
    wait_until(lambda: events_of(client, "refused"))
    assert events_of(client, "refused")[0]["status"] == 403
    assert not client.connected and client.state.seq == 0


def test_an_unauthorised_staff_certificate_sees_nothing_of_the_session(connect, backoffice,
                                                                       remote_pki):
    branch = connect(BranchClient, "kiosk-01")
    assert_connected(branch)
    branch.edit("life_event", "birth")
    wait_until(lambda: branch.state.seq == 1)
    with pytest.raises(InvalidStatus) as refused:
        ws_connect(_ws_url(backoffice), ssl=client_context(remote_pki, "staff-02"),
                   proxy=None, open_timeout=ANSWER_S)
    assert refused.value.response.status_code == 403
    assert b"birth" not in refused.value.response.body


def test_nothing_of_the_card_leaves_the_branch_before_consent(connect):
    branch = connect(BranchClient, "kiosk-01")
    counter = connect(CounterClient, "staff-01")
    assert_connected(branch, counter)
    card = CardFacts("山田太郎", "北町1-2-3", dt.date(1980, 4, 1), Sex.MALE,
                     MyNumber(NUMBER))
    with pytest.raises(ConsentError):
        branch.share_card(card)
    with pytest.raises(ValueError, match="share_card"):
        branch.edit("card.name", "山田太郎")
    with pytest.raises(ConsentError):
        branch.record_consent(["name", "my_number"])
    branch.edit("life_event", "birth")  # something else does go through
    wait_until(lambda: counter.state.seq == 1)
    assert not [f for f in counter.state.values if f.startswith("card.")]

    branch.record_consent(["name", "address"])  # the resident confirmed these two on screen
    branch.share_card(card)
    wait_until(lambda: counter.state.seq == 3)
    assert counter.state.values == {"life_event": "birth", "card.name": "山田太郎",
                                    "card.address": "北町1-2-3"}
    assert NUMBER not in repr(list(counter.events.queue))
