"""One contract, two queues: what the in-process TicketQueue and the shared replica
(SharedTicketQueue against the real back office, on SQLite and PostgreSQL) both promise to the
windows that drive them — numbering, call-next order, recall, transfer, no-show,
start/finish and the board (waiting in order, calling newest first).

The shared queue answers call-next later (through ``pump()`` and ``on_called``) and learns
the others' changes from the board; ``Driver`` waits for that, so each test reads the same
for both."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.queue.client import QueueClient
from kiosk.queue.local_numbers import LocalNumbers
from kiosk.queue.shared import SharedTicketQueue
from kiosk.queue.tickets import MemorySink, Ticket, TicketQueue, TicketState
from kiosk.settings import BackofficeSettings
from tests.support.services import StartBackoffice
from tests.support.shared_queue import pump_until, settled

COUNTER, OTHER = "1番窓口", "2番窓口"


class Driver:
    """Drives either queue the way the GUI thread does and waits until it has settled."""

    def __init__(self, queue: TicketQueue) -> None:
        self.queue = queue

    def settle(self) -> None:
        if isinstance(self.queue, SharedTicketQueue):
            pump_until(self.queue, lambda: settled(self.queue))

    def until(self, condition: Callable[[], object]) -> None:
        """The condition holds now (in process) or once the back office's board says so."""
        if isinstance(self.queue, SharedTicketQueue):
            pump_until(self.queue, lambda: settled(self.queue) and condition())
        assert condition()

    def issue(self, *procedures: str) -> Ticket:
        ticket = self.queue.issue(procedures, "self")
        self.settle()  # the shared queue numbers the next ticket from a fresh reservation
        return ticket

    def call_next(self, counter: str = COUNTER) -> Ticket | None:
        answers: list[Ticket | None] = []
        self.queue.on_called = answers.append
        ticket = self.queue.call_next(counter)
        if self.queue.pending:
            pump_until(self.queue, lambda: bool(answers))
            ticket = answers[0]
        self.settle()
        return ticket

    def labels(self, tickets: list[Ticket]) -> list[str]:
        return [t.label for t in tickets]


@pytest.fixture(params=["in-process", "shared-sqlite", "shared-postgresql"])
def queue(request: pytest.FixtureRequest, tmp_path: Path, pki: Path,
          start_backoffice: StartBackoffice) -> Iterator[Driver]:
    if request.param == "in-process":
        yield Driver(TicketQueue(MemorySink()))
        return
    if request.param == "shared-sqlite":
        db_url = f"sqlite:///{tmp_path / 'backoffice.sqlite3'}"
    else:
        db_url = request.getfixturevalue("postgres").new_database()
    office = start_backoffice(db_url, pki)
    settings = BackofficeSettings(office.url, pki / "ca.pem", pki / "kiosk-01.pem",
                                  pki / "kiosk-01-key.pem", timeout_seconds=10)
    shared = SharedTicketQueue(MemorySink(), lambda: QueueClient(settings),
                               LocalNumbers("01-", tmp_path / "queue-local.json"),
                               refresh_seconds=0.05, retry_seconds=0.05)
    shared.start()
    driver = Driver(shared)
    driver.settle()
    yield driver
    shared.close()


def test_tickets_are_numbered_in_order_and_wait_in_that_order(queue: Driver) -> None:
    tickets = [queue.issue("juminhyo") for _ in range(3)]
    assert queue.labels(tickets) == ["001", "002", "003"]
    queue.until(lambda: queue.labels(queue.queue.waiting()) == ["001", "002", "003"])
    assert all(t.state is TicketState.WAITING for t in tickets)


def test_call_next_calls_the_oldest_waiting_ticket_then_none(queue: Driver) -> None:
    for _ in range(2):
        queue.issue("juminhyo")
    first = queue.call_next(COUNTER)
    second = queue.call_next(OTHER)
    assert first is not None and second is not None
    assert (first.label, first.state, first.counter) == ("001", TicketState.CALLED, COUNTER)
    assert (second.label, second.counter) == ("002", OTHER)
    assert queue.call_next(COUNTER) is None
    queue.until(lambda: queue.queue.waiting() == [])


def test_the_board_shows_the_newest_call_first(queue: Driver) -> None:
    for _ in range(3):
        queue.issue("juminhyo")
    queue.call_next(COUNTER)
    queue.call_next(OTHER)
    queue.until(lambda: queue.labels(queue.queue.calling()) == ["002", "001"]
                and queue.labels(queue.queue.waiting()) == ["003"])


def test_recall_calls_the_same_ticket_at_the_same_counter_again(queue: Driver) -> None:
    queue.issue("juminhyo")
    ticket = queue.call_next(COUNTER)
    assert ticket is not None
    queue.queue.recall(ticket)
    queue.settle()
    queue.until(lambda: [(t.label, t.state, t.counter) for t in queue.queue.calling()]
                == [("001", TicketState.CALLED, COUNTER)])


def test_a_transferred_ticket_waits_again_for_the_other_counter(queue: Driver) -> None:
    queue.issue("juminhyo")
    ticket = queue.call_next(COUNTER)
    assert ticket is not None
    queue.queue.transfer(ticket, OTHER)
    queue.settle()
    queue.until(lambda: [(t.label, t.state, t.counter) for t in queue.queue.waiting()]
                == [("001", TicketState.WAITING, OTHER)] and queue.queue.calling() == [])
    again = queue.call_next(OTHER)
    assert again is not None and (again.label, again.counter) == ("001", OTHER)


def test_a_no_show_leaves_the_board_and_is_not_called_again(queue: Driver) -> None:
    queue.issue("juminhyo")
    queue.issue("juminhyo")
    ticket = queue.call_next(COUNTER)
    assert ticket is not None
    queue.queue.no_show(ticket)
    queue.settle()
    queue.until(lambda: queue.queue.calling() == []
                and queue.labels(queue.queue.waiting()) == ["002"])
    following = queue.call_next(COUNTER)
    assert following is not None and following.label == "002"
    assert queue.call_next(COUNTER) is None


def test_start_and_finish_serve_the_ticket_then_clear_it(queue: Driver) -> None:
    queue.issue("juminhyo")
    ticket = queue.call_next(COUNTER)
    assert ticket is not None
    queue.queue.start_service(ticket, "juminhyo")
    queue.settle()
    queue.until(lambda: [(t.label, t.state) for t in queue.queue.calling()]
                == [("001", TicketState.SERVING)])
    queue.queue.end_service(ticket, "juminhyo")
    queue.queue.finish(ticket)
    queue.settle()
    queue.until(lambda: queue.queue.calling() == [] and queue.queue.waiting() == [])
    assert queue.call_next(COUNTER) is None
