"""``kiosk audit verify`` and ``kiosk audit list``."""

from __future__ import annotations

import json

import click

from kiosk.cli.common import outbox_or_fail, settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.store import audit as audit_log
from kiosk.store.errors import StoreError


@click.group()
def audit() -> None:
    """監査ログ / the tamper-evident audit log."""


@audit.command()
def verify() -> None:
    """Check the hash chain; exit 1 naming the first entry edited, removed or reordered."""
    box = outbox_or_fail(settings_or_fail())
    try:
        result = audit_log.verify(box.store)
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    if not result.ok:
        fail(f"監査ログが改ざんされています / audit log broken at entry {result.first_bad}: "
             f"{result.reason}", Exit.FAILURE)
    click.echo(f"audit log intact: {result.entries} entries")


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
