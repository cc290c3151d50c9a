"""The shared queue's replica over the real QueueStore (in-process, SQLite): numbers, calling,
transfers, offline numbering, and that a stale board never undoes a local change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.backoffice.queue_store import QueueRequestError, QueueStore
from kiosk.queue.local_numbers import LocalNumbers, prefix_for
from kiosk.queue.shared import SharedTicketQueue
from kiosk.queue.tickets import Ticket, TicketState
from tests.support.shared_queue import pump_until, queue_store, replica, settled


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QueueStore]:
    store = queue_store(tmp_path)
    yield store
    store.store.close()


@pytest.fixture
def pair(store: QueueStore, tmp_path: Path
         ) -> Iterator[tuple[SharedTicketQueue, SharedTicketQueue]]:
    first, _ = replica(store, "kiosk-01", tmp_path)
    second, _ = replica(store, "kiosk-02", tmp_path)
    first.start()
    pump_until(first, lambda: settled(first))  # first reserves 001, the second 002
    second.start()
    pump_until(second, lambda: settled(second))
    yield first, second
    first.close()
    second.close()


def test_a_ticket_issued_on_one_terminal_is_called_on_the_other(pair) -> None:
    terminal, counter = pair
    ticket = terminal.issue(("juminhyo",), "self")
    assert ticket.label == "001"
    pump_until(counter, lambda: [t.label for t in counter.waiting()] == ["001"])
    answers: list[Ticket | None] = []
    counter.on_called = answers.append
    assert counter.call_next("1番窓口") is None and counter.pending
    pump_until(counter, lambda: bool(answers))
    assert answers[0] is not None and answers[0].label == "001" and not counter.pending
    pump_until(terminal, lambda: [(t.label, t.counter) for t in terminal.calling()]
               == [("001", "1番窓口")])


def test_call_next_with_nothing_waiting_answers_none(pair) -> None:
    _, counter = pair
    answers: list[Ticket | None] = []
    counter.on_called = answers.append
    counter.call_next("1番窓口")
    pump_until(counter, lambda: bool(answers))
    assert answers == [None] and not counter.pending


def test_transfer_sends_the_ticket_to_the_other_counter_only(pair, store: QueueStore) -> None:
    first, second = pair
    ticket = first.serve_walk_in("1番窓口")
    first.transfer(ticket, "2番窓口")
    pump_until(first, lambda: first._submitted == first._done)
    assert store.call_next("3番窓口") is None
    called = store.call_next("2番窓口")
    assert called is not None and called["label"] == ticket.label
    pump_until(second, lambda: [(t.label, t.state) for t in second.calling()]
               == [(ticket.label, TicketState.CALLED)])


def test_self_service_times_leave_the_ticket_waiting(pair, store: QueueStore) -> None:
    terminal, _ = pair
    ticket = terminal.issue(("juminhyo",), "self")
    terminal.record_service(ticket, "juminhyo", ticket.issued_at - dt.timedelta(minutes=5))
    pump_until(terminal, lambda: terminal._submitted == terminal._done)
    assert [t["state"] for t in store.board()["tickets"]] == ["waiting"]


def test_a_board_older_than_a_local_change_is_not_applied(pair, store: QueueStore) -> None:
    terminal, counter = pair
    ticket = terminal.issue((), "counter")
    pump_until(counter, lambda: len(counter.waiting()) == 1)
    mine = counter.waiting()[0]
    counter.no_show(mine)
    counter._apply_board(store.board(), counter._submitted - 1)  # a board from before
    assert mine.state is TicketState.NO_SHOW and ticket.label == mine.label
    pump_until(counter, lambda: counter._submitted == counter._done and not counter.tickets)


def test_offline_the_terminal_numbers_and_calls_its_own_range(store: QueueStore,
                                                             tmp_path: Path) -> None:
    queue, transport = replica(store, "kiosk-03", tmp_path)
    transport.up.clear()
    queue.start()
    try:
        pump_until(queue, lambda: queue.problem != "")
        assert queue.online is False and "cannot reach" in queue.problem
        own = queue.issue(("juminhyo",), "self")
        assert own.label == "03-001"
        assert queue.call_next("3番窓口") is own and own.state is TicketState.CALLED
        assert queue.call_next("3番窓口") is None  # nothing else of its own waits
        transport.up.set()
        pump_until(queue, lambda: settled(queue))
        assert [(t["label"], t["state"], t["counter"]) for t in store.board()["tickets"]] == [
            ("03-001", "called", "3番窓口")]
    finally:
        queue.close()


def test_a_call_next_in_flight_when_the_line_drops_falls_back(store: QueueStore,
                                                             tmp_path: Path) -> None:
    queue, transport = replica(store, "kiosk-04", tmp_path)
    queue.online = True  # it believes it is online; the first request finds out
    transport.up.clear()
    answers: list[Ticket | None] = []
    queue.on_called = answers.append
    assert queue.call_next("1番窓口") is None and queue.pending
    queue.start()
    try:
        pump_until(queue, lambda: bool(answers))
        assert answers == [None] and not queue.pending and queue.online is False
    finally:
        queue.close()


def test_local_numbers_survive_a_restart_the_same_day(tmp_path: Path) -> None:
    path = tmp_path / "queue-local.json"
    # a new LocalNumbers each time: an app restart between the tickets
    assert [LocalNumbers("03-", path).next("2026-12-01") for _ in range(2)] == [1, 2]
    numbers = LocalNumbers("03-", path)
    assert numbers.next("2026-12-01") == 3
    assert LocalNumbers("03-").next("2026-12-01") == 1  # without a file: memory only
    assert numbers.next("2026-12-02") == 1  # a new day starts again
    assert (prefix_for("kiosk-03"), prefix_for("counter 7!"), prefix_for("kiosk-")) == (
        "03-", "counter7-", "L-")


def test_the_store_refuses_bad_requests_in_one_line(store: QueueStore) -> None:
    with pytest.raises(QueueRequestError, match="unknown queue action"):
        store.act("001", "explode")
    with pytest.raises(QueueRequestError, match="invalid counter"):
        store.call_next("")
    with pytest.raises(QueueRequestError, match="invalid prefix"):
        store.issue("kiosk-01", {"channel": "self", "visit_id": "v", "prefix": "03-"})
    assert store.reserve() == 1 and store.issue(
        "kiosk-01", {"channel": "self", "visit_id": "v"})["label"] == "002"


def test_a_ticket_called_before_its_board_arrived_is_in_the_replica(store: QueueStore,
                                                                    tmp_path: Path) -> None:
    queue, _ = replica(store, "kiosk-05", tmp_path)  # not started: no board ever came
    store.issue("kiosk-02", {"procedures": ["juminhyo"], "channel": "self", "visit_id": "v9"})
    answer = store.call_next("5番窓口")
    answers: list[Ticket | None] = []
    queue.on_called = answers.append
    queue._called(answer, "5番窓口", False)
    assert [(t.label, t.counter, t.visit_id) for t in queue.calling()] == [
        ("001", "5番窓口", "v9")]
    assert answers == queue.calling()
    assert [kind for kind, _, _ in queue._sink.events] == ["ticket_called"]  # type: ignore[attr-defined]
    assert queue._submitted == 0  # the back office's own answer is not sent back to it
