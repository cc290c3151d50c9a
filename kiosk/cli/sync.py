"""``kiosk sync``: one delivery pass to the back office."""

from __future__ import annotations

import click

from kiosk.cli.common import outbox_or_fail, settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.store.errors import StoreError
from kiosk.store.sync import BackofficeClient, sync_pass


@click.command()
def sync() -> None:
    """Send everything waiting and anchor the audit log's head; exit 0 when the queue is drained
    and the head anchored, non-zero with the reason (1: the back office refused the head)."""
    settings = settings_or_fail()
    if settings.backoffice is None:
        fail("バックオフィスが設定されていません (kiosk init) / no [backoffice] configured "
             "(run kiosk init)", Exit.USAGE)
    box = outbox_or_fail(settings)
    parked = 0
    try:
        box.recover_in_flight()  # a previous pass that died mid-send
        with BackofficeClient(settings.backoffice) as client:
            # Run by hand: try now, whatever the backoff schedule says.
            result = sync_pass(box, client, settings.outbox.batch_size, respect_backoff=False)
        parked = len(box.rejected())
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    if result.anchor_refused:  # tampering or a restored outbox: louder than anything waiting
        fail(f"{result.anchor_error}; run kiosk audit verify (sent {result.sent})",
             Exit.FAILURE)
    if result.error is not None:
        fail(f"{result.error} (sent {result.sent}, {result.remaining} waiting)",
             Exit.NOT_DRAINED)
    if result.remaining:
        fail(f"送信待ちが残っています / {result.remaining} records still waiting "
             f"(sent {result.sent})", Exit.NOT_DRAINED)
    if parked:
        fail(f"バックオフィスが受け付けない記録が {parked} 件あります（kiosk outbox rejected）/ "
             f"{parked} records were rejected by the back office: see kiosk outbox rejected "
             f"(sent {result.sent})", Exit.NOT_DRAINED)
    if result.anchor_error is not None:
        fail(f"監査ログの先頭を送れませんでした / audit head not anchored: {result.anchor_error} "
             f"(sent {result.sent})", Exit.NOT_DRAINED)
    click.echo(f"sent {result.sent} (stored {result.stored}, already there "
               f"{result.duplicates}); queue drained; audit log anchored up to entry "
               f"{result.anchored}")
