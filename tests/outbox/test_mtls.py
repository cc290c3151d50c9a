"""Mutual TLS: the back office refuses connections without a certificate from its CA, and
each certificate may only do its own role."""

import httpx
import pytest

from kiosk.pki import init_pki
from tests.support.backoffice import client_context, configure_kiosk, run_kiosk

EVENT = {"key": "kiosk-01:e1", "kind": "event", "kiosk_id": "kiosk-01", "visit_id": "v1",
         "procedure": None, "created_at": 1.0,
         "body": {"event": "ticket_issued", "at": 1.0, "channel": "counter"}}


@pytest.fixture(scope="module")
def foreign_pki(tmp_path_factory):
    directory = tmp_path_factory.mktemp("foreign-pki")
    init_pki(directory, kiosks=1, ca_name="Somebody Else's CA")
    return directory


def _post(url, context, record=EVENT):
    with httpx.Client(verify=context, timeout=10) as http:
        return http.post(f"{url}/v1/records", json={"records": [record]})


def test_missing_client_certificate_is_refused(backoffice, pki):
    with pytest.raises(httpx.TransportError):
        _post(backoffice.url, client_context(pki, None))
    assert backoffice.stats()["distinct_records"] == 0


def test_certificate_from_another_ca_is_refused(backoffice, pki, foreign_pki, tmp_path):
    context = client_context(pki, None)  # trusts the server …
    context.load_cert_chain(str(foreign_pki / "kiosk-01.pem"),
                            str(foreign_pki / "kiosk-01-key.pem"))  # … wrong client cert
    with pytest.raises(httpx.TransportError):
        _post(backoffice.url, context)

    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki)
    run_kiosk(env, "outbox", "fill-demo", "--count", "3")
    (tmp_path / "kiosk" / "kiosk.toml").write_text(
        (tmp_path / "kiosk" / "kiosk.toml").read_text().replace(str(pki / "kiosk-01"),
                                                                str(foreign_pki / "kiosk-01")))
    result = run_kiosk(env, "sync")
    assert result.returncode == 8
    assert len(result.stderr.strip().splitlines()) == 1 and "back office" in result.stderr
    assert backoffice.stats()["distinct_records"] == 0


def test_each_certificate_keeps_to_its_role(backoffice, pki):
    # A kiosk may not deliver in another kiosk's name, nor read what others delivered.
    assert _post(backoffice.url, client_context(pki, "kiosk-02")).status_code == 403
    assert _post(backoffice.url, client_context(pki, "core-01")).status_code == 403
    assert _post(backoffice.url, client_context(pki, "kiosk-01")).status_code == 200
    with httpx.Client(verify=client_context(pki, "kiosk-01"), timeout=10) as http:
        assert http.get(f"{backoffice.url}/v1/submissions").status_code == 403
        assert http.get(f"{backoffice.url}/v1/submissions.csv").status_code == 403
    assert backoffice.core_get("/v1/stats").json()["distinct_records"] == 1
