"""Payables through the real back office (``kiosk backoffice serve`` over mutual TLS, on SQLite
and PostgreSQL): the 標準準拠システム registers them, a kiosk looks them up, checks them again
and prints a self-checked slip; roles, all-or-nothing batches, sealing at rest, the CLI."""

import datetime as dt
import json
from pathlib import Path
from unittest.mock import ANY

import httpx
import psycopg
import pytest

from kiosk.backoffice.store import BackofficeStore
from kiosk.payments import elqr
from kiosk.payments.example import example_payable
from kiosk.payments.issue import render_checked_slip
from kiosk.payments.sources import BackofficePayableSource
from kiosk.settings import load_settings
from kiosk.store.crypto import KeyRing
from tests.support.backoffice import client_context, configure_kiosk, free_port, run_kiosk

TODAY = dt.date.today()
PAYER_NAME = "山田　太郎"
PAYER_ADDRESS = "デモ県デモ市霞が関１－２－３"
MASKED_PAYER = {"name": "山田 ＊＊", "address": "デモ県デモ市＊＊＊"}


def listed(payable):
    """A payable as a kiosk's lookup lists it: the payer masked, a ref to release it by."""
    return {**payable, "payer": MASKED_PAYER, "payer_masked": True, "ref": ANY}


def _as(backoffice, name):
    return httpx.Client(verify=client_context(backoffice.pki, name), timeout=30)


def put(backoffice, payables, name="core-01"):
    with _as(backoffice, name) as http:
        return http.put(f"{backoffice.url}/v1/payables", json={"payables": payables})


def lookup(backoffice, notice, name="kiosk-01"):
    with _as(backoffice, name) as http:
        return http.get(f"{backoffice.url}/v1/payables", params={"notice": notice})


def withdraw(backoffice, payables):
    identities = [{k: p[k] for k in ("municipality_code", "notice_number", "fiscal_year",
                                     "instalment", "subject")} for p in payables]
    with _as(backoffice, "core-01") as http:
        return http.post(f"{backoffice.url}/v1/payables/withdraw",
                         json={"payables": identities})


def kiosk_source(backoffice, tmp_path, today=None):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, backoffice.pki)
    settings = load_settings(env)
    assert settings.backoffice is not None
    return BackofficePayableSource.from_settings(settings.backoffice, today), env


def test_register_look_up_and_print_a_checked_slip(backoffice, tmp_path):
    payable = example_payable(TODAY)
    notice = payable["notice_number"]
    answer = put(backoffice, [payable, example_payable(TODAY, serial=2)])
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"created": 2, "updated": 0}
    assert lookup(backoffice, notice).json() == {"payables": [listed(payable)]}

    source, env = kiosk_source(backoffice, tmp_path)
    [found] = source.payables(notice)
    assert found.masked and found.to_json() == {**payable, "payer": MASKED_PAYER}
    full = source.printable(found)  # the payer in full only for the one printed
    assert full.to_json() == payable
    out = tmp_path / "slip.pdf"
    codes = render_checked_slip(full, out, home=tmp_path / "kiosk", dpi=300)
    assert out.is_file() and codes.elqr == payable["elqr"]

    cli = run_kiosk(env, "slip", "find", "--notice", notice, "--json")
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout) == [{**payable, "payer": MASKED_PAYER}]
    summary = run_kiosk(env, "slip", "find", "--notice", notice)
    assert summary.returncode == 0 and "12300" in summary.stdout
    assert PAYER_NAME not in summary.stdout + summary.stderr  # payer data only with --json


def test_a_reissue_replaces_and_a_withdrawal_removes(backoffice):
    payable = example_payable(TODAY)
    notice = payable["notice_number"]
    assert put(backoffice, [payable]).status_code == 200
    reissued = example_payable(TODAY, late_fee=500)
    assert put(backoffice, [reissued]).json() == {"created": 0, "updated": 1}
    [found] = lookup(backoffice, notice).json()["payables"]
    assert found["amounts"]["late_fee"] == 500
    assert withdraw(backoffice, [reissued]).json() == {"withdrawn": 1}
    assert lookup(backoffice, notice).json() == {"payables": []}
    assert withdraw(backoffice, [reissued]).json() == {"withdrawn": 0}
    assert put(backoffice, [payable]).json() == {"created": 0, "updated": 1}  # registered again
    assert len(lookup(backoffice, notice).json()["payables"]) == 1


def test_each_certificate_keeps_to_its_role(backoffice):
    payable = example_payable(TODAY)
    assert put(backoffice, [payable], name="kiosk-01").status_code == 403
    anonymous = httpx.Client(verify=client_context(backoffice.pki, None), timeout=10)
    with anonymous as http, pytest.raises(httpx.TransportError):
        http.put(f"{backoffice.url}/v1/payables", json={"payables": [payable]})
    assert lookup(backoffice, payable["notice_number"]).json() == {"payables": []}
    assert put(backoffice, [payable]).status_code == 200
    assert lookup(backoffice, payable["notice_number"], name="core-01").status_code == 403
    assert lookup(backoffice, payable["notice_number"], name="kiosk-02").status_code == 200
    with _as(backoffice, "kiosk-01") as http:
        refused = http.post(f"{backoffice.url}/v1/payables/withdraw",
                            json={"payables": [payable]})
    assert refused.status_code == 403
    assert lookup(backoffice, "").status_code == 400


