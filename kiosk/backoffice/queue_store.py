"""The building's shared queue, stored in the back office (SQLAlchemy Core, SQLite/PostgreSQL).

One row per ticket and day; no personal data: the label, the procedure ids, the channel, the
counter, the state, times and the visit id. Numbers come from a per-day row in ``counters``
incremented inside the issuing transaction (a row lock on PostgreSQL, the single writer on
SQLite), so two terminals never get the same number. Calling the next ticket is a
compare-and-set on the state (``UPDATE … WHERE state = 'waiting'``): of two counters racing for
the same row exactly one update matches, the other moves on to the next row.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

from sqlalchemy import Column, Float, Integer, String, Table, UniqueConstraint, select, update

from kiosk.backoffice.store import BackofficeStore, _insert, counters, metadata

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
STATES = ("waiting", "called", "serving", "done", "no_show")
ACTIVE = ("waiting", "called", "serving")
CHANNELS = ("counter", "self", "remote")
ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
COUNTER = re.compile(r"^[^\x00-\x1f\x7f]{1,64}$")  # counters have Japanese names: 1番窓口
PREFIX = re.compile(r"^[A-Za-z0-9]{0,20}-?$")
CALL_ATTEMPTS = 50  # more than the counters of any town hall racing for the same rows


class QueueRequestError(ValueError):
    """A request the queue cannot take (one line, Japanese and English)."""


class TicketNotFoundError(LookupError):
    """No ticket with that label today."""


def today() -> str:
    return dt.datetime.now().astimezone().date().isoformat()


class QueueStore:
    """The queue's operations on the back office's database; ``day`` defaults to today."""

    def __init__(self, store: BackofficeStore) -> None:
        self.store = store
        queue_tickets.create(store.engine, checkfirst=True)

    def reserve(self, day: str | None = None) -> int:
        """The next number of the day, for a terminal to print before it registers the ticket."""
        with self.store._write() as conn:
            return _next_number(conn, self.store.dialect, day or today())

    def issue(self, kiosk_id: str, body: dict[str, Any], day: str | None = None
              ) -> dict[str, Any]:
        """Register a ticket; a re-send (same label, same visit) returns the stored one."""
        day = day or today()
        row = _ticket_row(kiosk_id, body, day)
        with self.store._write() as conn:
            if row["number"] == 0:
                row["number"] = _next_number(conn, self.store.dialect, day)
                row["label"] = f"{row['number']:03d}"
            _insert(self.store.dialect, queue_tickets, row, conn)
            stored = conn.execute(select(queue_tickets).where(
                queue_tickets.c.day == day, queue_tickets.c.label == row["label"])).mappings()
            ticket = dict(stored.one())
        if ticket["visit_id"] != row["visit_id"]:  # the same label for another visit
            raise QueueRequestError(f"番号 {row['label']} は本日すでに使われています / ticket "
                                    f"{row['label']} is already taken today")
        return _wire(ticket)

    def call_next(self, counter: str, day: str | None = None) -> dict[str, Any] | None:
        """The oldest waiting ticket for this counter (untargeted or transferred to it)."""
        _check_counter(counter)
        day = day or today()
        for _ in range(CALL_ATTEMPTS):
            with self.store._write() as conn:
                candidate = conn.execute(
                    select(queue_tickets.c.id).where(
                        queue_tickets.c.day == day, queue_tickets.c.state == "waiting",
                        queue_tickets.c.counter.in_(("", counter)))
                    .order_by(queue_tickets.c.id).limit(1)).scalar()
                if candidate is None:
                    return None
                now = time.time()
                won = conn.execute(
                    update(queue_tickets)
                    .where(queue_tickets.c.id == candidate, queue_tickets.c.state == "waiting")
                    .values(state="called", counter=counter, called_at=now, updated_at=now)
                    .returning(*queue_tickets.c)).mappings().first()
            if won is not None:
                return _wire(dict(won))
        raise QueueRequestError("呼び出しが混み合っています / too many counters calling at once; "
                                "try again")

    def act(self, label: str, action: str, counter: str = "", day: str | None = None
            ) -> dict[str, Any]:
        """recall (again, at ``counter``), transfer (to ``counter``), no_show, start, finish."""
        values = _action_values(action, counter)
        day = day or today()
        with self.store._write() as conn:
            changed = conn.execute(
                update(queue_tickets)
                .where(queue_tickets.c.day == day, queue_tickets.c.label == label)
                .values(**values, updated_at=time.time())
                .returning(*queue_tickets.c)).mappings().first()
        if changed is None:
            raise TicketNotFoundError(f"本日の番号 {label[:32]} はありません / no ticket "
                                      f"{label[:32]} today")
        return _wire(dict(changed))

    def board(self, day: str | None = None) -> dict[str, Any]:
        """The day's active tickets in calling order, and how many wait."""
        day = day or today()
        with self.store._read() as conn:
            rows = conn.execute(select(queue_tickets).where(
                queue_tickets.c.day == day, queue_tickets.c.state.in_(ACTIVE))
                .order_by(queue_tickets.c.id)).mappings().all()
        tickets = [_wire(dict(row)) for row in rows]
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


