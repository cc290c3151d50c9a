"""Shared CLI plumbing for the outbox commands: settings and the store, failing in one line."""

from __future__ import annotations

from typing import Any

from kiosk.cli.errors import Exit, fail
from kiosk.settings import ConfigError, Settings, load_settings
from kiosk.store.crypto import KeyFileError
from kiosk.store.errors import StoreError
from kiosk.store.outbox import Outbox
from kiosk.store.service import init_outbox, open_outbox


def settings_or_fail() -> Settings:
    try:
        return load_settings()
    except ConfigError as error:
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)


def outbox_or_fail(settings: Settings) -> Outbox:
    try:
        return open_outbox(settings)
    except (StoreError, KeyFileError) as error:
        fail(str(error), Exit.STORE)


def init_outbox_or_fail(settings: Settings) -> Outbox:
    """``kiosk init``: create the outbox on a fresh install, or open the existing one."""
    try:
        return init_outbox(settings)
    except (StoreError, KeyFileError) as error:
        fail(str(error), Exit.STORE)


def visit_events_or_fail() -> list[dict[str, Any]]:
    """This kiosk's visit/queue events (the input of 処理件数・処理時間・待ち時間)."""
    box = outbox_or_fail(settings_or_fail())
    try:
        return box.visit_events()
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
