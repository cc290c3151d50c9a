"""Revocation against the real back office over mutual TLS: a revoked kiosk certificate is
refused (at the handshake, or with 403 on a connection opened before), also after a restart;
revoking while the server runs takes effect within seconds; the others are unaffected."""

import os
import subprocess
import time

import httpx
import pytest

from kiosk.pki import init_pki
from tests.support.backoffice import KIOSK, Backoffice, configure_kiosk, run_kiosk
from tests.support.net import client_context

# A record the back office accepts: since h17-boundary it refuses times from 1970 (or a day
# ahead of its clock) record by record, still answering 200 for the batch.
NOW = time.time()
EVENT = {"key": "kiosk-03:e1", "kind": "event", "kiosk_id": "kiosk-03", "visit_id": "v1",
         "procedure": None, "created_at": NOW,
         "body": {"event": "ticket_issued", "at": NOW, "channel": "counter"}}


@pytest.fixture
def own_pki(tmp_path):
    """A PKI of this test alone: revoking in the shared one would break the other tests."""
    init_pki(tmp_path / "pki", kiosks=3)
    return tmp_path / "pki"


@pytest.fixture
def service(own_pki, tmp_path, start_backoffice):
    return start_backoffice(f"sqlite:///{tmp_path / 'backoffice.sqlite3'}", own_pki)


def revoke(pki, what):
    result = run_kiosk(dict(os.environ), "backoffice", "revoke", "--pki", str(pki), what)
    assert result.returncode == 0, result.stderr
    return result.stdout


def status(url, pki, name, record=EVENT):
    """The answer to a delivery from ``name``; None when TLS refused the certificate."""
    try:
        with httpx.Client(verify=client_context(pki, name), timeout=10) as http:
            return http.post(f"{url}/v1/records", json={"records": [record]}).status_code
    except httpx.TransportError:
        return None


def health(url, pki, name):
    """/healthz for ``name`` (stores nothing); None when TLS refused the certificate."""
    try:
        with httpx.Client(verify=client_context(pki, name), timeout=10) as http:
            return http.get(f"{url}/healthz").status_code
    except httpx.TransportError:
        return None


def wait_for(condition, timeout=15.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "not in time"
        time.sleep(0.2)


def test_a_revoked_kiosk_is_refused_while_running_and_after_a_restart(service, own_pki):
    other = {**EVENT, "key": "kiosk-02:e1", "kiosk_id": "kiosk-02"}
    assert status(service.url, own_pki, "kiosk-03") == 200
    with httpx.Client(verify=client_context(own_pki, "kiosk-03"), timeout=10) as kept:
        # A keep-alive connection opened before the revocation …
        assert kept.get(f"{service.url}/healthz").status_code == 200
        line = revoke(own_pki, "kiosk-03")
        assert line.startswith("revoked kiosk-03 (serial ")
        # … gets 403 within seconds, with no restart, and a new connection is refused.
        wait_for(lambda: kept.get(f"{service.url}/healthz").status_code == 403)
        refused = kept.post(f"{service.url}/v1/records",
                            json={"records": [{**EVENT, "key": "kiosk-03:e2"}]})
        assert refused.status_code == 403 and "revoked" in refused.json()["error"]
    assert status(service.url, own_pki, "kiosk-03") is None  # the TLS handshake
    assert status(service.url, own_pki, "kiosk-02", other) == 200
    service.stop()
    service.start()
    assert status(service.url, own_pki, "kiosk-03", {**EVENT, "key": "kiosk-03:e3"}) is None
    assert status(service.url, own_pki, "kiosk-02", {**other, "key": "kiosk-02:e2"}) == 200
    assert service.core_get("/v1/stats").json()["distinct_records"] == 3  # nothing refused kept


def test_kiosk_sync_of_a_revoked_terminal_fails_with_one_line(service, own_pki, tmp_path):
    env = configure_kiosk(tmp_path / "kiosk", service.url, own_pki, kiosk_id="kiosk-03")
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "2").returncode == 0
    revoke(own_pki, "kiosk-03")
    wait_for(lambda: health(service.url, own_pki, "kiosk-03") is None)
    result = run_kiosk(env, "sync")
    assert result.returncode == 8
    assert len(result.stderr.strip().splitlines()) == 1 and "back office" in result.stderr
    assert service.stats()["distinct_records"] == 0


def test_a_deny_list_refuses_by_name_with_403_and_is_reread(own_pki, tmp_path):
    deny = tmp_path / "deny.txt"
    deny.write_text("# stolen\nkiosk-01\n")
    service = Backoffice(f"sqlite:///{tmp_path / 'bo.sqlite3'}", own_pki, tmp_path / "home")
    process_args = ["backoffice", "serve", "--db", service.db_url, "--pki", str(own_pki),
                    "--port", str(service.port), "--deny-list", str(deny),
                    "--init-key"]  # its first start: the data key is made now
    # Its stderr to the service's log file, as Backoffice.start does: a pipe nobody reads can
    # stall the server, and is left unclosed when the process object goes.
    service.log_file.parent.mkdir(parents=True, exist_ok=True)
    with service.log_file.open("ab") as log:
        service.process = subprocess.Popen([KIOSK, *process_args], env=service.env,
                                           stdout=subprocess.DEVNULL, stderr=log)
    try:
        wait_for(lambda: status(service.url, own_pki, "kiosk-02",
                                {**EVENT, "key": "kiosk-02:e1", "kiosk_id": "kiosk-02"}) == 200)
        # The CRL does not list it, so TLS lets it in; the deny list answers 403.
        assert status(service.url, own_pki, "kiosk-01",
                      {**EVENT, "key": "kiosk-01:e1", "kiosk_id": "kiosk-01"}) == 403
        deny.write_text("kiosk-01\nkiosk-02\n")
        wait_for(lambda: status(service.url, own_pki, "kiosk-02",
                                {**EVENT, "key": "kiosk-02:e2", "kiosk_id": "kiosk-02"}) == 403)
        deny.write_text("")  # taken off the list: served again
        wait_for(lambda: status(service.url, own_pki, "kiosk-01",
                                {**EVENT, "key": "kiosk-01:e3", "kiosk_id": "kiosk-01"}) == 200)
    finally:
        service.stop()


def test_serve_refuses_to_start_with_a_malformed_crl(own_pki, tmp_path):
    (own_pki / "crl.pem").write_text("-----BEGIN X509 CRL-----\ngarbage\n-----END X509 CRL-----\n")
    result = run_kiosk({"KIOSK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"},
                       "backoffice", "serve", "--db", f"sqlite:///{tmp_path / 'bo.sqlite3'}",
                       "--pki", str(own_pki), timeout=60)
    assert result.returncode == 9
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot use the revocation list" in result.stderr
    assert "Traceback" not in result.stderr
