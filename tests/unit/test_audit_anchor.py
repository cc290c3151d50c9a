"""The anchored audit log in process: the back office's head rules and endpoints (a certificate
name put into the scope as kiosk/backoffice/server.py does) and the kiosk's anchoring and checks
against them. The real mutual TLS and CLI are in tests/outbox/test_audit_anchor.py."""

import asyncio
import json
import sqlite3

import httpx
import pytest

from kiosk.backoffice.app import create_app
from kiosk.backoffice.audit_head_store import AuditHeadStore, HeadRefusedError, Presented
from kiosk.store import audit
from kiosk.store.anchor import (
    Anchor,
    Head,
    anchor_file,
    anchor_problem,
    chain_head,
    hash_at,
    remembered,
)
from kiosk.store.anchor_client import AnchorRefusedError, anchor_chain, fetch_anchor
from kiosk.store.sync import Answer, SyncError, sync_pass
from tests.support.outbox import make_outbox, submission

H = [f"{n:064x}" for n in range(1, 10)]  # stand-in hashes (never the genesis value)
BASE = "http://bo"


class SyncASGI(httpx.BaseTransport):
    """The kiosk's code takes a synchronous httpx client: each request runs the app in a loop."""

    def __init__(self, app):
        self.inner = httpx.ASGITransport(app=app)

    def handle_request(self, request):
        async def run():
            response = await self.inner.handle_async_request(request)
            return httpx.Response(response.status_code, headers=response.headers,
                                  content=await response.aread(), request=request)
        return asyncio.run(run())


def client_as(store, name):
    """A synchronous HTTP client to the real app, as the certificate ``name``."""
    app = create_app(store)

    async def with_name(scope, receive, send):
        scope["extensions"] = {**(scope.get("extensions") or {}), "tls": {"client_cn": name}}
        await app(scope, receive, send)
    return httpx.Client(transport=SyncASGI(with_name), base_url=BASE)


def head_rows(store):
    return AuditHeadStore(store).all()


# -- the back office's rules --------------------------------------------------------------------

def test_a_head_must_extend_the_anchored_one(store):
    heads = AuditHeadStore(store)
    assert heads.anchor("kiosk-01", Presented(Head(3, H[3]), None))["seq"] == 3  # first head
    assert heads.anchor("kiosk-01", Presented(Head(3, H[3]), None))["seq"] == 3  # unchanged
    moved = heads.anchor("kiosk-01", Presented(Head(5, H[5]), Head(3, H[3])))
    assert (moved["seq"], moved["hash"], moved["refused_at"]) == (5, H[5], None)
    for presented, reason in [
        (Presented(Head(4, H[4]), None), "backwards"),  # entries cut off
        (Presented(Head(0, audit.GENESIS), None), "backwards"),  # everything deleted
        (Presented(Head(5, H[6]), None), "rewritten"),  # same entry, another hash
        (Presented(Head(7, H[7]), Head(5, H[4])), "not_extending"),  # recomputed chain
    ]:
        with pytest.raises(HeadRefusedError) as refused:
            heads.anchor("kiosk-01", presented)
        assert refused.value.reason == reason and refused.value.anchored == Head(5, H[5])
        [row] = head_rows(store)
        assert (row["seq"], row["hash"]) == (5, H[5])  # the refused head was not stored …
        assert (row["refused_seq"], row["refused_reason"]) == (presented.head.seq, reason)


def test_a_missing_or_stale_base_is_asked_for_not_noted_as_a_refusal(store):
    heads = AuditHeadStore(store)
    heads.anchor("kiosk-01", Presented(Head(3, H[3]), None))
    for base in (None, Head(2, H[2])):
        with pytest.raises(HeadRefusedError) as refused:
            heads.anchor("kiosk-01", Presented(Head(6, H[6]), base))
        assert refused.value.reason == "base" and refused.value.anchored.seq == 3
    [row] = head_rows(store)
    assert row["seq"] == 3 and row["refused_at"] is None


def test_heads_are_kept_per_kiosk_and_can_be_forgotten(store):
    heads = AuditHeadStore(store)
    heads.anchor("kiosk-01", Presented(Head(3, H[3]), None))
    heads.anchor("kiosk-02", Presented(Head(1, H[1]), None))
    assert [row["kiosk_id"] for row in heads.all()] == ["kiosk-01", "kiosk-02"]
    assert heads.forget("kiosk-02")["seq"] == 1
    assert heads.head_of("kiosk-02") is None and heads.forget("kiosk-02") is None
    assert heads.anchor("kiosk-02", Presented(Head(0, audit.GENESIS), None))["seq"] == 0


# -- the endpoints ------------------------------------------------------------------------------

def _post(client, **body):
    return client.post("/v1/audit/head", json={"kiosk_id": "kiosk-01", "base": None, **body})


