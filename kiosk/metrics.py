"""処理件数・処理時間・待ち時間 from visit/queue events, per procedure, period and channel.

An event is a mapping with ``visit_id``, ``event`` (ticket_issued | called | service_start |
service_end), ``at`` (epoch seconds), ``channel`` and, for service events, ``procedure``.
処理件数 counts completed services (a start followed by an end). 処理時間 is end - start of
one procedure. 待ち時間 is the visit's wait from ticket to call (or to its first service
start when no call was recorded), attributed to each procedure served in that visit. The
period is the local hour or day (default Asia/Tokyo) of the service start.

An event that no report can use (its time not a finite number in the calendar's range, no
visit) is left out, never an error: one bad row must not break the report for good.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

Period = Literal["hour", "day"]
TOKYO = ZoneInfo("Asia/Tokyo")
# Epoch seconds a calendar can show in every time zone (years 1970 to 9998).
LATEST_AT = 253_370_764_800.0


@dataclass(frozen=True)
class MetricRow:
    period: str
    procedure: str
    channel: str
    count: int
    processing_mean_s: float
    processing_median_s: float
    waiting_mean_s: float | None
    waiting_max_s: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Visit:
    issued: float | None = None
    called: float | None = None
    channel: str = "counter"


def aggregate(events: Iterable[Mapping[str, Any]], period: Period = "hour",
              tz: ZoneInfo = TOKYO) -> list[MetricRow]:
    visits: dict[str, _Visit] = defaultdict(_Visit)
    starts: dict[tuple[str, str], float] = {}
    services: list[tuple[str, str, float, float]] = []  # visit, procedure, start, end
    for event in sorted(reportable(events), key=lambda e: float(e["at"])):
        _collect(event, visits, starts, services)
    groups: dict[tuple[str, str, str], list[tuple[float, float | None]]] = defaultdict(list)
    first_start = _first_starts(services)
    for visit_id, procedure, start, end in services:
        visit = visits[visit_id]
        waited = _wait(visit, first_start[visit_id])
        key = (_period(start, period, tz), procedure, visit.channel)
        groups[key].append((end - start, waited))
    return [_row(key, values) for key, values in sorted(groups.items())]


def reportable(events: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events a report can use (see the module's docstring)."""
    return [event for event in events if _usable(event)]


def _usable(event: Mapping[str, Any]) -> bool:
    at = event.get("at")
    return isinstance(at, int | float) and not isinstance(at, bool) and math.isfinite(at) \
        and 0 <= at <= LATEST_AT and event.get("visit_id") is not None


def _collect(event: Mapping[str, Any], visits: dict[str, _Visit],
             starts: dict[tuple[str, str], float],
             services: list[tuple[str, str, float, float]]) -> None:
    visit_id, kind, at = str(event["visit_id"]), event["event"], float(event["at"])
    visit = visits[visit_id]
    if kind == "ticket_issued":
        visit.issued = at
        visit.channel = str(event.get("channel") or visit.channel)
    elif kind == "called":
        visit.called = at if visit.called is None else visit.called
    elif kind == "service_start":
        starts[(visit_id, str(event["procedure"]))] = at
        if visit.issued is None:  # a walk-up without a ticket still has a channel
            visit.channel = str(event.get("channel") or visit.channel)
    elif kind == "service_end":
        start = starts.pop((visit_id, str(event["procedure"])), None)
        if start is not None and at >= start:
            services.append((visit_id, str(event["procedure"]), start, at))


def _first_starts(services: list[tuple[str, str, float, float]]) -> dict[str, float]:
    first: dict[str, float] = {}
    for visit_id, _, start, _ in services:
        first[visit_id] = min(start, first.get(visit_id, start))
    return first


def _wait(visit: _Visit, first_start: float) -> float | None:
    if visit.issued is None:
        return None
    served_at = visit.called if visit.called is not None else first_start
    return max(0.0, served_at - visit.issued)


def _period(at: float, period: Period, tz: ZoneInfo) -> str:
    moment = datetime.fromtimestamp(at, tz)
    return moment.strftime("%Y-%m-%dT%H:00%z" if period == "hour" else "%Y-%m-%d")


def _row(key: tuple[str, str, str], values: list[tuple[float, float | None]]) -> MetricRow:
    durations = [duration for duration, _ in values]
    waits = [w for _, w in values if w is not None]
    return MetricRow(
        period=key[0], procedure=key[1], channel=key[2], count=len(values),
        processing_mean_s=round(statistics.fmean(durations), 3),
        processing_median_s=round(statistics.median(durations), 3),
        waiting_mean_s=round(statistics.fmean(waits), 3) if waits else None,
        waiting_max_s=round(max(waits), 3) if waits else None,
    )


def since(events: Iterable[Mapping[str, Any]], day: str | None,
          tz: ZoneInfo = TOKYO) -> list[Mapping[str, Any]]:
    """The events at or after local midnight of ``day`` (YYYY-MM-DD); all when None.

    A visit is kept whole: when any of its events falls in the window, all of them count, so a
    ticket issued at 23:59 and served after midnight still has its waiting time.
    """
    materialised = reportable(events)
    if day is None:
        return materialised
    start = datetime.fromisoformat(day).replace(tzinfo=tz).timestamp()
    visits = {e["visit_id"] for e in materialised if float(e["at"]) >= start}
    return [e for e in materialised if e["visit_id"] in visits]
