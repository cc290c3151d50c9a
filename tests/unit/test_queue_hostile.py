"""The shared queue's endpoints under hostile input, in process (httpx's ASGI transport, the
certificate's common name put into the scope as kiosk/backoffice/server.py does): every body
and parameter checked against its schema (issue 17, H1), the ticket state machine (item 2),
numbers only from reservations or the terminal's own range (M6), a bad stored row that never
breaks the board; and a bounded fuzz: no 500, nothing stored on refusal, the board answers."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, insert, select

from kiosk.backoffice.app import create_app
from kiosk.backoffice.queue_store import (
    QueueRequestError,
    QueueStore,
    TicketNotFoundError,
    queue_reservations,
    queue_tickets,
)
from kiosk.backoffice.store import BackofficeStore, counters
from kiosk.queue.states import TRANSITIONS, TicketState
from kiosk.queue.tickets import MemorySink, TicketQueue
from kiosk.store.crypto import KeyRing
from tests.support.shared_queue import pump_until, replica, settled

FUZZ = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


class AppClient:
    """Blocking requests to the app in process; the header x-test-cn is the certificate."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="https://bo") as client:
                return await client.request(method, url, **kwargs)
        return asyncio.run(send())


class Terminal:
    """Requests from one certificate name, through the whole app."""

    def __init__(self, client: AppClient, name: str) -> None:
        self.client, self.name = client, name

    def post(self, path: str, body: Any = None, *, raw: bytes | None = None) -> Any:
        content = raw if raw is not None else json.dumps(body if body is not None else {},
                                                         ensure_ascii=False).encode()
        return self.client.post(f"/v1/queue{path}", content=content,
                                headers={"x-test-cn": self.name})

    def board(self, params: dict[str, str] | None = None) -> Any:
        return self.client.get("/v1/queue/board", params=params,
                               headers={"x-test-cn": self.name})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[BackofficeStore]:
    store = BackofficeStore(f"sqlite:///{tmp_path / 'bo.sqlite3'}",
                            KeyRing.load_or_create(tmp_path / "data.key"))
    yield store
    store.close()