def test_a_kiosk_anchors_and_reads_only_its_own_head(store):
    with client_as(store, "kiosk-01") as kiosk, client_as(store, "kiosk-02") as other:
        assert _post(kiosk, seq=2, hash=H[2]).json()["anchored"]["seq"] == 2
        forged = other.post("/v1/audit/head", json={"kiosk_id": "kiosk-01", "seq": 9,
                                                     "hash": H[8], "base": None})
        assert forged.status_code == 403 and "kiosk_id" in forged.json()["error"]
        assert other.get("/v1/audit/head?kiosk_id=kiosk-01").status_code == 403
        assert other.get("/v1/audit/head").json() == {"kiosk_id": "kiosk-02", "head": None}
        mine = kiosk.get("/v1/audit/head").json()
    assert mine["kiosk_id"] == "kiosk-01" and mine["head"]["seq"] == 2
    assert [(r["kiosk_id"], r["seq"], r["refused_at"]) for r in head_rows(store)] == [
        ("kiosk-01", 2, None)]  # the forged head changed nothing


def test_going_backwards_is_409_with_the_reason(store):
    with client_as(store, "kiosk-01") as kiosk:
        _post(kiosk, seq=4, hash=H[4])
        refused = _post(kiosk, seq=3, hash=H[3])
        stale = _post(kiosk, seq=6, hash=H[6], base={"seq": 2, "hash": H[2]})
    assert refused.status_code == 409 and refused.json()["reason"] == "backwards"
    assert refused.json()["anchored_seq"] == 4
    assert stale.status_code == 409 and stale.json() == {
        "error": stale.json()["error"], "reason": "base", "anchored_seq": 4}


@pytest.mark.parametrize(("body", "status"), [
    (b'{"kiosk_id": "kiosk-01", "seq": 1e999, "hash": "' + H[1].encode() + b'"}', 422),
    (b'{"kiosk_id": "kiosk-01", "seq": NaN, "hash": "' + H[1].encode() + b'"}', 400),
    (b'{"kiosk_id": "kiosk-01", "seq": true, "hash": "' + H[1].encode() + b'"}', 422),
    (b'{"kiosk_id": "kiosk-01", "seq": -1, "hash": "' + H[1].encode() + b'"}', 422),
    (b'{"kiosk_id": "kiosk-01", "seq": 9007199254740993, "hash": "' + H[1].encode() + b'"}',
     422),
    (b'{"kiosk_id": "kiosk-01", "seq": 1, "hash": "' + b'AB' * 32 + b'"}', 422),
    (b'{"kiosk_id": "kiosk-01", "seq": 1, "hash": "' + audit.GENESIS.encode() + b'"}', 422),
    (b'{"kiosk_id": "kiosk-01", "seq": 0, "hash": "' + H[1].encode() + b'"}', 422),
    (b'{"kiosk_id": "kiosk-01", "seq": 2, "hash": "' + H[2].encode() + b'", "base": '
     b'{"seq": 3, "hash": "' + H[3].encode() + b'"}}', 422),  # a base after the head
    (b'{"kiosk_id": "kiosk-01", "seq": 2, "hash": "' + H[2].encode() + b'", "more": 1}', 422),
    (b'{"seq": 2, "hash": "' + H[2].encode() + b'"}', 422),
    (b'[1, 2]', 400), (b'{"kiosk_id": ', 400), (b'[' * 4000, 400),
    (b'{"kiosk_id": "kiosk-01", "pad": "' + b'x' * 5000 + b'"}', 413),
])
def test_a_malformed_head_is_refused_and_stores_nothing(store, body, status):
    with client_as(store, "kiosk-01") as kiosk:
        answer = kiosk.post("/v1/audit/head", content=body)
    assert answer.status_code == status, answer.text
    assert "error" in answer.json() and head_rows(store) == []


def test_core_lists_every_kiosk_head(store):
    with client_as(store, "kiosk-01") as kiosk, client_as(store, "core-01") as core:
        _post(kiosk, seq=2, hash=H[2])
        _post(kiosk, seq=1, hash=H[1])
        [head] = core.get("/v1/audit/heads").json()["heads"]
        assert kiosk.get("/v1/audit/heads").status_code == 403
    assert (head["kiosk_id"], head["seq"], head["refused_seq"]) == ("kiosk-01", 2, 1)
    assert head["refused_reason"] == "backwards"


# -- the kiosk against it -----------------------------------------------------------------------

def _logged(tmp_path, count=6):
    box = make_outbox(tmp_path)
    for index in range(count):
        audit.record(box.store, "print", "staff-7", {"form": f"f{index}"})
    return box


def _tamper(box, *statements):
    box.store.close()
    conn = sqlite3.connect(box.store.path)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()
    return make_outbox(box.store.path.parent)


