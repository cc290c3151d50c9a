"""Payable lookups in process (the CN put into the scope as kiosk/backoffice/server.py does; the
real mutual TLS is in tests/outbox/test_payables_lookup_limits.py): the sliding window per
certificate, 429 with Retry-After, an audit entry per answered lookup without payer data, the
masked list and the release of one payable, and the kiosk's side of both."""

import asyncio
import dataclasses
import datetime as dt
import json

import httpx
import pytest

from kiosk.backoffice.app import create_app
from kiosk.backoffice.lookups import LookupAudit, LookupLimiter
from kiosk.backoffice.store import BackofficeStore
from kiosk.payments.example import example_payable
from kiosk.payments.payable import payable_from_json
from kiosk.payments.sources import BackofficePayableSource, PayableLookupError
from kiosk.store.crypto import KeyRing

TODAY = dt.date.today()
PAYABLE = example_payable(TODAY)
NOTICE = PAYABLE["notice_number"]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_slides_per_caller():
    clock = Clock()
    limiter = LookupLimiter(3, 60, clock)
    assert [limiter.admit("kiosk-01") for _ in range(3)] == [0, 0, 0]
    assert limiter.admit("kiosk-01") == 60  # the oldest leaves the window in 60 s
    assert limiter.admit("kiosk-02") == 0  # another certificate has its own window
    clock.now += 20
    assert limiter.admit("kiosk-01") == 40  # a refused lookup does not count
    clock.now += 40
    assert limiter.admit("kiosk-01") == 0  # the first three have left the window
    assert limiter.admit("kiosk-01") == 0 and limiter.admit("kiosk-01") == 0
    assert limiter.admit("kiosk-01") > 0
    with pytest.raises(ValueError):
        LookupLimiter(0)


@pytest.fixture
def store(tmp_path):
    store = BackofficeStore(f"sqlite:///{tmp_path / 'bo.sqlite3'}",
                            KeyRing.load_or_create(tmp_path / "data.key"))
    store.put_payables([PAYABLE, example_payable(TODAY, serial=2)], "core-01", TODAY)
    yield store
    store.close()


def call(app, name, url, params=None):
    async def with_name(scope, receive, send):
        scope["extensions"] = {**(scope.get("extensions") or {}), "tls": {"client_cn": name}}
        await app(scope, receive, send)

    async def send():
        transport = httpx.ASGITransport(app=with_name)
        async with httpx.AsyncClient(transport=transport, base_url="https://bo") as client:
            return await client.get(url, params=params)
    return asyncio.run(send())


def test_the_list_is_masked_and_one_payable_is_released(store, tmp_path):
    app = create_app(store, tmp_path / "none.toml")
    listed = call(app, "kiosk-01", "/v1/payables", {"notice": NOTICE}).json()["payables"]
    assert len(listed) == 1 and listed[0]["payer_masked"] is True
    assert listed[0]["payer"] == {"name": "山田 ＊＊", "address": "デモ県デモ市＊＊＊"}
    assert "太郎" not in json.dumps(listed, ensure_ascii=False)
    ref = listed[0]["ref"]
    full = call(app, "kiosk-01", f"/v1/payables/{ref}", {"notice": NOTICE})
    assert full.status_code == 200 and full.json() == {"payable": PAYABLE}
    # A reference is no key without its notice number, and not a walk of its own.
    other = example_payable(TODAY, serial=2)["notice_number"]
    assert call(app, "kiosk-01", f"/v1/payables/{ref}", {"notice": other}).status_code == 404
    assert call(app, "kiosk-01", "/v1/payables/99999", {"notice": NOTICE}).status_code == 404
    for bad in ("abc", "1e3", "１", "9" * 19):
        assert call(app, "kiosk-01", f"/v1/payables/{bad}", {"notice": NOTICE}).status_code \
            == 400
    assert call(app, "core-01", f"/v1/payables/{ref}", {"notice": NOTICE}).status_code == 403


