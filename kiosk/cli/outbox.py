"""``kiosk outbox status``, ``fill-demo``, ``metrics`` and the rejected records
(``rejected``, ``retry``, ``discard``)."""

from __future__ import annotations

import json

import click

from kiosk import metrics
from kiosk.cli.common import outbox_or_fail, settings_or_fail, visit_events_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.demo.data import demo_submissions
from kiosk.store.errors import StoreError
from kiosk.store.records import Submission


@click.group()
def outbox() -> None:
    """送信待ちキュー / the outbox of records waiting for the back office."""


@outbox.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(as_json: bool) -> None:
    """Depth per state, oldest pending age, last success and last error."""
    box = outbox_or_fail(settings_or_fail())
    try:
        report = box.status()
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
        return
    depth = report["depth"]
    click.echo(" ".join(f"{state}={count}" for state, count in depth.items()))
    click.echo(f"oldest pending age: {report['oldest_pending_age_seconds']} s")
    click.echo(f"last success: {report['last_success']}  last error: {report['last_error']}")


@outbox.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def rejected(as_json: bool) -> None:
    """Records set aside: rejected by the back office, or quarantined here (cannot be
    unsealed or encoded): key, kind, procedure and the reason."""
    box = outbox_or_fail(settings_or_fail())
    try:
        parked = box.rejected()
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    if as_json:
        click.echo(json.dumps(parked, ensure_ascii=False))
        return
    for record in parked:
        click.echo(f"{record['key']}\t{record['kind']}\t{record['procedure'] or '-'}\t"
                   f"{record['reason']}")
    quarantined = sum(1 for record in parked if record["state"] == "quarantined")
    click.echo(f"{len(parked) - quarantined} rejected, {quarantined} quarantined", err=True)


@outbox.command()
@click.argument("keys", nargs=-1, required=True)
def retry(keys: tuple[str, ...]) -> None:
    """Send these rejected or quarantined records again (after the fix)."""
    _settle(keys, "retry")


@outbox.command()
@click.argument("keys", nargs=-1, required=True)
def discard(keys: tuple[str, ...]) -> None:
    """Give up on these rejected or quarantined records; their personal data is deleted
    (audit-logged)."""
    _settle(keys, "discard")


def _settle(keys: tuple[str, ...], action: str) -> None:
    settings = settings_or_fail()
    box = outbox_or_fail(settings)
    try:
        known = {record["key"] for record in box.rejected()}
        unknown = [key for key in keys if key not in known]
        if unknown:
            fail(f"却下・隔離された記録ではありません / not a rejected record (nor a "
                 f"quarantined one): {unknown[0]}", Exit.USAGE)
        settle = box.retry_rejected if action == "retry" else box.discard_rejected
        done = settle(keys, f"operator@{settings.kiosk_id}")
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    click.echo(f"{action}: {done} records")


@outbox.command("fill-demo")
@click.option("--count", type=click.IntRange(1, 1_000_000), required=True,
              help="Number of demo submissions (their visit events come on top).")
@click.option("--seed", type=int, default=None, help="Repeatable demo data.")
def fill_demo(count: int, seed: int | None) -> None:
    """Enqueue COUNT realistic demo submissions with their visit/queue events."""
    box = outbox_or_fail(settings_or_fail())
    done = 0
    try:
        for item in demo_submissions(count, seed):
            if isinstance(item, Submission):
                box.enqueue_submission(item)
                done += 1
            else:
                box.enqueue_event(item)
    except StoreError as error:
        fail(f"{error} ({done} submissions enqueued)", Exit.STORE)
    finally:
        box.store.close()
    click.echo(f"enqueued {done} demo submissions")


@outbox.command("metrics")
@click.option("--period", type=click.Choice(["hour", "day"]), default="day", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def metrics_command(period: str, as_json: bool) -> None:
    """処理件数・処理時間・待ち時間 per procedure, period and channel, from this kiosk's events."""
    events = visit_events_or_fail()
    rows = metrics.aggregate(events, "hour" if period == "hour" else "day")
    if as_json:
        click.echo(json.dumps([row.as_dict() for row in rows], ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row.period}\t{row.procedure}\t{row.channel}\t件数 {row.count}\t"
                   f"処理 {row.processing_mean_s:.0f}s\t待ち {row.waiting_mean_s}s")
