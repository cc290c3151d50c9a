"""The building's shared queue, stored in the back office (SQLAlchemy Core, SQLite/PostgreSQL).

One row per ticket and day; no personal data: the label, the procedure ids, the channel, the
counter, the state, times and the visit id. Numbers come from a per-day row in ``counters``
incremented inside the issuing transaction (a row lock on PostgreSQL, the single writer on
SQLite), so two terminals never get the same number. A number reserved ahead is recorded in
``queue_reservations`` with the terminal it went to: a ticket may carry a shared number only
if the back office handed it to that terminal, or an offline label with the terminal's own
prefix (``kiosk-03`` → ``03-001``). Every move of a ticket follows kiosk/queue/states.py and is
a compare-and-set on the state (``UPDATE … WHERE state IN (…)``): of two counters racing for
the same row exactly one update matches; a move the state does not allow is refused (409).

Requests are checked against kiosk/backoffice/queue_schema.py before anything is stored; rows
already stored are checked again on the way out (kiosk/backoffice/queue_rows.py), so one bad
row never breaks the board or call-next for the building.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from sqlalchemy import Column, Float, Integer, String, Table, UniqueConstraint, select, update

from kiosk.backoffice.queue_rows import RowChecker
from kiosk.backoffice.queue_schema import (
    ActIn,
    CallNextIn,
    QueueRequestError,
    TicketIn,
    parse,
)
from kiosk.backoffice.store import BackofficeStore, _insert, counters, metadata
from kiosk.queue.local_numbers import prefix_for
from kiosk.queue.states import NEEDS_COUNTER, TRANSITIONS, TicketState, refusal

queue_tickets = Table(
    "queue_tickets", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("day", String(10), nullable=False),
    Column("label", String(32), nullable=False),
    Column("number", Integer, nullable=False),
    Column("prefix", String(24), nullable=False),
    Column("procedures", String(2000), nullable=False),  # procedure ids, comma-separated
    Column("channel", String(16), nullable=False),
    Column("state", String(16), nullable=False),
    Column("counter", String(64), nullable=False),
    Column("visit_id", String(64), nullable=False),
    Column("kiosk_id", String(64), nullable=False),  # the terminal that issued it
    Column("issued_at", Float, nullable=False),
    Column("called_at", Float),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("day", "label"),
)
# Shared numbers handed out ahead by POST /v1/queue/reserve, and to which terminal ("": to an
# in-process caller such as the CLI or a test, which any terminal may then register).
queue_reservations = Table(
    "queue_reservations", metadata,
    Column("day", String(10), primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("kiosk_id", String(64), nullable=False),
)
STATES = tuple(state.value for state in TicketState)
ACTIVE = ("waiting", "called", "serving")
CALL_ATTEMPTS = 50  # more than the counters of any town hall racing for the same rows

__all__ = ["QueueConflictError", "QueueRequestError", "QueueStore", "TicketNotFoundError",
           "queue_reservations", "queue_tickets", "today"]


class QueueConflictError(QueueRequestError):
    """A move the ticket's state does not allow (409; one line, Japanese and English)."""


class TicketNotFoundError(LookupError):
    """No ticket with that label today."""


def today() -> str:
    return dt.datetime.now().astimezone().date().isoformat()


