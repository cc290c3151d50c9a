"""Stored queue rows on their way out: a row that does not fit the API's ticket (an infinite
time written before the requests were checked, a hand-edited database) never reaches a
terminal as it is. Times that are not finite are repaired (set to now); a row beyond repair is
left out of the board and, when call-next or a move reaches it, set aside as no_show, so it
cannot block the queue. Each row is logged once per process, by its id and the fields at
fault (never their values).
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Table, update

from kiosk.backoffice.queue_schema import StoredTicket

log = logging.getLogger(__name__)
TIMES = ("issued_at", "called_at")
MAX_REPORTED = 10_000  # ids remembered for "logged once"; a flood of bad rows logs again


class RowChecker:
    """Checks rows of ``table`` against StoredTicket; remembers which it has reported."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self._reported: set[int] = set()

    def shown(self, row: dict[str, Any]) -> dict[str, Any] | None:
        """The row as the API hands it out (repaired in the answer only), or None."""
        fixed, faults = _checked(row)
        if faults:
            self._report(row, faults, "skipped" if fixed is None else "repaired")
        return None if fixed is None else wire(fixed)

    def answer(self, conn: Any, row: dict[str, Any]) -> dict[str, Any] | None:
        """Like ``shown``, inside a write: a repair is stored, a row beyond repair is set aside
        (no_show) so the next call-next moves on; None for such a row."""
        fixed, faults = _checked(row)
        if not faults:
            return wire(row)
        table = self.table
        values = ({t: fixed[t] for t in TIMES} if fixed is not None
                  else {"state": "no_show", "updated_at": time.time()})
        conn.execute(update(table).where(table.c.id == row["id"]).values(**values))
        self._report(row, faults, "repaired" if fixed is not None else "set aside")
        return None if fixed is None else wire(fixed)

    def _report(self, row: dict[str, Any], faults: list[str], what: str) -> None:
        ident = int(row.get("id") or 0)
        if ident in self._reported:
            return
        if len(self._reported) >= MAX_REPORTED:
            self._reported.clear()
        self._reported.add(ident)
        log.warning("queue: stored ticket id %d %s (bad %s)", ident, what, ", ".join(faults))


def _checked(row: dict[str, Any]) -> tuple[dict[str, Any] | None, list[str]]:
    """(the row, or its repair, or None beyond repair; the names of the fields at fault)."""
    try:
        StoredTicket.model_validate(row)
        return row, []
    except ValidationError as error:
        faults = sorted({str(e["loc"][0]) for e in error.errors() if e["loc"]})
    if not set(faults) <= set(TIMES):
        return None, faults
    now = time.time()
    fixed = {**row, **{t: now for t in TIMES if t in faults}}
    if "called_at" in faults and row.get("state") == "waiting":
        fixed["called_at"] = None
    try:
        StoredTicket.model_validate(fixed)
    except ValidationError:
        return None, faults
    return fixed, faults


def wire(row: dict[str, Any]) -> dict[str, Any]:
    """A stored ticket as the API hands it out."""
    return {"label": row["label"], "number": row["number"], "prefix": row["prefix"],
            "procedures": [p for p in row["procedures"].split(",") if p],
            "channel": row["channel"], "state": row["state"], "counter": row["counter"],
            "visit_id": row["visit_id"], "issued_at": _time(row["issued_at"]),
            "called_at": None if row["called_at"] is None else _time(row["called_at"])}


def _time(value: Any) -> float:
    stamp = float(value)
    return stamp if math.isfinite(stamp) else time.time()
