"""Fixtures of the tests through the real PC/SC stack (the stack itself is in
tests/support/pcsc.py): the kiosk CLI run against it with a private KIOSK_HOME, the
self-service terminal in demo mode, and the back office on SQLite for the app tests."""

import os
import subprocess
from pathlib import Path

import pytest

from tests.support.backoffice import Backoffice
from tests.support.pcsc import KIOSK
from tests.support.services import StartBackoffice
from ui.shell.app import AppOptions


@pytest.fixture
def kiosk_env(pcsc_stack, tmp_path) -> dict[str, str]:
    return {**os.environ, **pcsc_stack.env, "KIOSK_HOME": str(tmp_path / "home"),
            "KIOSK_DEMO": "1"}


@pytest.fixture
def run_kiosk(kiosk_env):
    def run(*args: str, stdin: str = "", env: dict[str, str] | None = None,
            timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return subprocess.run([KIOSK, *args], input=stdin, capture_output=True, text=True,
                              env=env or kiosk_env, timeout=timeout, check=False)

    return run


@pytest.fixture
def terminal(pcsc_stack, tmp_path, monkeypatch, open_app):
    monkeypatch.setenv("KIOSK_DEMO", "1")
    return open_app(tmp_path / "home", AppOptions(idle_seconds=60)).window


@pytest.fixture(scope="session")
def pki(remote_pki: Path) -> Path:
    """The app tests use one PKI: kiosk certificates, staff certificates, the access file."""
    return remote_pki


@pytest.fixture
def backoffice(pki: Path, tmp_path: Path, start_backoffice: StartBackoffice) -> Backoffice:
    return start_backoffice(f"sqlite:///{tmp_path / 'backoffice.sqlite3'}", pki)
