"""Fixtures shared by the unit tests."""

import pytest

from kiosk.backoffice.store import BackofficeStore
from kiosk.store.crypto import KeyRing


@pytest.fixture
def store(tmp_path):
    """A back-office store on a private SQLite file, in process (no server)."""
    opened = BackofficeStore(f"sqlite:///{tmp_path / 'bo.sqlite3'}",
                             KeyRing.load_or_create(tmp_path / "data.key"))
    yield opened
    opened.close()
