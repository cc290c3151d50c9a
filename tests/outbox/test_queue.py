"""The shared queue against the real back office (``kiosk backoffice serve``, mutual TLS), on
SQLite and PostgreSQL: terminals share numbers, never call the same ticket twice, see each
other's changes, keep the day's queue over a restart; the table holds no personal data."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select

from kiosk.backoffice.queue_store import queue_tickets
from kiosk.queue.client import QueueClient, QueueOffline, QueueRefused
from kiosk.queue.local_numbers import LocalNumbers
from kiosk.queue.shared import SharedTicketQueue
from kiosk.queue.tickets import MemorySink, TicketState
from kiosk.settings import BackofficeSettings
from tests.support.backoffice import Backoffice, configure_kiosk, run_kiosk

COUNTERS = ("1番窓口", "2番窓口")


def client(backoffice: Backoffice, name: str) -> QueueClient:
    pki = backoffice.pki
    return QueueClient(BackofficeSettings(backoffice.url, pki / "ca.pem", pki / f"{name}.pem",
                                          pki / f"{name}-key.pem", timeout_seconds=10))


def ticket_body(visit: str, channel: str = "self") -> dict[str, object]:
    return {"procedures": ["juminhyo"], "channel": channel, "visit_id": visit}


@pytest.fixture
def clients(backoffice: Backoffice) -> Iterator[tuple[QueueClient, QueueClient]]:
    a, b = client(backoffice, "kiosk-01"), client(backoffice, "kiosk-02")
    yield a, b
    a.close()
    b.close()


def test_two_terminals_share_the_days_numbers(clients: tuple[QueueClient, QueueClient]) -> None:
    a, b = clients
    labels = [c.issue(ticket_body(f"v{i}"))["label"] for i, c in enumerate((a, b, a, b))]
    reserved = b.reserve()
    assert labels == ["001", "002", "003", "004"]
    assert reserved == 5
    assert [t["label"] for t in a.board()["tickets"]] == labels


def test_concurrent_call_next_never_hands_out_a_ticket_twice(
        clients: tuple[QueueClient, QueueClient]) -> None:
    a, b = clients
    for i in range(12):
        a.issue(ticket_body(f"v{i}"))
    called: dict[str, list[str]] = {counter: [] for counter in COUNTERS}
    start = threading.Barrier(2)

    def counter_loop(queue: QueueClient, counter: str) -> None:
        start.wait(30)
        while (ticket := queue.call_next(counter)) is not None:
            called[counter].append(ticket["label"])

    threads = [threading.Thread(target=counter_loop, args=(c, n)) for c, n in zip(
        (a, b), COUNTERS, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    everything = called[COUNTERS[0]] + called[COUNTERS[1]]
    assert sorted(everything) == [f"{i:03d}" for i in range(1, 13)]
    assert len(set(everything)) == 12


def test_transfer_no_show_and_recall_reach_the_other_terminal(
        clients: tuple[QueueClient, QueueClient]) -> None:
    a, b = clients
    for i in range(3):
        a.issue(ticket_body(f"v{i}", "counter"))
    first = a.call_next("1番窓口")
    assert first is not None
    a.act(first["label"], "transfer", "2番窓口")
    # the transferred ticket waits for 2番窓口 only: 1番窓口 gets the next one
    assert (a.call_next("1番窓口") or {})["label"] == "002"
    assert (b.call_next("2番窓口") or {})["label"] == "001"
    a.act("002", "no_show")
    b.act("001", "recall", "2番窓口")
    board = b.board()
    assert [(t["label"], t["state"], t["counter"]) for t in board["tickets"]] == [
        ("001", "called", "2番窓口"), ("003", "waiting", "")]
    assert board["waiting"] == 1
    assert [t["label"] for t in board["calling"]] == ["001"]


def test_refused_requests_say_why_in_one_line(clients: tuple[QueueClient, QueueClient]) -> None:
    a, _ = clients
    with pytest.raises(QueueRefused, match="no ticket 999 today"):
        a.act("999", "finish")
    with pytest.raises(QueueRefused, match="channel must be"):
        a.issue({"procedures": [], "channel": "phone", "visit_id": "v"})
    a.issue({**ticket_body("v1"), "number": 7, "prefix": "01-"})
    with pytest.raises(QueueRefused, match="already taken"):
        a.issue({**ticket_body("v2"), "number": 7, "prefix": "01-"})


def test_a_restart_keeps_the_days_queue(backoffice: Backoffice) -> None:
    a = client(backoffice, "kiosk-01")
    a.issue(ticket_body("v1"))
    a.issue(ticket_body("v2"))
    a.call_next("1番窓口")
    a.close()
    backoffice.stop()
    backoffice.start()
    b = client(backoffice, "kiosk-02")
    try:
        assert [(t["label"], t["state"]) for t in b.board()["tickets"]] == [
            ("001", "called"), ("002", "waiting")]
        assert b.issue(ticket_body("v3"))["label"] == "003"
    finally:
        b.close()


def test_the_queue_table_holds_no_personal_data(backoffice: Backoffice) -> None:
    a = client(backoffice, "kiosk-01")
    try:
        a.issue(ticket_body("visit-1"))
    finally:
        a.close()
    engine = create_engine(backoffice.db_url)
    try:
        columns = {c["name"] for c in inspect(engine).get_columns("queue_tickets")}
        with engine.connect() as conn:
            row = conn.execute(select(queue_tickets)).mappings().one()
    finally:
        engine.dispose()
    assert columns == {"id", "day", "label", "number", "prefix", "procedures", "channel",
                       "state", "counter", "visit_id", "kiosk_id", "issued_at", "called_at",
                       "updated_at"}
    assert (row["procedures"], row["visit_id"], row["kiosk_id"]) == (
        "juminhyo", "visit-1", "kiosk-01")


def test_only_terminals_may_use_the_queue(backoffice: Backoffice) -> None:
    response = backoffice.core_get("/v1/queue/board")
    assert response.status_code == 403


def shared(backoffice: Backoffice, name: str, home: Path) -> SharedTicketQueue:
    pki = backoffice.pki
    settings = BackofficeSettings(backoffice.url, pki / "ca.pem", pki / f"{name}.pem",
                                  pki / f"{name}-key.pem", timeout_seconds=5)
    return SharedTicketQueue(MemorySink(), lambda: QueueClient(settings),
                             LocalNumbers(name.removeprefix("kiosk-") + "-", home / name),
                             refresh_seconds=0.1, retry_seconds=0.1)


def pump_until(queue: SharedTicketQueue, done: object, limit: int = 3000) -> None:
    """Pump the replica like the GUI does until ``done()`` (bounded: the test fails, not hangs)."""
    event = threading.Event()
    for _ in range(limit):
        queue.pump()
        if done():  # type: ignore[operator]
            return
        event.wait(0.01)
    raise AssertionError("the shared queue did not get there")


def test_a_self_service_ticket_is_called_at_a_counter(backoffice: Backoffice,
                                                      tmp_path: Path) -> None:
    terminal = shared(backoffice, "kiosk-01", tmp_path)
    counter = shared(backoffice, "kiosk-02", tmp_path)
    terminal.start()
    try:
        pump_until(terminal, lambda: terminal.online and terminal._reserved is not None)
        counter.start()  # after the terminal's reservation, so the numbers are predictable
        ticket = terminal.issue(("juminhyo",), "self")
        assert ticket.label == "001"
        pump_until(counter, lambda: counter.online and len(counter.waiting()) == 1)
        answers: list[object] = []
        counter.on_called = answers.append
        assert counter.call_next("1番窓口") is None and counter.pending
        pump_until(counter, lambda: bool(answers))
        called = answers[0]
        assert called is counter.tickets[0]
        assert (counter.tickets[0].label, counter.tickets[0].state) == ("001", TicketState.CALLED)
        kinds = [kind for kind, _, _ in counter._sink.events]  # type: ignore[attr-defined]
        assert kinds == ["ticket_called"]  # the counter's own outbox gets its own events
        pump_until(terminal, lambda: terminal.calling() and
                   terminal.calling()[0].counter == "1番窓口")
    finally:
        terminal.close()
        counter.close()


def test_offline_terminal_numbers_its_own_range_and_delivers_later(
        backoffice: Backoffice, tmp_path: Path) -> None:
    backoffice.stop()
    terminal = shared(backoffice, "kiosk-03", tmp_path)
    terminal.start()
    try:
        pump_until(terminal, lambda: terminal.problem != "")
        assert terminal.online is False
        own = terminal.issue(("juminhyo",), "self")
        walk_in = terminal.issue((), "counter")
        assert (own.label, walk_in.label) == ("03-001", "03-002")
        called = terminal.call_next("3番窓口")
        assert called is own and not terminal.pending  # offline: at once, from its own range
        backoffice.start()
        pump_until(terminal, lambda: terminal.online and terminal._submitted == terminal._done)
        other = client(backoffice, "kiosk-04")
        try:
            board = other.board()
            assert [(t["label"], t["state"], t["counter"]) for t in board["tickets"]] == [
                ("03-001", "called", "3番窓口"), ("03-002", "waiting", "")]
            assert (other.call_next("1番窓口") or {})["label"] == "03-002"
        finally:
            other.close()
    finally:
        terminal.close()


def test_the_client_reports_an_unreachable_back_office(backoffice: Backoffice) -> None:
    backoffice.stop()
    a = client(backoffice, "kiosk-01")
    try:
        with pytest.raises(QueueOffline, match="cannot reach the back office"):
            a.board()
    finally:
        a.close()


def test_cli_board_shows_the_shared_queue(backoffice: Backoffice, tmp_path: Path) -> None:
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, backoffice.pki, "kiosk-05")
    a = client(backoffice, "kiosk-01")
    try:
        a.issue(ticket_body("v1"))
        a.call_next("1番窓口")
        a.issue(ticket_body("v2", "counter"))
    finally:
        a.close()
    result = run_kiosk(env, "queue", "board", "--json")
    assert result.returncode == 0, result.stderr
    board = json.loads(result.stdout)
    assert [(t["label"], t["state"], t["counter"]) for t in board["tickets"]] == [
        ("001", "called", "1番窓口"), ("002", "waiting", "")]
    assert board["waiting"] == 1
    text = run_kiosk(env, "queue", "board")
    assert "waiting: 1" in text.stdout and "1番窓口" in text.stdout
    backoffice.stop()
    down = run_kiosk(env, "queue", "board")
    assert down.returncode == 1 and "Traceback" not in down.stderr
    assert down.stderr.strip().count("\n") == 0 and "cannot reach the back office" in down.stderr


def test_cli_board_without_a_back_office_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "kiosk")}
    result = run_kiosk(env, "queue", "board")
    assert result.returncode == 2 and "no [backoffice] configured" in result.stderr


def test_the_call_display_needs_the_shared_queue(tmp_path: Path) -> None:
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "kiosk"), "QT_QPA_PLATFORM": "offscreen"}
    result = run_kiosk(env, "app", "--mode", "display")
    assert result.returncode == 2 and "the call display needs the shared queue" in result.stderr
    assert "Traceback" not in result.stderr
