"""Revoking a staff certificate ends its remote-window session within seconds (the WebSocket
closed with 1008, the branch sees the counter leave) and it cannot rejoin; the others stay."""

import json
import os
import ssl

import pytest
from websockets.exceptions import InvalidStatus, WebSocketException
from websockets.sync.client import connect as ws_connect

from kiosk.backoffice.store import BackofficeStore
from kiosk.pki import init_pki
from kiosk.remote.roles import BranchClient, CounterClient
from kiosk.store.crypto import KeyRing
from tests.support.backoffice import run_kiosk
from tests.support.net import client_context
from tests.support.remote import ANSWER_S, assert_connected, endpoint, events_of, wait_until


@pytest.fixture
def own_pki(tmp_path):
    """A PKI of this test alone: revoking in the shared one would break the other tests."""
    directory = tmp_path / "pki"
    init_pki(directory, kiosks=2, staff=2)
    (directory / "remote-access.toml").write_text('[staff]\nstaff-01 = ["kiosk-01"]\n'
                                                  'staff-02 = ["kiosk-01"]\n')
    return directory


@pytest.fixture
def service(own_pki, tmp_path, start_backoffice):
    return start_backoffice(f"sqlite:///{tmp_path / 'backoffice.sqlite3'}", own_pki)


@pytest.fixture
def clients():
    started = []
    yield started
    for client in started:
        client.close()


def start(clients, cls, pki, name, url):
    client = cls(endpoint(pki, name, url), "kiosk-01")
    clients.append(client.start())
    return client


def revoke(pki, name):
    result = run_kiosk(dict(os.environ), "backoffice", "revoke", "--pki", str(pki), name)
    assert result.returncode == 0, result.stderr


def remote_audit(backoffice):
    store = BackofficeStore(backoffice.db_url,
                            KeyRing.load_or_create(backoffice.home / "backoffice" / "data.key"))
    try:
        return store.remote_audit()
    finally:
        store.close()


def names(client):
    return sorted(person["name"] for person in client.participants)


def test_a_revoked_staff_certificate_is_dropped_and_cannot_rejoin(service, own_pki, clients):
    branch = start(clients, BranchClient, own_pki, "kiosk-01", service.url)
    leaving = start(clients, CounterClient, own_pki, "staff-01", service.url)
    staying = start(clients, CounterClient, own_pki, "staff-02", service.url)
    assert_connected(branch, leaving, staying)
    wait_until(lambda: names(branch) == ["kiosk-01", "staff-01", "staff-02"])
    revoke(own_pki, "staff-01")
    # Within seconds the session is closed and the branch sees the counter leave …
    wait_until(lambda: names(branch) == ["kiosk-01", "staff-02"])
    wait_until(lambda: not leaving.connected)
    assert any("1008" in str(event.get("reason")) for event in events_of(leaving,
                                                                         "disconnected"))
    # … the others go on working together …
    branch.edit("life_event", "birth")
    wait_until(lambda: staying.state.seq == 1)
    assert staying.connected and branch.connected
    # … and the revoked certificate never gets back in (its client keeps trying).
    wait_until(lambda: len(events_of(leaving, "disconnected")) >= 2)
    assert not leaving.connected and leaving.state.seq == 0
    assert names(branch) == ["kiosk-01", "staff-02"]
    revoked = [entry for entry in remote_audit(service)
               if entry["action"] == "remote_revoked"]
    assert [entry["actor"] for entry in revoked] == ["staff-01"]


def test_a_revoked_staff_certificate_cannot_open_a_session(service, own_pki):
    revoke(own_pki, "staff-02")
    url = f"wss://127.0.0.1:{service.port}/v1/remote/kiosk-01/ws"
    context = client_context(own_pki, "staff-02")

    def refused() -> bool:
        try:
            with ws_connect(url, ssl=context, proxy=None, open_timeout=ANSWER_S) as ws:
                ws.send(json.dumps({"type": "hello", "session": None, "after": 0}))
                ws.recv(timeout=ANSWER_S)
        except InvalidStatus as error:
            return error.response.status_code == 403
        except (ssl.SSLError, OSError, WebSocketException):
            return True  # the TLS handshake
        return False

    wait_until(refused)
    with ws_connect(url, ssl=client_context(own_pki, "staff-01"),
                    proxy=None, open_timeout=ANSWER_S) as ws:
        ws.send(json.dumps({"type": "hello", "session": None, "after": 0}))
        assert json.loads(ws.recv(timeout=ANSWER_S))["type"] == "welcome"
