"""Fixtures for the outbox/back-office tests: a test PKI, a private PostgreSQL cluster, and
the real back-office service on a free loopback port, against SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.pki import init_pki
from tests.outbox.postgres import PostgresCluster
from tests.outbox.services import Backoffice, free_port


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("pki")
    init_pki(directory, kiosks=10)
    return directory


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster(free_port())
    cluster.start()  # fails the tests (never skips them) when PostgreSQL is missing
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'backoffice.sqlite3'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.new_database()


@pytest.fixture
def backoffice(db_url: str, pki: Path, tmp_path: Path) -> Iterator[Backoffice]:
    service = Backoffice(db_url, pki, tmp_path / "backoffice-home")
    service.start()
    yield service
    service.stop()
