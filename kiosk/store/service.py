"""Opening the kiosk's outbox from its settings (database and key ring under KIOSK_HOME).

Only :func:`init_outbox` (``kiosk init``, or a throwaway demo home) creates the key and the
database. Everything else opens what is there and refuses, in one line, a missing key, a
missing or replaced database, or a key that does not belong to it: regenerating either would
silently lose every pending record and the audit log.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from devices.filemode import private_dir
from kiosk.settings import Settings
from kiosk.store import marker
from kiosk.store.crypto import KeyFileError, KeyRing
from kiosk.store.db import DEFAULT_BUSY_TIMEOUT_S, Store
from kiosk.store.errors import StoreError
from kiosk.store.outbox import Backoff, Outbox


class NotInitialisedError(StoreError):
    def __init__(self, settings: Settings) -> None:
        super().__init__(f"この端末は初期化されていません (kiosk init) / this kiosk is not "
                         f"initialised (run kiosk init): {settings.home}")


def open_outbox(settings: Settings, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
                backoff: Backoff | None = None) -> Outbox:
    """Open the existing store and key ring; raises StoreError/KeyFileError in one line.

    A demo home that holds nothing yet is initialised on first use (it is throwaway); there
    every open takes the init lock, so a thread never opens a home another is initialising."""
    if settings.demo:
        with _init_lock(settings):
            if _untouched(settings):
                return _create(settings, busy_timeout_s, backoff)
            return _open_existing(settings, busy_timeout_s, backoff)
    if _untouched(settings):
        raise NotInitialisedError(settings)
    return _open_existing(settings, busy_timeout_s, backoff)


def init_outbox(settings: Settings, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
                backoff: Backoff | None = None) -> Outbox:
    """A fresh install: create key, database and marker; an existing outbox is opened (and
    checked) as it is. A half-present one (key without database, or the reverse) is refused."""
    with _init_lock(settings):  # two threads of a demo app may both find the home empty
        if not _untouched(settings):
            return _open_existing(settings, busy_timeout_s, backoff)
        return _create(settings, busy_timeout_s, backoff)


def _open_existing(settings: Settings, busy_timeout_s: float,
                   backoff: Backoff | None) -> Outbox:
    keys = KeyRing.load(settings.key_file)
    with suppress(OSError):  # an older install may have left it 0755; not ours to fail on
        private_dir(settings.key_file.parent)
    if not settings.database.exists():
        raise marker.OutboxIdentityError(
            f"送信待ちキューのデータベースがありません / the outbox database is missing: "
            f"{settings.database}; {marker.RECOVERY}")
    store = Store(settings.database, busy_timeout_s=busy_timeout_s)
    try:
        marker.verify(store, keys, settings.key_file)
    except (StoreError, KeyFileError):
        store.close()
        raise
    return _outbox(settings, store, keys, backoff)


def _create(settings: Settings, busy_timeout_s: float, backoff: Backoff | None) -> Outbox:
    """Key, database and marker of a fresh outbox; call it under the init lock."""
    keys = KeyRing.create(settings.key_file)
    store = Store(settings.database, busy_timeout_s=busy_timeout_s)
    try:
        marker.create(store, keys, settings.key_file)
    except StoreError:
        store.close()
        raise
    return _outbox(settings, store, keys, backoff)


@contextmanager
def _init_lock(settings: Settings) -> Iterator[None]:
    try:
        settings.home.mkdir(parents=True, exist_ok=True)
        handle = (settings.home / ".outbox-init.lock").open("a")
    except OSError as error:
        raise StoreError(f"初期化できません / cannot initialise the outbox "
                         f"({error.strerror}): {settings.home}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _untouched(settings: Settings) -> bool:
    """Nothing of an outbox here yet: no key, no marker, no database."""
    return not (settings.key_file.exists() or settings.database.exists()
                or marker.marker_file(settings.key_file).exists())


def _outbox(settings: Settings, store: Store, keys: KeyRing, backoff: Backoff | None) -> Outbox:
    return Outbox(store, keys, settings.kiosk_id,
                  retention_days=settings.outbox.retention_days,
                  backoff=backoff or Backoff(settings.outbox.retry_base_seconds,
                                             settings.outbox.retry_max_seconds))