class QueueStore:
    """The queue's operations on the back office's database; ``day`` defaults to today."""

    def __init__(self, store: BackofficeStore) -> None:
        self.store = store
        queue_tickets.create(store.engine, checkfirst=True)
        queue_reservations.create(store.engine, checkfirst=True)
        self.rows_checked = RowChecker(queue_tickets)

    def reserve(self, kiosk_id: str = "", day: str | None = None) -> int:
        """The next number of the day, for ``kiosk_id`` to print before it registers the
        ticket (recorded, so no other terminal can register it)."""
        day = day or today()
        with self.store._write() as conn:
            number = _next_number(conn, self.store.dialect, day)
            conn.execute(queue_reservations.insert().values(day=day, number=number,
                                                            kiosk_id=kiosk_id))
            return number

    def issue(self, kiosk_id: str, body: TicketIn | dict[str, Any], day: str | None = None
              ) -> dict[str, Any]:
        """Register a ticket; a re-send (same label, same visit) returns the stored one."""
        ticket = body if isinstance(body, TicketIn) else parse(TicketIn, body)
        day = day or today()
        row = _ticket_row(kiosk_id, ticket, day)
        with self.store._write() as conn:
            if row["number"] == 0:
                row["number"] = _next_number(conn, self.store.dialect, day)
                row["label"] = f"{row['number']:03d}"
            elif not row["prefix"]:
                _check_reserved(conn, day, row["number"], kiosk_id)
            _insert(self.store.dialect, queue_tickets, row, conn)
            stored = conn.execute(select(queue_tickets).where(
                queue_tickets.c.day == day, queue_tickets.c.label == row["label"])).mappings()
            answer = self.rows_checked.answer(conn, dict(stored.one()))
        if answer is None or answer["visit_id"] != row["visit_id"]:  # the label is taken
            raise QueueRequestError(f"番号 {row['label']} は本日すでに使われています / ticket "
                                    f"{row['label']} is already taken today")
        return answer

    def call_next(self, counter: str | CallNextIn, day: str | None = None
                  ) -> dict[str, Any] | None:
        """The oldest waiting ticket for this counter (untargeted or transferred to it)."""
        request = (counter if isinstance(counter, CallNextIn)
                   else parse(CallNextIn, {"counter": counter}))
        day = day or today()
        for _ in range(CALL_ATTEMPTS):
            with self.store._write() as conn:
                candidate = conn.execute(
                    select(queue_tickets.c.id).where(
                        queue_tickets.c.day == day, queue_tickets.c.state == "waiting",
                        queue_tickets.c.counter.in_(("", request.counter)))
                    .order_by(queue_tickets.c.id).limit(1)).scalar()
                if candidate is None:
                    return None
                now = time.time()
                won = conn.execute(
                    update(queue_tickets)
                    .where(queue_tickets.c.id == candidate, queue_tickets.c.state == "waiting")
                    .values(state="called", counter=request.counter, called_at=now,
                            updated_at=now)
                    .returning(*queue_tickets.c)).mappings().first()
                answer = None if won is None else self.rows_checked.answer(conn, dict(won))
            if answer is not None:  # None: another counter won, or the row was set aside
                return answer
        raise QueueRequestError("呼び出しが混み合っています / too many counters calling at once; "
                                "try again")

    def act(self, label: str | ActIn, action: str = "", counter: str = "",
            day: str | None = None) -> dict[str, Any]:
        """call (a waiting ticket, at ``counter``), recall (again, at ``counter``), transfer
        (to ``counter``), no_show, start, finish — each only from the states that allow it."""
        request = label if isinstance(label, ActIn) else parse(
            ActIn, {"label": label, "action": action, "counter": counter})
        if request.action in NEEDS_COUNTER and not request.counter:
            raise QueueRequestError("counter が不正です / invalid counter")
        day = day or today()
        sources, values = _move(request)
        with self.store._write() as conn:
            where = (queue_tickets.c.day == day, queue_tickets.c.label == request.label)
            changed = conn.execute(
                update(queue_tickets).where(*where, queue_tickets.c.state.in_(sources))
                .values(**values).returning(*queue_tickets.c)).mappings().first()
            if changed is not None:
                answer = self.rows_checked.answer(conn, dict(changed))
                if answer is not None:
                    return answer
            state = conn.execute(select(queue_tickets.c.state).where(*where)).scalar()
        if state is None or changed is not None:  # missing, or damaged and set aside
            raise TicketNotFoundError(f"本日の番号 {request.label} はありません / no ticket "
                                      f"{request.label} today")
        raise QueueConflictError(_refused(request, str(state)))

    def board(self, day: str | None = None) -> dict[str, Any]:
        """The day's active tickets in calling order, and how many wait."""
        day = day or today()
        with self.store._read() as conn:
            rows = conn.execute(select(queue_tickets).where(
                queue_tickets.c.day == day, queue_tickets.c.state.in_(ACTIVE))
                .order_by(queue_tickets.c.id)).mappings().all()
        tickets = [t for t in (self.rows_checked.shown(dict(row)) for row in rows)
                   if t is not None]
        return {"day": day, "tickets": tickets,
                "waiting": sum(1 for t in tickets if t["state"] == "waiting"),
                "calling": [t for t in tickets if t["state"] in ("called", "serving")]}

    def rows(self, day: str | None = None) -> list[dict[str, Any]]:
        """Every ticket of the day (for tests and the CLI)."""
        with self.store._read() as conn:
            query = select(queue_tickets).order_by(queue_tickets.c.id)
            if day is not None:
                query = query.where(queue_tickets.c.day == day)
            return [dict(row) for row in conn.execute(query).mappings()]


def _next_number(conn: Any, dialect: str, day: str) -> int:
    name = f"queue:{day}"
    _insert(dialect, counters, {"name": name, "value": 0}, conn)
    value = conn.execute(update(counters).where(counters.c.name == name)
                         .values(value=counters.c.value + 1)
                         .returning(counters.c.value)).scalar_one()
    return int(value)


def _check_reserved(conn: Any, day: str, number: int, kiosk_id: str) -> None:
    """A shared number must be one the back office handed to this terminal today."""
    owner = conn.execute(select(queue_reservations.c.kiosk_id).where(
        queue_reservations.c.day == day, queue_reservations.c.number == number)).scalar()
    if owner is None or owner not in ("", kiosk_id):
        raise QueueRequestError(f"番号 {number:03d} はこの端末に払い出されていません / number "
                                f"{number:03d} was not reserved by this terminal")


def _ticket_row(kiosk_id: str, ticket: TicketIn, day: str) -> dict[str, Any]:
    if ticket.prefix and (not ticket.number or ticket.prefix != prefix_for(kiosk_id)):
        # an offline label carries its own terminal's prefix, and a number
        raise QueueRequestError("prefix が不正です（この端末の番号ではありません）/ invalid "
                                "prefix: not this terminal's own range")
    now = time.time()
    return {"day": day, "label": f"{ticket.prefix}{ticket.number:03d}", "number": ticket.number,
            "prefix": ticket.prefix, "procedures": ",".join(ticket.procedures),
            "channel": ticket.channel, "state": "waiting", "counter": "",
            "visit_id": ticket.visit_id, "kiosk_id": kiosk_id,
            "issued_at": now if ticket.issued_at is None else ticket.issued_at,
            "called_at": None, "updated_at": now}


def _move(request: ActIn) -> tuple[list[str], dict[str, Any]]:
    """The states ``request.action`` may start from, and the values it writes."""
    sources, target = TRANSITIONS[request.action]
    now = time.time()
    values: dict[str, Any] = {"state": target.value, "updated_at": now}
    if request.action in ("call", "recall"):
        values.update(counter=request.counter, called_at=now)
    elif request.action == "transfer":
        values["counter"] = request.counter
    return sorted(s.value for s in sources), values


def _refused(request: ActIn, state: str) -> str:
    if state not in STATES:
        return (f"番号 {request.label} の状態が不正です / ticket {request.label} has a damaged "
                f"state")
    return refusal(request.action, TicketState(state), request.label)
