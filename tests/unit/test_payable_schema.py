"""The payables' boundary (kiosk/backoffice/payable_schema.py) in process: the envelopes of
``PUT /v1/payables`` and ``POST /v1/payables/withdraw``, a payable's identity and the kiosks'
``notice``/``ref`` parameters. Every bad value is refused with the documented 4xx and a reason
naming the payable and the field (never the value), never a 500; a refused request stores,
withdraws, counts and audits nothing; a bad payable keeps the domain parser's own reason."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.backoffice.app import create_app
from kiosk.backoffice.lookups import LookupAudit
from kiosk.backoffice.payable_schema import MAX_PAYABLES, PayableIdentity
from kiosk.backoffice.store import BackofficeStore, payables
from kiosk.payments.example import example_payable
from kiosk.payments.payable import PayableError, payable_from_json
from kiosk.store.crypto import KeyRing
from tests.support.inprocess import InProcess

TODAY = dt.date.today()
IDENTITY = ("municipality_code", "notice_number", "fiscal_year", "instalment", "subject")
SECRET = "秘密"
BATCH_RULE = f"payables must be a list of 1 to {MAX_PAYABLES} payables"


@pytest.fixture
def store(tmp_path):
    opened = BackofficeStore(f"sqlite:///{tmp_path / 'bo.sqlite3'}",
                             KeyRing.load_or_create(tmp_path / "data.key"))
    yield opened
    opened.close()


def identity(payable: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**{name: payable[name] for name in IDENTITY}, **changes}


def send(store, method: str, url: str, document: Any, name: str = "core-01"):
    content = json.dumps(document).encode("utf-8", "surrogatepass")
    return InProcess(store, name).request(method, url, content=content)


def rows(store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(payables)).scalar_one())


def listed(store, notice: str) -> int:
    return len(store.payables_for(notice, TODAY))


@pytest.mark.parametrize("batch", [[], None, "x", 1, {}, {"0": {}}, [{}] * (MAX_PAYABLES + 1)])
@pytest.mark.parametrize(("method", "url"), [("PUT", "/v1/payables"),
                                             ("POST", "/v1/payables/withdraw")])
def test_an_envelope_that_is_no_list_of_1_to_1000_is_422(store, method, url, batch):
    answer = send(store, method, url, {"payables": batch})
    assert (answer.status_code, answer.json()) == (422, {"error": BATCH_RULE})
    assert rows(store) == 0


@pytest.mark.parametrize("body", [b"[", b"[]", b'{"payable": []}', b"\xff", b'"payables"'])
def test_a_body_without_the_envelope_is_400(store, body):
    answer = InProcess(store, "core-01").request("PUT", "/v1/payables", content=body)
    assert answer.status_code == 400 and answer.json() == {"error":
                                                           'expected JSON {"payables": [...]}'}


@pytest.mark.parametrize(("path", "value"), [
    ("fiscal_year", -5), ("fiscal_year", "2026"), ("amounts", []), ("payer", None),
    ("subject", "国保\ud800"), ("instalment", "x" * 17), ("municipality_code", "１３１０１６"),
])
def test_a_bad_payable_keeps_the_domain_parsers_reason_exactly(store, path, value):
    good, bad = example_payable(TODAY, serial=2), {**example_payable(TODAY), path: value}
    with pytest.raises(PayableError) as expected:
        payable_from_json(bad, TODAY)
    answer = send(store, "PUT", "/v1/payables", {"payables": [good, bad]})
    assert answer.status_code == 422
    assert answer.json() == {"error": f"payable 1: {expected.value.one_line()}"}
    assert rows(store) == 0


@pytest.mark.parametrize("field", ["subject", "instalment", "notice_number"])
@pytest.mark.parametrize("char", ["\u200b", "\u200f", "\u061c", "\ufeff", "\u00ad"])
def test_an_identity_with_format_or_bidi_characters_is_not_registered(store, field, char):
    """A notice number with an invisible mark could never be looked up or withdrawn: the
    payable's own rule refuses it, the same rule ``kiosk slip render`` applies."""
    payable = example_payable(TODAY)
    payable[field] = payable[field][:5] + char + SECRET
    answer = send(store, "PUT", "/v1/payables", {"payables": [example_payable(TODAY, serial=2),
                                                                 payable]})
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error.startswith("payable 1: ") and f"{field} contains a control character" in error
    assert SECRET not in error
    assert rows(store) == 0


