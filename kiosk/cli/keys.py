"""``kiosk keys rotate``: a new encryption key for the outbox, old values re-encrypted."""

from __future__ import annotations

import click

from kiosk.cli.common import outbox_or_fail, settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.store.crypto import KeyFileError
from kiosk.store.errors import StoreError


@click.group()
def keys() -> None:
    """暗号鍵 / the outbox encryption keys."""


@keys.command()
def rotate() -> None:
    """Make a new key current, re-encrypt every stored value, retire the old keys."""
    box = outbox_or_fail(settings_or_fail())
    try:
        new_id, count = box.rotate_keys()
    except (StoreError, KeyFileError) as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    click.echo(f"new key {new_id}; re-encrypted {count} records")
