"""The building's queue on a terminal: a local replica of the back office's queue.

The widgets read ``tickets`` (the TicketQueue model) on the GUI thread; a worker thread owns
the network. Each local change is applied at once (the clerk's own ticket), written into this
kiosk's outbox as before, and queued as an operation the worker sends in order. ``call_next``
is the one answer only the back office can give: it returns None with ``pending`` set ("呼び出し
中…"), and the ticket arrives through ``on_called`` when ``pump()`` runs on the GUI thread.
The worker also fetches the board; ``pump()`` applies it once every earlier operation has been
delivered, so a stale board never undoes a local change.

Numbers: the worker reserves the day's next shared number ahead, so ``issue`` never waits on
the network. Without a reservation (offline), the terminal numbers from its own range, the
label prefixed with its id (``03-001``), which no shared number (digits only) can equal.
Offline tickets are kept and re-sent until the back office takes them: they can always be
called here, and by any counter once delivered. Operations wait in memory (an app closed
while offline loses the undelivered ones; the outbox events are durable regardless).
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import logging
import ssl
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.queue.client import QueueClient, QueueOffline, QueueRefused
from kiosk.queue.local_numbers import LocalNumbers, prefix_for
from kiosk.queue.tickets import EventSink, Ticket, TicketQueue, TicketState
from kiosk.settings import Settings

log = logging.getLogger(__name__)
ACTIONS = {"ticket_transferred": "transfer", "ticket_no_show": "no_show",
           "service_started": "start", "ticket_done": "finish"}


class QueueTransport(Protocol):
    def reserve(self) -> int: ...
    def issue(self, ticket: dict[str, Any]) -> dict[str, Any]: ...
    def call_next(self, counter: str) -> dict[str, Any] | None: ...
    def act(self, label: str, action: str, counter: str = "") -> dict[str, Any]: ...
    def board(self) -> dict[str, Any]: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Op:
    kind: str  # issue, act, call_next
    args: tuple[Any, ...]


class SharedTicketQueue(TicketQueue):
    shared = True

    def __init__(self, sink: EventSink, connect: Callable[[], QueueTransport],
                 numbers: LocalNumbers, *, clock: Callable[[], dt.datetime] | None = None,
                 refresh_seconds: float = 2.0, retry_seconds: float = 5.0) -> None:
        super().__init__(sink, clock)
        self.online = False
        self.problem = ""
        self._connect, self._numbers = connect, numbers
        self._refresh, self._retry = refresh_seconds, retry_seconds
        self._lock = threading.Condition()
        self._ops: collections.deque[Op] = collections.deque()
        self._inbox: collections.deque[Callable[[], None]] = collections.deque()
        self._submitted = 0  # operations queued (GUI thread) ...
        self._done = 0  # ... and finished by the worker (delivered or refused)
        self._reserved: tuple[str, int] | None = None  # (day, number) held for the next issue
        self.reserving = True  # False for a call display: it issues nothing, so holds no number
        self._kick = False  # an operation is waiting: do not sleep
        self._quiet = False  # applying the back office's answer: nothing to send back
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="shared-queue", daemon=True)

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            self._lock.notify_all()
        if self._thread.ident is not None:
            self._thread.join(30)

    # -- the TicketQueue interface (GUI thread) --------------------------------------------------
    def issue(self, procedures: tuple[str, ...], channel: str, visit_id: str = "") -> Ticket:
        today = self._clock().date().isoformat()
        with self._lock:
            reserved, self._reserved = self._reserved, None
        if reserved is not None and reserved[0] == today:
            number, prefix = reserved[1], ""
        else:  # offline (or the reservation is from another day): this terminal's own range
            number, prefix = self._numbers.next(today), self._numbers.prefix
        ticket = Ticket(number, procedures, channel, self._clock(),
                        visit_id=visit_id or uuid.uuid4().hex, prefix=prefix)
        self.tickets.append(ticket)
        self._emit("ticket_issued", ticket, procedures=list(procedures))
        return ticket

    def call_next(self, counter: str) -> Ticket | None:
        if not self.online:
            return self._call_own(counter)
        self.pending = True
        self._submit(Op("call_next", (counter,)))
        return None

    def pump(self) -> None:
        """Apply what the worker brought back; call it on the GUI thread."""
        while self._inbox:
            self._inbox.popleft()()

    # -- applying answers (GUI thread, from pump) ------------------------------------------------
    def _called(self, wire: dict[str, Any] | None, counter: str, offline: bool) -> None:
        self.pending = False
        if offline:
            ticket = self._call_own(counter)
        elif wire is None:
            ticket = None
        else:
            ticket = self._replica(wire)
            if not any(t is ticket for t in self.tickets):  # called before its board arrived
                self.tickets.append(ticket)
            self._quiet = True
            try:
                self._call(ticket, str(wire["counter"]))  # the event, into this kiosk's outbox
            finally:
                self._quiet = False
        if self.on_called is not None:
            self.on_called(ticket)

    def _call_own(self, counter: str) -> Ticket | None:
        """Offline: only tickets this terminal issued from its own range, which no other
        counter can call before they are delivered."""
        own = [t for t in self.waiting() if t.prefix == self._numbers.prefix and t.prefix]
        return self._call(own[0], counter) if own else None

    def _apply_board(self, board: dict[str, Any], done: int) -> None:
        if done != self._submitted:
            return  # local changes not yet delivered: the board predates them
        active = [self._replica(wire) for wire in board.get("tickets", [])]
        self.tickets = active

    def _replica(self, wire: dict[str, Any]) -> Ticket:
        """The replica's ticket for this label (same object, so views keep it), updated."""
        label = str(wire["label"])
        ticket = next((t for t in self.tickets if t.label == label), None)
        if ticket is None:
            ticket = Ticket(int(wire["number"]), tuple(wire["procedures"]), str(wire["channel"]),
                            _time(wire["issued_at"]), visit_id=str(wire["visit_id"]),
                            prefix=str(wire["prefix"]))
        ticket.state = TicketState(wire["state"])
        ticket.counter = str(wire["counter"])
        ticket.called_at = _time(wire["called_at"]) if wire.get("called_at") else None
        return ticket

    # -- operations out ------------------------------------------------------------------------
    def _emit(self, kind: str, ticket: Ticket, at: dt.datetime | None = None, *,
              action: str = "", **data: Any) -> None:
        super()._emit(kind, ticket, at, action=action, **data)
        if self._quiet:
            return
        if kind == "ticket_issued":
            self._submit(Op("issue", ({"number": ticket.number, "prefix": ticket.prefix,
                                       "procedures": list(ticket.procedures),
                                       "channel": ticket.channel, "visit_id": ticket.visit_id,
                                       "issued_at": ticket.issued_at.timestamp()},)))
        elif kind == "ticket_called":
            # a first call (walk-in, offline own ticket) or a recall: the back office
            # enforces which one the ticket's state allows
            self._submit(Op("act", (ticket.label, action or "recall", ticket.counter)))
        elif kind in ACTIONS and (kind != "service_started"
                                  or ticket.state is TicketState.SERVING):
            # record_service (self-service) reports a service that happened before the
            # ticket was called: the ticket still waits for its counter.
            self._submit(Op("act", (ticket.label, ACTIONS[kind], data.get("to_counter", ""))))

    def _submit(self, op: Op) -> None:
        with self._lock:
            self._submitted += 1
            self._ops.append(op)
            self._kick = True
            self._lock.notify_all()

    # -- the worker thread ---------------------------------------------------------------------
    def _work(self) -> None:
        transport: QueueTransport | None = None
        while not self._stop.is_set():
            try:
                if transport is None:
                    transport = self._connect()
                self._drain(transport)
                self._sync(transport)
            except (QueueOffline, OSError, ssl.SSLError) as error:
                self._calls_offline()
                problem = str(error).splitlines()[0] if str(error) else type(error).__name__
                # Plain flags, read by the status strip on the GUI thread: it needs no pump()
                # (a self-service terminal only pumps when it issues a ticket).
                self.online, self.problem = False, problem
                wait = self._retry
            else:
                self.online, self.problem = True, ""
                wait = self._refresh
            with self._lock:
                self._lock.wait_for(lambda: self._kick or self._stop.is_set(), wait)
                self._kick = False
        if transport is not None:
            transport.close()

    def _drain(self, transport: QueueTransport) -> None:
        """Send the queued operations in order; an offline error leaves the first in place."""
        while True:
            with self._lock:
                if not self._ops:
                    return
                op = self._ops[0]
            try:
                answer = self._send(transport, op)
            except QueueRefused as error:
                log.warning("queue: %s (%s %s)", error, op.kind, op.args[0])
                answer = None
            with self._lock:
                self._ops.popleft()
                self._done += 1
            if op.kind == "call_next":
                self._inbox.append(functools.partial(self._called, answer, op.args[0], False))

    @staticmethod
    def _send(transport: QueueTransport, op: Op) -> dict[str, Any] | None:
        if op.kind == "issue":
            return transport.issue(op.args[0])
        if op.kind == "call_next":
            return transport.call_next(op.args[0])
        return transport.act(*op.args)

    def _sync(self, transport: QueueTransport) -> None:
        with self._lock:
            done, need_number = self._done, self.reserving and self._reserved is None
        board = transport.board()
        self._inbox.append(lambda: self._apply_board(board, done))
        if need_number:
            number = transport.reserve()
            with self._lock:
                self._reserved = (str(board.get("day", "")), number)

    def _calls_offline(self) -> None:
        """Pending call-next requests get the offline answer at once (the terminal's own)."""
        with self._lock:
            calls = [op for op in self._ops if op.kind == "call_next"]
            for op in calls:
                self._ops.remove(op)
            self._done += len(calls)
        for op in calls:
            self._inbox.append(functools.partial(self._called, None, op.args[0], True))


def _time(stamp: Any) -> dt.datetime:
    return dt.datetime.fromtimestamp(float(stamp)).astimezone()


__all__ = ["Op", "QueueOffline", "QueueRefused", "QueueTransport", "SharedTicketQueue"]


def open_shared_queue(settings: Settings, sink: EventSink) -> SharedTicketQueue:
    """The shared queue for a kiosk with a [backoffice]; start() it once the app runs."""
    backoffice = settings.backoffice
    if backoffice is None:
        raise ValueError("the shared queue needs [backoffice] in kiosk.toml")
    numbers = LocalNumbers(prefix_for(settings.kiosk_id), settings.home / "queue-local.json")
    return SharedTicketQueue(sink, lambda: QueueClient(backoffice), numbers)
