"""``kiosk sync``: one delivery pass to the back office."""

from __future__ import annotations

import click

from kiosk.cli.common import outbox_or_fail, settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.store.crypto import KeyFileError
from kiosk.store.errors import StoreError
from kiosk.store.sync import BackofficeClient, SyncResult, sync_pass


@click.command()
def sync() -> None:
    """Send everything waiting and anchor the audit log's head; exit 0 when the queue is drained
    and the head anchored, non-zero with the reason (1: the back office refused the head)."""
    settings = settings_or_fail()
    if settings.backoffice is None:
        fail("バックオフィスが設定されていません (kiosk init) / no [backoffice] configured "
             "(run kiosk init)", Exit.USAGE)
    box = outbox_or_fail(settings)
    parked: list[str] = []
    try:
        box.recover_in_flight()  # a previous pass that died mid-send
        with BackofficeClient(settings.backoffice) as client:
            # Run by hand: try now, whatever the backoff schedule says.
            result = sync_pass(box, client, settings.outbox.batch_size, respect_backoff=False)
        parked = [record["state"] for record in box.rejected()]
    except (StoreError, KeyFileError) as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    _report(result, parked)


def _report(result: SyncResult, parked: list[str]) -> None:
    """Exit with the first reason the pass did not fully succeed, or print the summary."""
    if result.anchor_refused:  # tampering or a restored outbox: louder than anything waiting
        fail(f"{result.anchor_error}; run kiosk audit verify (sent {result.sent})",
             Exit.FAILURE)
    if result.error is not None:
        fail(f"{result.error} (sent {result.sent}, {result.remaining} waiting)",
             Exit.NOT_DRAINED)
    if result.remaining:
        fail(f"送信待ちが残っています / {result.remaining} records still waiting "
             f"(sent {result.sent})", Exit.NOT_DRAINED)
    quarantined = parked.count("quarantined")
    if quarantined:
        fail(f"送信できない記録が {quarantined} 件あります（kiosk outbox rejected）/ "
             f"{quarantined} records cannot be unsealed or encoded and were quarantined: see "
             f"kiosk outbox rejected (sent {result.sent})", Exit.NOT_DRAINED)
    if parked:
        fail(f"バックオフィスが受け付けない記録が {len(parked)} 件あります（kiosk outbox rejected）"
             f"/ {len(parked)} records were rejected by the back office: see kiosk outbox "
             f"rejected (sent {result.sent})", Exit.NOT_DRAINED)
    if result.anchor_error is not None:
        fail(f"監査ログの先頭を送れませんでした / audit head not anchored: {result.anchor_error} "
             f"(sent {result.sent})", Exit.NOT_DRAINED)
    click.echo(f"sent {result.sent} (stored {result.stored}, already there "
               f"{result.duplicates}); queue drained; audit log anchored up to entry "
               f"{result.anchored}")