@pytest.fixture
def http(store: BackofficeStore, tmp_path: Path) -> Iterator[AppClient]:
    app = create_app(store, tmp_path / "remote-access.toml")

    async def with_name(scope: Any, receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers") or [])
        name = headers.get(b"x-test-cn", b"").decode() or None
        scope["extensions"] = {**(scope.get("extensions") or {}), "tls": {"client_cn": name}}
        await app(scope, receive, send)

    yield AppClient(with_name)


@pytest.fixture
def k1(http: AppClient) -> Terminal:
    return Terminal(http, "kiosk-01")


@pytest.fixture
def k2(http: AppClient) -> Terminal:
    return Terminal(http, "kiosk-02")


def body(visit: str = "v1", **extra: Any) -> dict[str, Any]:
    return {"procedures": ["juminhyo"], "channel": "self", "visit_id": visit, **extra}


def stored(store: BackofficeStore) -> tuple[int, int, int]:
    """Tickets, reservations and counter rows: what a refused request must leave alone."""
    with store.engine.connect() as conn:
        return tuple(int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                     for t in (queue_tickets, queue_reservations, counters))  # type: ignore[return-value]


# -- H1: values checked at the boundary ----------------------------------------------------------
@pytest.mark.parametrize("raw", [
    b'{"procedures":[],"channel":"self","visit_id":"v","issued_at":1e999}',
    b'{"procedures":[],"channel":"self","visit_id":"v","issued_at":-1e999}',
    b'{"procedures":[],"channel":"self","visit_id":"v","issued_at":NaN}',
    b'{"procedures":[],"channel":"self","visit_id":"v","issued_at":Infinity}',
    b'{"procedures":[],"channel":"self","visit_id":"v","issued_at":true}',
    b'{"procedures":[],"channel":"self","visit_id":"v","issued_at":"1700000000"}',
    b'{"procedures":[],"channel":"self","visit_id":"v","issued_at":1' + b"0" * 400 + b"}",
])
def test_a_time_that_is_not_finite_is_refused_and_the_board_answers(
        k1: Terminal, k2: Terminal, store: BackofficeStore, raw: bytes) -> None:
    before = stored(store)
    answer = k1.post("/tickets", raw=raw)
    assert answer.status_code in (400, 422), answer.text
    assert "issued_at" in answer.json()["error"] or "JSON" in answer.json()["error"]
    assert stored(store) == before
    assert k2.board().status_code == 200
    assert k2.post("/call-next", {"counter": "1番窓口"}).json() == {"ticket": None}


@pytest.mark.parametrize("offset", [-3 * 86400, -86400 - 60, 3600, 10**9])
def test_a_time_far_from_the_servers_clock_is_refused(k1: Terminal, store: BackofficeStore,
                                                       offset: float) -> None:
    answer = k1.post("/tickets", body(issued_at=time.time() + offset))
    assert answer.status_code == 422 and "issued_at" in answer.json()["error"]
    assert stored(store)[0] == 0
    recent = k1.post("/tickets", body(issued_at=time.time() - 3 * 3600))  # offline this morning
    assert recent.status_code == 200, recent.text


@pytest.mark.parametrize(("path", "payload", "field"), [
    ("/call-next", {"counter": "1番\u202e窓口"}, "counter"),  # a bidi override
    ("/call-next", {"counter": "1番\x07窓口"}, "counter"),
    ("/call-next", {"counter": "\x85"}, "counter"),  # C1 control
    ("/call-next", {"counter": "窓" * 65}, "counter"),
    ("/call-next", {"counter": 7}, "counter"),
    ("/call-next", {"counter": "1番窓口", "extra": 1}, "unknown field: extra"),
    ("/tickets", body(procedures=["a"] * 31), "procedures"),
    ("/tickets", body(procedures=["x" * 65]), "procedures"),
    ("/tickets", body(procedures=["juminhyo\n"]), "procedures"),
    ("/tickets", body(visit="v" * 65), "visit_id"),
    ("/tickets", body(visit="v\u2066"), "visit_id"),
    ("/tickets", body(number=True), "number"),
    ("/tickets", body(number=7.0), "number"),
    ("/tickets", body(number=10**6), "number"),
    ("/tickets", body(number=-1), "number"),
    ("/tickets", body(number=1, prefix="01-\u202e"), "prefix"),
    ("/tickets", {"procedures": [], "channel": "self"}, "visit_id"),
    ("/reserve", {"number": 1}, "unknown field: number"),
    ("/tickets/001/recall", {"counter": "1番窓口", "state": "done"}, "unknown field: state"),
])
def test_bounded_strings_lists_and_fields(k1: Terminal, store: BackofficeStore, path: str,
                                          payload: Any, field: str) -> None:
    before = stored(store)
    answer = k1.post(path, payload)
    assert answer.status_code == 422, answer.text
    assert field in answer.json()["error"]
    assert "\n" not in answer.json()["error"]
    assert stored(store) == before


@pytest.mark.parametrize("raw", [
    b'{"counter":"\\ud800"}',  # a lone surrogate
    b'{"counter":"\xff"}',  # not UTF-8
    b"[" * 100_00 + b"]" * 100_00,  # deep nesting
    b"[]", b"null", b'"counter"', b"{",
])
def test_malformed_json_is_one_line_and_never_a_500(k1: Terminal, raw: bytes) -> None:
    answer = k1.post("/call-next", raw=raw)
    assert answer.status_code == 400, answer.text
    assert answer.json() == {"error": "JSONのオブジェクトが必要です / expected a JSON object"}


def test_a_large_body_is_refused_while_reading(k1: Terminal, http: AppClient) -> None:
    async def chunks() -> Any:  # no content-length: counted as it arrives
        for _ in range(8):
            yield b" " * 16384
    answer = http.post("/v1/queue/call-next", content=chunks(), headers={"x-test-cn": "kiosk-01"})
    assert answer.status_code == 413
    assert k1.post("/call-next", raw=b" " * (70 * 1024)).status_code == 413


def test_the_path_and_the_query_are_checked(k1: Terminal) -> None:
    assert k1.post("/tickets/001\u202e/finish", {}).status_code == 422
    assert k1.post("/tickets/" + "1" * 40 + "/finish", {}).status_code == 422
    answer = k1.post("/tickets/001/explode", {})
    assert answer.status_code == 422 and "unknown queue action" in answer.json()["error"]
    assert k1.board({"day": "2020-01-01"}).status_code == 422


# -- H1: a bad row already stored ------------------------------------------------------------
def put_row(store: BackofficeStore, label: str, **values: Any) -> None:
    now = time.time()
    row = {"day": QueueStore(store).board()["day"], "label": label, "number": 1, "prefix": "",
           "procedures": "juminhyo", "channel": "self", "state": "waiting", "counter": "",
           "visit_id": f"v-{label}", "kiosk_id": "kiosk-09", "issued_at": now,
           "called_at": None, "updated_at": now, **values}
    with store.engine.begin() as conn:
        conn.execute(insert(queue_tickets).values(**row))


@pytest.mark.expect_log("kiosk.backoffice.queue_rows", "WARNING",
                        r"^queue: stored ticket id 1 repaired \(bad issued_at\)$")
def test_an_infinite_stored_time_is_repaired_not_a_500(
        k1: Terminal, k2: Terminal, store: BackofficeStore,
        caplog: pytest.LogCaptureFixture) -> None:
    put_row(store, "001", issued_at=math.inf)
    caplog.set_level(logging.WARNING)
    for terminal in (k1, k2, k1):
        board = terminal.board()
        assert board.status_code == 200
        assert [t["label"] for t in board.json()["tickets"]] == ["001"]
        assert math.isfinite(board.json()["tickets"][0]["issued_at"])
    lines = [r.getMessage() for r in caplog.records if "stored ticket" in r.getMessage()]
    assert lines == ["queue: stored ticket id 1 repaired (bad issued_at)"]  # once, no values
    called = k2.post("/call-next", {"counter": "1番窓口"})
    assert called.status_code == 200 and called.json()["ticket"]["label"] == "001"
    assert all(math.isfinite(r["issued_at"]) for r in QueueStore(store).rows())  # stored fixed


@pytest.mark.expect_log("kiosk.backoffice.queue_rows", "WARNING",
                        r"^queue: stored ticket id 1 skipped \(bad channel\)$")
def test_a_stored_row_beyond_repair_is_set_aside(k1: Terminal, store: BackofficeStore) -> None:
    put_row(store, "001", channel="phone")
    put_row(store, "002", number=2, visit_id="v2")
    assert [t["label"] for t in k1.board().json()["tickets"]] == ["002"]
    called = k1.post("/call-next", {"counter": "1番窓口"}).json()["ticket"]
    assert called["label"] == "002"
    assert [(r["label"], r["state"]) for r in QueueStore(store).rows()] == [
        ("001", "no_show"), ("002", "called")]


# -- item 2: the state machine ---------------------------------------------------------------
def ticket_in(k1: Terminal, state: str) -> str:
    """A ticket of kiosk-01 brought into ``state`` through the API; its label."""
    label = str(k1.post("/tickets", body(f"v-{state}")).json()["label"])
    steps = {"waiting": [], "called": ["call"], "serving": ["call", "start"],
             "done": ["call", "finish"], "no_show": ["no_show"]}[state]
    for step in steps:
        assert k1.post(f"/tickets/{label}/{step}", {"counter": "1番窓口"}).status_code == 200
    return label


@pytest.mark.expect_log("kiosk.queue.tickets", "WARNING", r"is only possible from")  # refused
@pytest.mark.parametrize("state", [s.value for s in TicketState])
@pytest.mark.parametrize("action", sorted(TRANSITIONS))
def test_the_back_office_and_the_terminal_allow_the_same_moves(
        k1: Terminal, action: str, state: str) -> None:
    label = ticket_in(k1, state)
    answer = k1.post(f"/tickets/{label}/{action}", {"counter": "2番窓口"})
    sources, target = TRANSITIONS[action]
    assert TicketState(state) in sources or answer.status_code == 409
    if answer.status_code == 409:
        assert f"is {state}: {action} is only possible from" in answer.json()["error"]
    else:
        assert answer.status_code == 200 and answer.json()["state"] == target.value
    local = local_ticket(state)
    assert local_move(local, action) is (answer.status_code == 200)


def local_ticket(state: str) -> tuple[TicketQueue, Any]:
    queue = TicketQueue(MemorySink())
    ticket = queue.issue(("juminhyo",), "self")
    if state != "waiting":
        ticket.state = TicketState(state)
    return queue, ticket


def local_move(local: tuple[TicketQueue, Any], action: str) -> bool:
    queue, ticket = local
    events = len(queue._sink.events)  # type: ignore[attr-defined]
    moved = {"call": lambda: queue.call_next("2番窓口") is ticket,
             "recall": lambda: queue.recall(ticket),
             "start": lambda: queue.start_service(ticket, "juminhyo"),
             "finish": lambda: queue.finish(ticket),
             "no_show": lambda: queue.no_show(ticket),
             "transfer": lambda: queue.transfer(ticket, "2番窓口")}[action]()
    assert (len(queue._sink.events) > events) is bool(moved)  # type: ignore[attr-defined]
    return bool(moved)


def test_recall_only_from_called_with_the_reason(k1: Terminal, store: BackofficeStore) -> None:
    label = ticket_in(k1, "waiting")
    answer = k1.post(f"/tickets/{label}/recall", {"counter": "1番窓口"})
    assert answer.status_code == 409
    assert answer.json()["error"].endswith("is waiting: recall is only possible from called")
    assert [r["state"] for r in QueueStore(store).rows()] == ["waiting"]  # nothing changed


@pytest.mark.expect_log("kiosk.queue.shared", "WARNING", r"recall is only possible from called")
def test_a_refused_move_is_dropped_and_the_terminal_keeps_working(
        tmp_path: Path, store: BackofficeStore, caplog: pytest.LogCaptureFixture) -> None:
    queue_store = QueueStore(store)
    terminal, _ = replica(queue_store, "kiosk-01", tmp_path)
    terminal.start()
    try:
        pump_until(terminal, lambda: settled(terminal))
        ticket = terminal.serve_walk_in("1番窓口")  # sent as issue + call
        pump_until(terminal, lambda: terminal._submitted == terminal._done)
        queue_store.act(ticket.label, "finish")  # finished elsewhere behind its back
        caplog.set_level(logging.WARNING)
        assert terminal.recall(ticket)  # the replica still thinks it is called
        pump_until(terminal, lambda: terminal._submitted == terminal._done)
        assert any("recall is only possible from called" in r.getMessage()
                   for r in caplog.records)
        later = terminal.issue((), "counter")
        pump_until(terminal, lambda: terminal.online and any(
            t.label == later.label for t in terminal.waiting()) and settled(terminal))
        assert ticket not in terminal.tickets  # the board says it is done
    finally:
        terminal.close()


# -- M6: where numbers come from ---------------------------------------------------------------
def test_a_terminal_cannot_register_numbers_it_was_not_given(
        k1: Terminal, k2: Terminal, store: BackofficeStore) -> None:
    reserved = k1.post("/reserve", {}).json()["number"]
    before = stored(store)
    for terminal, number in ((k2, reserved), (k1, reserved + 1), (k2, 999)):
        answer = terminal.post("/tickets", body("v-steal", number=number))
        assert answer.status_code == 422, (terminal.name, number)
        assert "was not reserved by this terminal" in answer.json()["error"]
    answer = k2.post("/tickets", body("v-range", number=5, prefix="01-"))
    assert answer.status_code == 422 and "not this terminal's own range" in answer.json()["error"]
    assert stored(store) == before
    mine = k1.post("/tickets", body("v-mine", number=reserved))
    assert mine.status_code == 200 and mine.json()["label"] == f"{reserved:03d}"
    assert k1.post("/tickets", body("v-mine", number=reserved)).status_code == 200  # re-send
    assert k2.post("/tickets", body("v-own", number=5, prefix="02-")).json()["label"] == "02-005"
    assert k2.post("/tickets", body("v-next")).json()["label"] == f"{reserved + 1:03d}"


# -- fuzz --------------------------------------------------------------------------------------
TEXT = st.one_of(st.text(max_size=80), st.sampled_from(
    ["1番窓口", "", "\u202e", "\ud800", "x" * 70, "01-", "juminhyo"]))
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), TEXT,
    st.lists(TEXT, max_size=40))
