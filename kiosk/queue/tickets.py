"""Queue tickets for the counter: issue, call, recall, transfer, no-show, service start/end.

Every change is time-stamped into an event sink (the outbox in the app), which is the raw
data of 処理件数・処理時間・待ち時間. Plain Python: the staff window and the call display
are views of this object. The moves between states follow kiosk/queue/states.py, as in the back
office: a move the table does not allow is dropped and logged (the method answers False).
"""

from __future__ import annotations

import datetime as dt
import logging
import statistics
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.queue.states import TicketState as TicketState  # re-exported: the public name
from kiosk.queue.states import allowed, refusal

log = logging.getLogger(__name__)
DEFAULT_SERVICE_MINUTES = 8.0


class EventSink(Protocol):
    def record(self, kind: str, at: dt.datetime, data: dict[str, Any]) -> None:
        """Store one queue or visit event (durably, in the app)."""
        ...


@dataclass
class Ticket:
    number: int
    procedures: tuple[str, ...]
    channel: str  # counter, self, remote
    issued_at: dt.datetime
    state: TicketState = TicketState.WAITING
    counter: str = ""
    called_at: dt.datetime | None = None
    visit_id: str = ""
    prefix: str = ""  # a terminal's own range while the shared queue is offline ("03-")

    @property
    def label(self) -> str:
        return f"{self.prefix}{self.number:03d}"


@dataclass
class MemorySink:
    events: list[tuple[str, dt.datetime, dict[str, Any]]] = field(default_factory=list)

    def record(self, kind: str, at: dt.datetime, data: dict[str, Any]) -> None:
        self.events.append((kind, at, data))


class TicketQueue:
    """The in-process queue. The shared one (kiosk/queue/shared.py) is a subclass whose
    ``call_next`` may answer later: it then returns None with ``pending`` set, and the ticket
    arrives through ``on_called`` when ``pump()`` runs on the GUI thread."""

    shared = False
    pending = False
    online: bool | None = None  # None: no shared queue configured

    def __init__(self, sink: EventSink, clock: Callable[[], dt.datetime] | None = None,
                 first_number: int = 1) -> None:
        self._sink = sink
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self._next = first_number
        self.tickets: list[Ticket] = []
        self._service_minutes: list[float] = []
        self._started: dict[tuple[str, str], dt.datetime] = {}
        self.on_called: Callable[[Ticket | None], None] | None = None

    def pump(self) -> None:
        """Apply answers that arrived from elsewhere (nothing to do in process)."""

    def issue(self, procedures: tuple[str, ...], channel: str, visit_id: str = "") -> Ticket:
        ticket = Ticket(self._next, procedures, channel, self._clock(),
                        visit_id=visit_id or uuid.uuid4().hex)
        self._next += 1
        self.tickets.append(ticket)
        self._emit("ticket_issued", ticket, procedures=list(procedures))
        return ticket

    def waiting(self) -> list[Ticket]:
        return [t for t in self.tickets if t.state is TicketState.WAITING]

    def calling(self) -> list[Ticket]:
        """Tickets called and not yet finished, newest first: what the call display shows."""
        active = [t for t in self.tickets if t.state in (TicketState.CALLED, TicketState.SERVING)]
        return sorted(active, key=lambda t: t.called_at or t.issued_at, reverse=True)

    def call_next(self, counter: str) -> Ticket | None:
        waiting = self.waiting()
        if not waiting:
            return None
        return self._call(waiting[0], counter)

    def serve_walk_in(self, counter: str) -> Ticket:
        """A resident served at once without a ticket: issued and called in one go."""
        return self._call(self.issue((), "counter"), counter)

    def recall(self, ticket: Ticket) -> bool:
        if not self._may(ticket, "recall"):
            return False
        self._call(ticket, ticket.counter, "recall")
        return True

    def transfer(self, ticket: Ticket, counter: str) -> bool:
        if not self._may(ticket, "transfer"):
            return False
        ticket.state, ticket.counter = TicketState.WAITING, counter
        self._emit("ticket_transferred", ticket, to_counter=counter)
        return True

    def no_show(self, ticket: Ticket) -> bool:
        if not self._may(ticket, "no_show"):
            return False
        ticket.state = TicketState.NO_SHOW
        self._emit("ticket_no_show", ticket)
        return True

    def start_service(self, ticket: Ticket, procedure: str) -> bool:
        if not self._may(ticket, "start"):
            return False
        ticket.state = TicketState.SERVING
        self._started[(ticket.label, procedure)] = self._clock()
        self._emit("service_started", ticket, procedure=procedure)
        return True

    def end_service(self, ticket: Ticket, procedure: str) -> None:
        started = self._started.pop((ticket.label, procedure), None)
        if started is not None:
            self._service_minutes.append((self._clock() - started).total_seconds() / 60)
        self._emit("service_ended", ticket, procedure=procedure)

    def record_service(self, ticket: Ticket, procedure: str, started: dt.datetime) -> None:
        """A service that already happened (self-service: from the life event to the print)."""
        self._emit("service_started", ticket, at=started, procedure=procedure)
        self._service_minutes.append((self._clock() - started).total_seconds() / 60)
        self._emit("service_ended", ticket, procedure=procedure)

    def finish(self, ticket: Ticket) -> bool:
        if not self._may(ticket, "finish"):
            return False
        ticket.state = TicketState.DONE
        self._emit("ticket_done", ticket)
        return True

    def estimated_wait_minutes(self, ticket: Ticket) -> int:
        """People ahead × the median service time seen today (8 minutes before any)."""
        waiting = self.waiting()
        ahead = (waiting.index(ticket) if ticket in waiting
                 else sum(1 for t in waiting if t.number < ticket.number))
        per_person = (statistics.median(self._service_minutes) if self._service_minutes
                      else DEFAULT_SERVICE_MINUTES)
        return round(ahead * per_person)

    @staticmethod
    def _may(ticket: Ticket, action: str) -> bool:
        if allowed(action, ticket.state):
            return True
        log.warning("queue: %s", refusal(action, ticket.state, ticket.label))
        return False

    def _call(self, ticket: Ticket, counter: str, action: str = "call") -> Ticket:
        """``action``: a first ``call`` (from waiting) or a ``recall`` (already called)."""
        ticket.state, ticket.counter, ticket.called_at = TicketState.CALLED, counter, self._clock()
        self._emit("ticket_called", ticket, action=action, counter=counter)
        return ticket

    def _emit(self, kind: str, ticket: Ticket, at: dt.datetime | None = None, *,
              action: str = "", **data: Any) -> None:
        """``action``: the back office's name of the move (the shared queue sends it)."""
        payload = {"ticket": ticket.number, "channel": ticket.channel, "counter": ticket.counter,
                   "visit_id": ticket.visit_id, **data}
        self._sink.record(kind, at or self._clock(), payload)