@pytest.mark.parametrize(("field", "value"), [
    ("municipality_code", "13101"), ("municipality_code", "１３１０１６"),
    ("municipality_code", 131016), ("notice_number", ""), ("notice_number", "9" * 65),
    ("notice_number", "2026\x00" + SECRET), ("notice_number", None), ("fiscal_year", "2026"),
    ("fiscal_year", True), ("fiscal_year", 2026.0), ("fiscal_year", 1999),
    ("fiscal_year", 10**30), ("instalment", "x" * 17), ("instalment", "第1期\u202e"),
    ("subject", "国保\ud800"), ("subject", []), ("subject", SECRET * 21),
])
def test_every_bad_withdrawal_field_is_422_naming_it_and_withdraws_nothing(store, field,
                                                                           value):
    payable = example_payable(TODAY)
    send(store, "PUT", "/v1/payables", {"payables": [payable]})
    answer = send(store, "POST", "/v1/payables/withdraw",
                  {"payables": [identity(payable), identity(payable, **{field: value})]})
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error.startswith(f"payable 1: {field} must be ") and SECRET not in error
    assert listed(store, payable["notice_number"]) == 1  # the good one was not withdrawn


def test_withdrawal_items_that_are_no_objects_and_members_it_ignores(store):
    payable = example_payable(TODAY)
    send(store, "PUT", "/v1/payables", {"payables": [payable]})
    for item in ([identity(payable)], "x", None):
        answer = send(store, "POST", "/v1/payables/withdraw", {"payables": [item]})
        assert answer.json() == {"error": "payable 0: not an object"}
    # A whole payable (or one with members of its own) names it as well as its identity.
    answer = send(store, "POST", "/v1/payables/withdraw",
                  {"payables": [{**payable, "note": "\ud800"}]})
    assert answer.json() == {"withdrawn": 1} and listed(store, payable["notice_number"]) == 0


def test_every_registered_identity_passes_the_withdrawal_schema():
    data = example_payable(TODAY)
    assert PayableIdentity.model_validate(identity(data)).model_dump() == identity(data)


@pytest.fixture
def office(store, tmp_path):
    store.put_payables([example_payable(TODAY)], "core-01", TODAY)
    return create_app(store, tmp_path / "none.toml", payable_lookups=2)


def lookup(store, app, url: str, params: dict[str, str]):
    kiosk = InProcess(store, "kiosk-01")
    kiosk.app = app
    return kiosk.get(url, params=params)


NOTICE_RULE = "notice must be 1 to 64 characters, without control, format or bidi characters"
REF_RULE = "ref must be the number a lookup listed"


@pytest.mark.parametrize("notice", ["", "   ", "9" * 65, "2026\x00", "2026\x1b[2J",
                                    "\u202e2026", "2026\u200b", "2026\u2066"])
def test_a_malformed_notice_is_400_and_neither_counted_nor_audited(store, office, notice):
    for url in ("/v1/payables", "/v1/payables/1"):
        for _ in range(3):  # more than the limit of 2: none of them counts
            answer = lookup(store, office, url, {"notice": notice})
            assert (answer.status_code, answer.json()) == (400, {"error": NOTICE_RULE})
    assert LookupAudit(store).entries() == []
    number = example_payable(TODAY)["notice_number"]
    assert lookup(store, office, "/v1/payables", {"notice": f" {number} "}).status_code == 200


def test_a_missing_notice_is_400(store, office):
    assert lookup(store, office, "/v1/payables", {}).json() == {"error": NOTICE_RULE}


@pytest.mark.parametrize("ref", ["abc", "1e3", "１", "-1", "+1", "9" * 19, "1.0", "%00"])
def test_a_malformed_ref_is_400_answered_before_the_notice(store, office, ref):
    for notice in ("2026-000001", "\x00"):
        answer = lookup(store, office, f"/v1/payables/{ref}", {"notice": notice})
        assert (answer.status_code, answer.json()) == (400, {"error": REF_RULE})
    assert LookupAudit(store).entries() == []