KEYS = st.sampled_from(["procedures", "channel", "visit_id", "number", "prefix", "issued_at",
                        "counter", "extra"])
TICKET = {"procedures": ["juminhyo"], "channel": "self", "visit_id": "v-fuzz"}
COUNTER = {"counter": "1番窓口"}
VALID = {"/reserve": {}, "/tickets": TICKET, "/call-next": COUNTER,
         "/tickets/001/recall": COUNTER, "/tickets/001/call": COUNTER,
         "/tickets/01-001/finish": {}, "/tickets/x/start": {}}
PATHS = st.sampled_from(sorted(VALID))


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, Any]:
    """A path and a body: random, or the path's valid body with one field replaced."""
    path = draw(PATHS)
    if draw(st.booleans()):
        return path, draw(st.one_of(st.dictionaries(KEYS, VALUES, max_size=7), VALUES))
    return path, {**VALID[path], draw(KEYS): draw(VALUES)}


def encoded(value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    return text.encode("utf-8", "surrogatepass")


@FUZZ
@given(request=requests())
def test_fuzz_the_queue_endpoints(k1: Terminal, k2: Terminal, store: BackofficeStore,
                                  request: tuple[str, Any]) -> None:
    path, value = request
    before = stored(store)
    answer = k1.post(path, raw=encoded(value))
    assert answer.status_code < 500, answer.text
    assert isinstance(answer.json(), dict)
    if answer.status_code != 200:
        assert stored(store) == before
        assert "\n" not in answer.json()["error"]
    assert k2.board().status_code == 200
    assert k2.post("/call-next", {"counter": "9番窓口"}).status_code == 200


@FUZZ
@given(request=requests())
def test_fuzz_the_store_with_python_objects(store: BackofficeStore,
                                            request: tuple[str, Any]) -> None:
    """In process (the CLI, the tests' transport) the same schemas hold for real Python
    strings, lone surrogates included: only QueueRequestError escapes, nothing is stored."""
    queue = QueueStore(store)
    path, value = request
    before = stored(store)
    operation = {"/tickets": lambda: queue.issue("kiosk-01", value),
                 "/call-next": lambda: queue.call_next(value.get("counter")),
                 }.get(path, lambda: queue.act("001", "recall", value.get("counter")))
    if not isinstance(value, dict):
        return
    try:
        operation()
    except (QueueRequestError, TicketNotFoundError):
        assert stored(store) == before
    assert QueueStore(store).board()["day"]
