"""``kiosk audit verify`` and ``kiosk audit list``."""

from __future__ import annotations

import json

import click

from kiosk.cli.common import outbox_or_fail, settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.store import audit as audit_log
from kiosk.store.anchor_check import check_anchor
from kiosk.store.errors import StoreError


@click.group()
def audit() -> None:
    """監査ログ / the tamper-evident audit log."""


@audit.command()
def verify() -> None:
    """Check the hash chain, then that it still holds the head the back office (and this kiosk)
    last anchored; exit 1 naming the bad entry, or a truncated, emptied or rewritten log."""
    settings = settings_or_fail()
    box = outbox_or_fail(settings)
    try:
        result = audit_log.verify(box.store)
        if not result.ok:
            fail(f"監査ログが改ざんされています / audit log broken at entry {result.first_bad}: "
                 f"{result.reason}", Exit.FAILURE)
        report = check_anchor(settings, box.store, result.entries)
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    if report.problem is not None:
        fail(report.problem, Exit.FAILURE)
    click.echo(report.summary)


@audit.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
def list_entries(as_json: bool) -> None:
    """Print the entries (they hold no personal data)."""
    box = outbox_or_fail(settings_or_fail())
    try:
        for entry in audit_log.entries(box.store):
            if as_json:
                click.echo(json.dumps(entry.__dict__, ensure_ascii=False))
            else:
                click.echo(f"{entry.seq}\t{entry.at:.3f}\t{entry.action}\t{entry.actor}\t"
                           f"{json.dumps(entry.detail, ensure_ascii=False)}")
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
