"""The kiosk's back-office payable source over an in-process fake back office (httpx
MockTransport): what it asks, that it checks every payable again, its one-line errors, and
which source a kiosk gets for its configuration."""

import dataclasses
import datetime as dt

import httpx
import pytest

from kiosk.payments import elqr
from kiosk.payments.example import example_payable
from kiosk.payments.payable import LocalFilePayableSource
from kiosk.payments.sources import (
    BackofficePayableSource,
    NoPayableSource,
    PayableLookupError,
    payable_source,
)
from kiosk.settings import BackofficeSettings, Settings

TODAY = dt.date(2026, 11, 23)
NOTICE = "2026-000001"


def source(handler, today=TODAY):
    requests = []

    def record(request):
        requests.append(request)
        return handler(request)

    factory = lambda: httpx.Client(transport=httpx.MockTransport(record))  # noqa: E731
    return BackofficePayableSource("https://backoffice.test", factory, today), requests


def answering(*payables, status=200):
    return lambda _request: httpx.Response(status, json={"payables": list(payables)})


def test_asks_for_the_notice_and_returns_checked_payables():
    found, requests = source(answering(example_payable(TODAY)))
    payables = found.payables(NOTICE)
    assert [p.notice_number for p in payables] == [NOTICE]
    assert payables[0].elqr_fields.amount == 12300 and payables[0].synthetic
    assert requests[0].method == "GET"
    assert requests[0].url.path == "/v1/payables"
    assert requests[0].url.params["notice"] == NOTICE


def test_an_altered_payable_is_refused_naming_the_rule():
    tampered = example_payable(TODAY)
    tampered["amounts"]["principal"] = 1  # the eL-QR still says 12,300 yen
    found, _ = source(answering(tampered))
    with pytest.raises(PayableLookupError) as caught:
        found.payables(NOTICE)
    message = str(caught.value)
    assert "amounts_total" in message and "invalid payable" in message
    assert "山田" not in message and "\n" not in message


def test_a_payable_for_another_notice_is_refused():
    found, _ = source(answering(example_payable(TODAY, serial=2)))
    with pytest.raises(PayableLookupError, match="another notice number"):
        found.payables(NOTICE)


def test_a_payable_expired_by_the_kiosks_clock_is_not_offered():
    data = example_payable(TODAY)
    deadline = elqr.parse(data["elqr"]).payment_deadline
    found, _ = source(answering(data), today=deadline + dt.timedelta(days=1))
    assert found.payables(NOTICE) == []


@pytest.mark.parametrize(("handler", "words"), [
    (answering(status=403), "HTTP 403"),
    (lambda _r: httpx.Response(200, text="<html>"), "malformed answer"),
    (lambda _r: httpx.Response(200, json={"payables": {"not": "a list"}}), "malformed answer"),
])
def test_refusals_and_bad_answers_are_one_line(handler, words):
    found, _ = source(handler)
    with pytest.raises(PayableLookupError) as caught:
        found.payables(NOTICE)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert "バックオフィス" in str(caught.value)


@pytest.mark.parametrize(("error", "words"), [
    (httpx.ConnectError("[Errno 111] Connection refused\nmore"), "cannot reach"),
    (httpx.ReadTimeout("read timed out"), "timed out"),
])
def test_transport_failures_are_one_line(error, words):
    def handler(request):
        raise error

    found, _ = source(handler)
    with pytest.raises(PayableLookupError) as caught:
        found.payables(NOTICE)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_the_source_follows_the_configuration(tmp_path):
    files = {name: tmp_path / name for name in ("ca.pem", "cert.pem", "key.pem")}
    office = BackofficeSettings("https://127.0.0.1:8443", *files.values())
    production = Settings(home=tmp_path, backoffice=office)
    demo_with_office = dataclasses.replace(production, demo=True)
    demo_alone = Settings(home=tmp_path, demo=True)
    assert isinstance(payable_source(production), BackofficePayableSource)
    assert isinstance(payable_source(demo_with_office), BackofficePayableSource)
    local = payable_source(demo_alone)
    assert isinstance(local, LocalFilePayableSource)
    assert local.directory == tmp_path / "payables"
    nothing = payable_source(Settings(home=tmp_path))
    assert isinstance(nothing, NoPayableSource)
    with pytest.raises(PayableLookupError, match="no payable source"):
        nothing.payables(NOTICE)
