"""``kiosk metrics``: 処理件数・処理時間・待ち時間, the numbers of the supervisor's dashboard."""

from __future__ import annotations

import datetime as dt
import json

import click

from kiosk import metrics as metrics_core
from kiosk.cli.common import visit_events_or_fail
from kiosk.cli.errors import Exit, fail


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        fail(f"日付が正しくありません / not a date (YYYY-MM-DD): {value}", Exit.USAGE)
    return value


@click.command("metrics")
@click.option("--since", "since_day", metavar="DATE", help="YYYY-MM-DD (local date).")
@click.option("--period", type=click.Choice(["hour", "day"]), default="day", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def metrics(since_day: str | None, period: str, as_json: bool) -> None:
    """処理件数・処理時間・待ち時間 per procedure, per hour or day, per channel."""
    day = _date(since_day)
    events = visit_events_or_fail()
    rows = metrics_core.aggregate(metrics_core.since(events, day),
                                  "hour" if period == "hour" else "day")
    if as_json:
        click.echo(json.dumps({"since": day, "period": period,
                               "rows": [row.as_dict() for row in rows]}, ensure_ascii=False))
        return
    for row in rows:
        waiting = row.waiting_mean_s or 0
        click.echo(f"{row.period}\t{row.procedure}\t{row.channel}\t処理件数 {row.count}\t"
                   f"処理時間 {row.processing_mean_s:.0f}s\t待ち時間 {waiting:.0f}s")
