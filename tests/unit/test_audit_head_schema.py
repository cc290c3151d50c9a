"""The audit anchor's boundary (kiosk/backoffice/audit_head_schema.py) in process: every bad
member of ``POST /v1/audit/head`` and of its ``GET`` query is refused with the documented 4xx
and a reason that names the field (never its value), never a 500, and nothing is stored; a body
is limited while it streams in. The head rules themselves are in test_audit_anchor.py."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kiosk.backoffice.audit_head_store import AuditHeadStore
from kiosk.store.anchor import MAX_SEQ
from kiosk.store.audit import GENESIS
from tests.support.inprocess import InProcess

H = [f"{n:064x}" for n in range(1, 10)]
SECRET = "秘密"  # put into values: a reason must never echo one


def head(**changes: Any) -> dict[str, Any]:
    return {"kiosk_id": "kiosk-01", "seq": 2, "hash": H[2], "base": None, **changes}


def without(name: str) -> dict[str, Any]:
    return {k: v for k, v in head().items() if k != name}


def post(store, body: Any, name: str = "kiosk-01"):
    content = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8",
                                                                          "surrogatepass")
    return InProcess(store, name).post("/v1/audit/head", content=content)


@pytest.mark.parametrize(("body", "field"), [
    (head(seq=2.0), "seq"),  # a float, even a whole one
    (head(seq="2"), "seq"),  # a string of digits
    (head(seq=True), "seq"),
    (head(seq=None), "seq"),
    (head(seq=-1), "seq"),
    (head(seq=MAX_SEQ + 1), "seq"),
    (head(seq=10**400), "seq"),
    (without("seq"), "seq"),
    (head(hash="AB" * 32), "hash"),  # upper case
    (head(hash=H[2][:63]), "hash"),
    (head(hash=H[2] + "0"), "hash"),
    (head(hash=2), "hash"),
    (head(hash=SECRET * 32), "hash"),
    (head(hash=GENESIS), "hash"),  # the genesis value is only the empty chain's
    (head(seq=0), "hash"),  # and the empty chain has no other
    (without("hash"), "hash"),
    (without("kiosk_id"), "kiosk_id"),
    (head(kiosk_id=""), "kiosk_id"),
    (head(kiosk_id="k" * 65), "kiosk_id"),
    (head(kiosk_id="kiosk-01\u202e"), "kiosk_id"),
    (head(kiosk_id="kiosk-01\x00"), "kiosk_id"),
    (head(kiosk_id="kiosk\ud800"), "kiosk_id"),  # a lone surrogate
    (head(kiosk_id=["kiosk-01"]), "kiosk_id"),
    (head(base=[]), "base"),
    (head(base="1"), "base"),
    (head(base={"seq": 3, "hash": H[3]}), "base"),  # after the head
    (head(base={"seq": 1}), "base.hash"),
    (head(base={"seq": "1", "hash": H[1]}), "base.seq"),
    (head(base={"seq": 1, "hash": GENESIS}), "base.hash"),
    (head(base={"seq": 1, "hash": H[1], "more": 1}), "base.more"),
    (head(base=json.loads("[" * 500 + "]" * 500)), "base"),  # nested, within the 4 KiB
    (head(more=SECRET), "more"),
    (head(**{SECRET: 1}), "*"),  # an unknown member's name is not echoed either
])
def test_every_bad_member_is_422_naming_the_field_and_stores_nothing(store, body, field):
    answer = post(store, body)
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error.startswith(f"{field}:") and "\n" not in error, error
    assert SECRET not in error and "kiosk-01" not in error
    assert AuditHeadStore(store).all() == []


def test_the_same_head_without_the_fault_is_anchored(store):
    """The cases above fail by their one fault: the head they were made from is good."""
    assert post(store, head(base={"seq": 1, "hash": H[1]})).status_code == 200
    assert post(store, head(seq=3, hash=H[3], base={"seq": 2, "hash": H[2]})).json()[
        "anchored"]["seq"] == 3
    assert post(store, without("base")).status_code == 409  # valid, but behind the anchor


def test_a_valid_head_in_another_terminals_name_is_403(store):
    assert post(store, head(), name="kiosk-02").status_code == 403
    assert AuditHeadStore(store).all() == []


@pytest.mark.parametrize(("body", "status"), [
    (b'{"kiosk_id": "kiosk-01", "seq": Infinity, "hash": "' + H[1].encode() + b'"}', 400),
    (b'{"kiosk_id": "kiosk-01", "seq": -Infinity, "hash": "' + H[1].encode() + b'"}', 400),
    (b'\xff\xfe{}', 400),  # not UTF-8
    (b'"a head"', 400), (b'null', 400), (b'', 400),
    (b'{"kiosk_id": "kiosk-01", "seq": 1e999, "hash": "' + H[1].encode() + b'"}', 422),
])
def test_what_is_no_json_object_is_400_and_infinity_in_number_form_422(store, body, status):
    answer = post(store, body)
    assert answer.status_code == status, answer.text
    assert AuditHeadStore(store).all() == []


def test_a_body_is_limited_while_it_streams_in(store):
    """No Content-Length to refuse up front: the limit is counted chunk by chunk."""
    sent = []

    async def chunks():
        for _ in range(64):
            sent.append(1)
            yield b" " * 1024
    answer = InProcess(store, "kiosk-01").post("/v1/audit/head", content=chunks())
    assert answer.status_code == 413 and answer.json() == {"error": "body too large"}
    assert len(sent) < 64  # refused before the rest was read


@pytest.mark.parametrize("kiosk_id", ["", "k" * 65, "kiosk-01\u202e", "kiosk-01\x1b",
                                      "kiosk-01\u200b"])
def test_a_query_kiosk_id_that_is_no_name_is_422_naming_it(store, kiosk_id):
    answer = InProcess(store, "kiosk-01").get("/v1/audit/head", params={"kiosk_id": kiosk_id})
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"].startswith("kiosk_id:")


def test_the_query_may_name_only_the_caller_and_other_parameters_are_ignored(store):
    kiosk = InProcess(store, "kiosk-01")
    assert kiosk.get("/v1/audit/head", params={"kiosk_id": "kiosk-02"}).status_code == 403
    for params in ({}, {"kiosk_id": "kiosk-01"}, {"kiosk_id": "kiosk-01", "page": "x\x00"}):
        assert kiosk.get("/v1/audit/head", params=params).json() == {
            "kiosk_id": "kiosk-01", "head": None}