def _ticket_row(kiosk_id: str, body: dict[str, Any], day: str) -> dict[str, Any]:
    procedures = body.get("procedures", [])
    if not isinstance(procedures, list) or not all(
            isinstance(p, str) and ID.match(p) for p in procedures):
        raise QueueRequestError("procedures は手続IDの一覧です / procedures must be a list of "
                                "procedure ids")
    channel = body.get("channel")
    if channel not in CHANNELS:
        raise QueueRequestError("channel は counter, self, remote のいずれかです / channel must "
                                "be counter, self or remote")
    number, prefix = body.get("number", 0), body.get("prefix", "")
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number < 10**6:
        raise QueueRequestError("number は0以上の整数です / number must be a whole number >= 0")
    if not isinstance(prefix, str) or not PREFIX.match(prefix) or (prefix and not number):
        raise QueueRequestError("prefix が不正です / invalid prefix")
    visit_id = str(body.get("visit_id", ""))
    _check_id(visit_id, "visit_id")
    now = time.time()
    issued = body.get("issued_at", now)
    return {"day": day, "label": f"{prefix}{number:03d}", "number": number, "prefix": prefix,
            "procedures": ",".join(procedures), "channel": channel, "state": "waiting",
            "counter": "", "visit_id": visit_id, "kiosk_id": kiosk_id,
            "issued_at": float(issued) if isinstance(issued, int | float) else now,
            "called_at": None, "updated_at": now}


def _action_values(action: str, counter: str) -> dict[str, Any]:
    if action in ("recall", "transfer"):
        _check_counter(counter)
    if action == "recall":
        return {"state": "called", "counter": counter, "called_at": time.time()}
    if action == "transfer":
        return {"state": "waiting", "counter": counter}
    states = {"no_show": "no_show", "start": "serving", "finish": "done"}
    if action not in states:
        raise QueueRequestError(f"未知の操作です / unknown queue action: {action[:32]}")
    return {"state": states[action]}


def _check_id(value: Any, name: str) -> None:
    if not isinstance(value, str) or not ID.match(value):
        raise QueueRequestError(f"{name} が不正です / invalid {name}")


def _check_counter(value: Any) -> None:
    if not isinstance(value, str) or not COUNTER.match(value):
        raise QueueRequestError("counter が不正です / invalid counter")


def _wire(row: dict[str, Any]) -> dict[str, Any]:
    return {"label": row["label"], "number": row["number"], "prefix": row["prefix"],
            "procedures": [p for p in row["procedures"].split(",") if p],
            "channel": row["channel"], "state": row["state"], "counter": row["counter"],
            "visit_id": row["visit_id"], "issued_at": row["issued_at"],
            "called_at": row["called_at"]}
