"""Opening the kiosk's outbox from its settings (database and key ring under KIOSK_HOME)."""

from __future__ import annotations

from kiosk.settings import Settings
from kiosk.store.crypto import KeyRing
from kiosk.store.db import DEFAULT_BUSY_TIMEOUT_S, Store
from kiosk.store.outbox import Backoff, Outbox


def open_outbox(settings: Settings, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
                backoff: Backoff | None = None) -> Outbox:
    """Open (creating when new) the store and the key ring; raises StoreError/KeyFileError."""
    keys = KeyRing.load_or_create(settings.key_file)
    store = Store(settings.database, busy_timeout_s=busy_timeout_s)
    return Outbox(store, keys, settings.kiosk_id,
                  retention_days=settings.outbox.retention_days,
                  backoff=backoff or Backoff(settings.outbox.retry_base_seconds,
                                             settings.outbox.retry_max_seconds))
