"""The shared queue under hostile input, against the real back office (``kiosk backoffice
serve``, mutual TLS) on SQLite and PostgreSQL (issue 17): an infinite time is refused and a bad
row already stored never stops the board or call-next (H1); the state machine answers 409 with
the reason and the terminal keeps working (item 2); a terminal registers only the numbers it
was given or its own offline range (M6); a bounded fuzz: no 500, the board answers."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, insert, select

from kiosk.backoffice.queue_store import queue_tickets, today
from kiosk.queue.client import QueueClient, QueueRefused
from kiosk.settings import BackofficeSettings
from tests.support.backoffice import Backoffice
from tests.support.net import client_context


def client(backoffice: Backoffice, name: str) -> QueueClient:
    pki = backoffice.pki
    return QueueClient(BackofficeSettings(backoffice.url, pki / "ca.pem", pki / f"{name}.pem",
                                          pki / f"{name}-key.pem", timeout_seconds=10))


def ticket_body(visit: str) -> dict[str, object]:
    return {"procedures": ["juminhyo"], "channel": "self", "visit_id": visit}


class Raw:
    """Raw requests from one terminal's certificate (bodies httpx's json= would not send)."""

    def __init__(self, backoffice: Backoffice, name: str) -> None:
        self.url = f"{backoffice.url}/v1/queue"
        self.http = httpx.Client(verify=client_context(backoffice.pki, name), timeout=30)

    def post(self, path: str, raw: bytes) -> httpx.Response:
        return self.http.post(f"{self.url}{path}", content=raw,
                              headers={"content-type": "application/json"})

    def board(self) -> httpx.Response:
        return self.http.get(f"{self.url}/board")


@pytest.fixture
def raw(backoffice: Backoffice) -> Iterator[Raw]:
    terminal = Raw(backoffice, "kiosk-01")
    yield terminal
    terminal.http.close()


@pytest.fixture
def other(backoffice: Backoffice) -> Iterator[QueueClient]:
    terminal = client(backoffice, "kiosk-02")
    yield terminal
    terminal.close()


def count_tickets(backoffice: Backoffice) -> int:
    engine = create_engine(backoffice.db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(queue_tickets)).scalar_one())
    finally:
        engine.dispose()


def test_an_infinite_issued_at_is_refused_and_the_queue_goes_on(
        backoffice: Backoffice, raw: Raw, other: QueueClient) -> None:
    for stamp in (b"1e999", b"-1e999", b"NaN", b"Infinity"):
        answer = raw.post("/tickets", b'{"procedures":["juminhyo"],"channel":"self",'
                                      b'"visit_id":"v1","issued_at":' + stamp + b"}")
        assert answer.status_code in (400, 422), answer.text
        assert "\n" not in answer.json()["error"]
    assert count_tickets(backoffice) == 0
    assert other.board()["tickets"] == []
    other.issue(ticket_body("v2"))
    assert (other.call_next("1番窓口") or {})["label"] == "001"


def test_a_bad_row_already_stored_does_not_stop_the_board(
        backoffice: Backoffice, raw: Raw, other: QueueClient) -> None:
    """As the old back office stored 1e999: the board and call-next answer for everyone."""
    now = time.time()
    row = {"day": today(), "number": 1, "prefix": "", "procedures": "juminhyo",
           "channel": "self", "state": "waiting", "counter": "", "kiosk_id": "kiosk-09",
           "called_at": None, "updated_at": now}
    engine = create_engine(backoffice.db_url)
    try:
        with engine.begin() as conn:
            conn.execute(insert(queue_tickets).values(
                **row, label="001", visit_id="v1", issued_at=math.inf))
            conn.execute(insert(queue_tickets).values(
                **{**row, "channel": "phone"}, label="002", visit_id="v2", issued_at=now))
            conn.execute(insert(queue_tickets).values(
                **row, label="003", visit_id="v3", issued_at=now))
    finally:
        engine.dispose()
    for _ in range(2):
        board = raw.board()
        assert board.status_code == 200, board.text
        assert [t["label"] for t in board.json()["tickets"]] == ["001", "003"]
    assert math.isfinite(other.board()["tickets"][0]["issued_at"])
    assert (other.call_next("1番窓口") or {})["label"] == "001"
    assert (other.call_next("1番窓口") or {})["label"] == "003"  # 002 set aside, not handed out
    assert other.call_next("1番窓口") is None


def test_moves_the_state_does_not_allow_are_409_with_the_reason(
        backoffice: Backoffice, other: QueueClient) -> None:
    label = other.issue(ticket_body("v1"))["label"]
    with pytest.raises(QueueRefused, match="is waiting: recall is only possible from called"):
        other.act(label, "recall", "1番窓口")
    with pytest.raises(QueueRefused, match="is waiting: start is only possible from called"):
        other.act(label, "start")
    assert other.act(label, "call", "1番窓口")["state"] == "called"
    assert other.act(label, "start")["state"] == "serving"
    assert other.act(label, "finish")["state"] == "done"
    with pytest.raises(QueueRefused, match="is done: transfer"):
        other.act(label, "transfer", "2番窓口")
    response = httpx.post(f"{backoffice.url}/v1/queue/tickets/{label}/no_show", json={},
                          verify=client_context(backoffice.pki, "kiosk-02"))
    assert response.status_code == 409 and response.json()["error"].count("\n") == 0
    assert other.board()["tickets"] == []


def test_a_terminal_registers_only_numbers_it_was_given(
        backoffice: Backoffice, other: QueueClient) -> None:
    mine = client(backoffice, "kiosk-01")
    try:
        reserved = mine.reserve()
        for number in (reserved, reserved + 1, 500):  # another's, a future one, a far one
            with pytest.raises(QueueRefused, match="was not reserved by this terminal"):
                other.issue({**ticket_body("v-steal"), "number": number})
        with pytest.raises(QueueRefused, match="not this terminal's own range"):
            other.issue({**ticket_body("v-steal"), "number": 1, "prefix": "01-"})
        assert count_tickets(backoffice) == 0
        # the terminals whose numbers were targeted register them as usual
        assert mine.issue({**ticket_body("v1"), "number": reserved})["label"] == "001"
        assert mine.issue({**ticket_body("v2"), "number": 1, "prefix": "01-"})["label"] == \
            "01-001"
        assert other.issue(ticket_body("v3"))["label"] == "002"
    finally:
        mine.close()


def test_control_and_bidi_characters_are_refused_not_echoed(raw: Raw) -> None:
    for counter in ("1番\u202e窓口", "1番\x1b[31m窓口", "窓" * 65):
        answer = raw.post("/call-next", json.dumps({"counter": counter}).encode())
        assert answer.status_code == 422
        assert answer.json() == {"error": "counter が不正です / invalid counter"}
    assert raw.post("/call-next", b'{"counter":"\\udc00"}').status_code == 400
    assert raw.post("/call-next", b" " * (65 * 1024)).status_code == 413
    assert raw.post("/call-next", b"[" * 50_000).status_code == 400


FUZZ = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-(10**20), 10**20),
                   st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
                   st.lists(st.text(max_size=10), max_size=5))
BODIES = st.dictionaries(st.sampled_from(["procedures", "channel", "visit_id", "number",
                                          "prefix", "issued_at", "counter"]), VALUES,
                         max_size=6)


@FUZZ
@given(path=st.sampled_from(["/tickets", "/call-next", "/tickets/001/recall", "/reserve"]),
       body=BODIES)
def test_fuzz_over_mutual_tls(raw: Raw, other: QueueClient, path: str,
                              body: dict[str, Any]) -> None:
    answer = raw.post(path, json.dumps(body).encode())
    assert answer.status_code < 500, answer.text
    assert other.board()["day"]
