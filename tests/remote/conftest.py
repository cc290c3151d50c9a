"""The remote-window tests run against one back office on SQLite, with the PKI that holds
staff certificates and the access file (tests/support/services.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.backoffice import Backoffice
from tests.support.services import StartBackoffice


@pytest.fixture
def backoffice(remote_pki: Path, tmp_path: Path, start_backoffice: StartBackoffice) -> Backoffice:
    return start_backoffice(f"sqlite:///{tmp_path / 'backoffice.sqlite3'}", remote_pki)
