"""Payable lookups through the real back office over mutual TLS (SQLite and PostgreSQL): each
kiosk certificate is limited (``--payable-lookups``, here through its environment variable),
every answered lookup leaves an audit entry without payer data, the list is masked and only
the payable released for printing carries the payer."""

import datetime as dt
import json

import httpx
import pytest

from kiosk.backoffice.lookups import LookupAudit, payable_lookups
from kiosk.backoffice.store import BackofficeStore
from kiosk.payments.example import example_payable
from kiosk.store.crypto import KeyRing
from tests.support.backoffice import configure_kiosk, run_kiosk
from tests.support.net import client_context

TODAY = dt.date.today()
LIMIT = 4


@pytest.fixture
def limited(db_url, pki, monkeypatch, start_backoffice):
    monkeypatch.setenv("KIOSK_BACKOFFICE_PAYABLE_LOOKUPS", str(LIMIT))
    return start_backoffice(db_url, pki)


def _as(backoffice, name):
    return httpx.Client(verify=client_context(backoffice.pki, name), timeout=30)


def register(backoffice, *payables):
    with _as(backoffice, "core-01") as http:
        answer = http.put(f"{backoffice.url}/v1/payables", json={"payables": list(payables)})
    assert answer.status_code == 200, answer.text


def audit_entries(backoffice):
    store = BackofficeStore(backoffice.db_url,
                            KeyRing.load(backoffice.home / "backoffice" / "data.key"))
    try:
        return LookupAudit(store).entries()
    finally:
        store.close()


def test_a_certificate_walking_notice_numbers_is_stopped_and_audited(limited):
    payable = example_payable(TODAY)
    register(limited, payable)
    with _as(limited, "kiosk-03") as http:
        answers = [http.get(f"{limited.url}/v1/payables", params={"notice": f"2026-{n:06d}"})
                   for n in range(1, LIMIT + 3)]
    assert [a.status_code for a in answers] == [200] * LIMIT + [429, 429]
    refused = answers[LIMIT]
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert len(refused.text.splitlines()) == 1
    assert f"at most {LIMIT} a minute" in refused.json()["error"]
    with _as(limited, "kiosk-04") as http:  # another kiosk is not held up
        assert http.get(f"{limited.url}/v1/payables",
                        params={"notice": payable["notice_number"]}).status_code == 200

    entries = audit_entries(limited)
    assert [(e["caller"], e["kind"], e["notice_number"], e["found"]) for e in entries] == [
        ("kiosk-03", "list", f"2026-{n:06d}", int(n == 1)) for n in range(1, LIMIT + 1)
    ] + [("kiosk-04", "list", payable["notice_number"], 1)]
    assert {c.name for c in payable_lookups.columns} == {
        "id", "at", "caller", "kind", "notice_number", "payable_id", "found"}


def test_only_the_printed_payable_carries_the_payer_and_its_release_is_audited(limited):
    payable = example_payable(TODAY)
    register(limited, payable)
    with _as(limited, "kiosk-05") as http:
        [listed] = http.get(f"{limited.url}/v1/payables",
                            params={"notice": payable["notice_number"]}).json()["payables"]
        assert listed["payer"] == {"name": "山田 ＊＊", "address": "デモ県デモ市＊＊＊"}
        full = http.get(f"{limited.url}/v1/payables/{listed['ref']}",
                        params={"notice": payable["notice_number"]})
        wrong = http.get(f"{limited.url}/v1/payables/{listed['ref']}",
                         params={"notice": "2026-999999"})
    assert full.json() == {"payable": payable}
    assert wrong.status_code == 404 and "山田" not in wrong.text
    entries = audit_entries(limited)
    assert [(e["kind"], e["payable_id"], e["found"]) for e in entries] == [
        ("list", None, 1), ("release", int(listed["ref"]), 1), ("release", int(listed["ref"]), 0)]
    raw = json.dumps(entries, ensure_ascii=False)
    assert "山田" not in raw and "霞が関" not in raw


def test_the_cli_says_in_one_line_when_the_kiosk_is_held_up(limited, tmp_path):
    payable = example_payable(TODAY)
    register(limited, payable)
    env = configure_kiosk(tmp_path / "kiosk", limited.url, limited.pki, kiosk_id="kiosk-06")
    for _ in range(LIMIT):
        found = run_kiosk(env, "slip", "find", "--notice", payable["notice_number"], "--json")
        assert found.returncode == 0, found.stderr
        assert "太郎" not in found.stdout and "山田 ＊＊" in found.stdout
    held = run_kiosk(env, "slip", "find", "--notice", payable["notice_number"])
    assert held.returncode == 9 and held.stdout == ""
    [line] = held.stderr.strip().splitlines()
    assert "照会が多すぎます" in line and "too many lookups" in line