def test_an_invalid_payable_refuses_the_whole_batch(backoffice):
    good, bad = example_payable(TODAY), example_payable(TODAY, serial=2)
    bad["amounts"]["dunning_fee"] = 200  # no longer the eL-QR's amount
    answer = put(backoffice, [good, bad])
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error.startswith("payable 1:") and "amounts_total" in error
    assert PAYER_NAME not in error
    twice = put(backoffice, [good, good])
    assert twice.status_code == 422 and "same payable as payable 0" in twice.json()["error"]
    with _as(backoffice, "core-01") as http:
        assert http.put(f"{backoffice.url}/v1/payables", content=b"[").status_code == 400
    for notice in (good["notice_number"], bad["notice_number"]):
        assert lookup(backoffice, notice).json() == {"payables": []}


def test_the_payer_is_sealed_at_rest(backoffice):
    payable = example_payable(TODAY)
    assert put(backoffice, [payable]).status_code == 200
    raw = _raw_database(backoffice.db_url)
    assert payable["notice_number"].encode() in raw  # the lookup column is there in clear …
    for secret in (PAYER_NAME, PAYER_ADDRESS, payable["elqr"]):
        assert secret.encode() not in raw  # … the payable itself is not


def _raw_database(db_url):
    """Every byte the database holds for the payables: the SQLite files, or the rows as text."""
    if db_url.startswith("sqlite:///"):
        path = Path(db_url.removeprefix("sqlite:///"))
        files = [path, path.with_name(f"{path.name}-wal")]
        return b"".join(f.read_bytes() for f in files if f.exists())
    with psycopg.connect(db_url.replace("+psycopg", "")) as conn:
        rows = conn.execute("SELECT t::text, encode(t.sealed, 'escape') FROM payables t")
        return "".join(text + sealed for text, sealed in rows).encode()


def test_only_payables_still_payable_are_handed_out(backoffice, tmp_path):
    # Registered long ago, straight into the store: its 支払期限 has passed by now.
    then = TODAY - dt.timedelta(days=90)
    old = example_payable(then)
    store = BackofficeStore(backoffice.db_url,
                            KeyRing.load(backoffice.home / "backoffice" / "data.key"))
    try:
        assert store.put_payables([old], "test", then) == {"created": 1, "updated": 0}
    finally:
        store.close()
    assert lookup(backoffice, old["notice_number"]).json() == {"payables": []}
    assert put(backoffice, [old]).status_code == 422  # and it cannot be registered today

    # The kiosk checks again with its own clock: one the back office still hands out is
    # dropped by a kiosk whose day is past the deadline.
    current = example_payable(TODAY)
    assert put(backoffice, [current]).status_code == 200
    deadline = elqr.parse(current["elqr"]).payment_deadline
    late, _ = kiosk_source(backoffice, tmp_path, today=deadline + dt.timedelta(days=1))
    assert late.payables(current["notice_number"]) == []
    assert len(lookup(backoffice, current["notice_number"]).json()["payables"]) == 1


def test_operators_load_payables_from_files_all_or_nothing(backoffice, tmp_path):
    good, bad = example_payable(TODAY), example_payable(TODAY, serial=2)
    bad["elqr"] = bad["elqr"][:-1] + str((int(bad["elqr"][-1]) + 1) % 10)  # broken CRC
    (tmp_path / "good.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "bad.json").write_text(json.dumps({"payables": [bad]}), encoding="utf-8")
    (tmp_path / "torn.json").write_text("{", encoding="utf-8")
    for files in (["good.json", "bad.json"], ["torn.json", "good.json"]):
        refused = backoffice.cli("payables", "load", *(str(tmp_path / f) for f in files))
        assert refused.returncode == 2
        assert len(refused.stderr.strip().splitlines()) == 1
        assert "bad.json: payable 0:" in refused.stderr or "torn.json" in refused.stderr
        assert lookup(backoffice, good["notice_number"]).json() == {"payables": []}
    loaded = backoffice.cli("payables", "load", str(tmp_path / "good.json"))
    assert loaded.returncode == 0, loaded.stderr
    assert json.loads(loaded.stdout) == {"created": 1, "updated": 0}
    assert lookup(backoffice, good["notice_number"]).json() == {"payables": [listed(good)]}


def test_an_unreachable_back_office_is_one_line(tmp_path, pki):
    env = configure_kiosk(tmp_path / "kiosk", f"https://127.0.0.1:{free_port()}", pki)
    result = run_kiosk(env, "slip", "find", "--notice", "2026-000001")
    assert result.returncode == 9
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "バックオフィスに接続できません" in lines[0]
    assert "cannot reach the back office" in lines[0]
    assert result.stdout == ""