def test_every_answered_lookup_is_audited_without_payer_data(store, tmp_path):
    app = create_app(store, tmp_path / "none.toml")
    [item] = call(app, "kiosk-01", "/v1/payables", {"notice": NOTICE}).json()["payables"]
    call(app, "kiosk-02", "/v1/payables", {"notice": "2026-424242"})
    call(app, "kiosk-01", f"/v1/payables/{item['ref']}", {"notice": NOTICE})
    call(app, "kiosk-01", "/v1/payables/99999", {"notice": NOTICE})
    call(app, "kiosk-01", "/v1/payables", {"notice": ""})  # malformed: refused, not audited
    call(app, "core-01", "/v1/payables", {"notice": NOTICE})  # wrong role: not audited
    entries = LookupAudit(store).entries()
    assert [(e["caller"], e["kind"], e["notice_number"], e["payable_id"], e["found"])
            for e in entries] == [
        ("kiosk-01", "list", NOTICE, None, 1),
        ("kiosk-02", "list", "2026-424242", None, 0),
        ("kiosk-01", "release", NOTICE, int(item["ref"]), 1),
        ("kiosk-01", "release", NOTICE, 99999, 0)]
    assert all(abs(e["at"] - entries[0]["at"]) < 60 for e in entries)
    text = json.dumps(entries, ensure_ascii=False)
    assert "山田" not in text and "デモ市" not in text


def test_one_lookup_too_many_is_429_with_retry_after_and_stores_nothing(store, tmp_path):
    app = create_app(store, tmp_path / "none.toml", payable_lookups=3)
    for _ in range(2):
        assert call(app, "kiosk-01", "/v1/payables", {"notice": NOTICE}).status_code == 200
    ref = call(app, "kiosk-01", "/v1/payables", {"notice": NOTICE}).json()["payables"][0]["ref"]
    for url in ("/v1/payables", f"/v1/payables/{ref}"):  # the release counts too
        refused = call(app, "kiosk-01", url, {"notice": NOTICE})
        assert refused.status_code == 429
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        error = refused.json()["error"]
        assert "too many payable lookups" in error and "\n" not in error
        assert "山田" not in refused.text
    assert call(app, "kiosk-02", "/v1/payables", {"notice": NOTICE}).status_code == 200
    assert len(LookupAudit(store).entries()) == 4  # three from kiosk-01, one from kiosk-02


def source(handler, today=TODAY):
    factory = lambda: httpx.Client(transport=httpx.MockTransport(handler))  # noqa: E731
    return BackofficePayableSource("https://backoffice.test", factory, today)


def test_the_kiosk_masks_the_list_and_prints_only_what_is_released():
    masked_item = {**PAYABLE, "payer": {"name": "山田 ＊＊", "address": "デモ県デモ市＊＊＊"},
                   "payer_masked": True, "ref": "7"}
    asked = []

    def office(request):
        asked.append((request.url.path, request.url.params["notice"]))
        if request.url.path == "/v1/payables":
            return httpx.Response(200, json={"payables": [masked_item]})
        return httpx.Response(200, json={"payable": PAYABLE})
    found = source(office)
    [listed] = found.payables(NOTICE)
    assert listed.masked and listed.ref == "7" and listed.payer_name == "山田 ＊＊"
    full = found.printable(listed)
    assert not full.masked and full.payer_name == "山田　太郎"
    assert asked == [("/v1/payables", NOTICE), ("/v1/payables/7", NOTICE)]


def test_an_older_back_office_sending_the_full_payer_is_masked_by_the_kiosk():
    found = source(lambda _r: httpx.Response(200, json={"payables": [PAYABLE]}))
    [listed] = found.payables(NOTICE)
    assert listed.masked and listed.payer_name == "山田 ＊＊"
    with pytest.raises(PayableLookupError, match="pick the payable"):
        found.printable(listed)  # no ref: nothing to release


def test_a_released_payable_must_be_the_listed_one():
    other = example_payable(TODAY, late_fee=500)  # same identity, other codes
    found = source(lambda r: httpx.Response(200, json={"payable": other}))
    listed = payable_from_json(PAYABLE, TODAY)
    with pytest.raises(PayableLookupError, match="another payable"):
        found.printable(dataclasses.replace(listed, ref="3", masked=True))


def test_too_many_lookups_is_one_line_with_the_wait():
    found = source(lambda _r: httpx.Response(429, headers={"Retry-After": "17"},
                                             json={"error": "too many"}))
    with pytest.raises(PayableLookupError) as caught:
        found.payables(NOTICE)
    assert "17" in str(caught.value) and "too many lookups" in str(caught.value)
    assert "\n" not in str(caught.value)