def rewrite_whole_chain(box):
    """Every entry rewritten and every hash recomputed: the chain alone still verifies."""
    rows = box.store.read("SELECT seq, at, action, detail FROM audit ORDER BY seq")
    statements = [("DELETE FROM audit", ())]
    prev = audit.GENESIS
    for seq, at, action, detail in rows:
        digest = audit.entry_hash(seq, at, action, "intruder", detail, prev)
        statements.append(("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (seq, at, action, "intruder", detail, prev, digest)))
        prev = digest
    return _tamper(box, *statements)


def _anchor(box, store):
    with client_as(store, "kiosk-01") as http:
        return anchor_chain(box.store, http, BASE, "kiosk-01", box.keys.path)


def test_the_kiosk_anchors_its_head_and_remembers_it(tmp_path, store):
    box = _logged(tmp_path)
    anchor = _anchor(box, store)
    assert anchor.head == chain_head(box.store) == Head(6, hash_at(box.store, 6))
    assert remembered(box.keys.path).head == anchor.head
    assert anchor_file(box.keys.path).stat().st_mode & 0o777 == 0o600
    audit.record(box.store, "print", "staff-7", {"form": "again"})
    anchor_file(box.keys.path).unlink()  # lost: the back office names the base to send
    assert _anchor(box, store).head.seq == 7
    assert anchor_problem(box.store, anchor) is None


@pytest.mark.parametrize(("tampering", "problem"), [
    (lambda box: _tamper(box, ("DELETE FROM audit WHERE seq > 3", ())), "truncated"),
    (lambda box: _tamper(box, ("DELETE FROM audit", ())), "emptied"),
    (rewrite_whole_chain, "rewritten"),
])
def test_tampering_is_found_against_both_anchors_and_refused(tmp_path, store, tampering,
                                                             problem):
    box = _logged(tmp_path)
    _anchor(box, store)
    box = tampering(box)
    assert audit.verify(box.store).ok  # the chain by itself hides it
    with client_as(store, "kiosk-01") as http:
        anchors = [fetch_anchor(http, BASE, "kiosk-01"), remembered(box.keys.path)]
    for anchor in anchors:
        assert problem in anchor_problem(box.store, anchor)
    audit.record(box.store, "print", "staff-7", {"form": "later"})  # the log grows on
    with pytest.raises(AnchorRefusedError, match=r"refused audit head|has no entry"):
        _anchor(box, store)
    [row] = head_rows(store)
    assert row["seq"] == 6


def test_the_rewrite_is_named_by_entry_and_source(tmp_path):
    box = rewrite_whole_chain(_logged(tmp_path))
    stale = Anchor(Head(6, "ab" * 32), 0.0, "the back office")
    assert anchor_problem(box.store, stale) == (
        "監査ログが書き換えられています / audit log rewritten: entry 6 does not have the hash "
        "the back office anchored (1970-01-01T00:00:00Z)")
    assert anchor_problem(box.store, Anchor(Head(0, audit.GENESIS), 0.0, "x")) is None


def test_an_unreadable_local_record_is_no_anchor(tmp_path):
    key = tmp_path / "keys" / "outbox.key"
    key.parent.mkdir()
    for text in ("{", json.dumps({"seq": 1e999, "hash": H[1]}), json.dumps([1])):
        anchor_file(key).write_text(text)
        assert remembered(key) is None


# -- a sync pass ends by anchoring --------------------------------------------------------------

class FakeDelivery:
    """A BackofficeClient whose records go nowhere but whose anchor is the real back office."""

    def __init__(self, http, error=None):
        self.http, self.base_url, self.error = http, BASE, error

    def send(self, records):
        if self.error is not None:
            raise SyncError(self.error)
        return {record["key"]: Answer("stored") for record in records}


def test_a_sync_pass_anchors_the_head_with_its_own_entry(tmp_path, store):
    box = _logged(tmp_path)
    with client_as(store, "kiosk-01") as http:
        result = sync_pass(box, FakeDelivery(http), 10)
        assert result.anchored == chain_head(box.store).seq == 7  # the pass's "sync" entry
        box.enqueue_submission(submission())
        failed = sync_pass(box, FakeDelivery(http, "unreachable"), 10)
        assert (failed.anchored, failed.anchor_error) == (None, None)  # not even tried
        box = _tamper(box, ("DELETE FROM audit WHERE seq > 2", ()))
        refused = sync_pass(box, FakeDelivery(http), 10, respect_backoff=False)
    assert refused.anchor_refused and "refused audit head 3" in refused.anchor_error
    assert refused.error is None and refused.drained  # records still flow
    [row] = head_rows(store)
    assert (row["seq"], row["refused_seq"], row["refused_reason"]) == (7, 3, "backwards")
