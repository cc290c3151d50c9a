"""Fixtures for the real back office: a test PKI (kiosk certificates; staff certificates and
an access file for the remote window), a private PostgreSQL cluster, and
``kiosk backoffice serve`` on a free loopback port against SQLite or PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.pki import init_pki
from tests.support.backoffice import Backoffice
from tests.support.net import free_port
from tests.support.postgres import PostgresCluster, PostgresError
from tests.support.stacks import unavailable


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("pki")
    init_pki(directory, kiosks=10)
    return directory


@pytest.fixture(scope="session")
def remote_pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("remote-pki")
    init_pki(directory, kiosks=2, staff=2)
    # staff-01 serves kiosk-01; staff-02 serves no branch at all.
    (directory / "remote-access.toml").write_text('[staff]\nstaff-01 = ["kiosk-01"]\n'
                                                  'staff-02 = []\n')
    return directory


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    try:
        cluster = PostgresCluster(free_port())
        cluster.start()
    except PostgresError as error:  # missing binaries: a skip, or a failure in CI
        unavailable("PostgreSQL", error)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'backoffice.sqlite3'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.new_database()


StartBackoffice = Callable[[str, Path], Backoffice]


@pytest.fixture
def start_backoffice(tmp_path: Path) -> Iterator[StartBackoffice]:
    """start_backoffice(db_url, pki) -> a running back office, stopped after the test."""
    started: list[Backoffice] = []

    def start(db_url: str, pki: Path) -> Backoffice:
        home = tmp_path / ("backoffice-home" if not started
                           else f"backoffice-home-{len(started)}")
        service = Backoffice(db_url, pki, home)
        started.append(service)
        service.start()
        return service

    yield start
    for service in started:
        service.stop()


@pytest.fixture
def backoffice(db_url: str, pki: Path, start_backoffice: StartBackoffice) -> Backoffice:
    """The back office on SQLite and on PostgreSQL (tests/remote and tests/pcsc narrow it)."""
    return start_backoffice(db_url, pki)
