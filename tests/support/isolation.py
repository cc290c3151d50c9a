"""Every test runs with HOME, the XDG folders and KIOSK_HOME inside its own tmp_path, so no
test writes into the real home (~/.local/share/kiosk, ~/PDF, caches) even by accident. A test
that needs a particular KIOSK_HOME still sets its own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "user-home"
    home.mkdir()
    for key, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_STATE_HOME", ".local/state")):
        monkeypatch.setenv(key, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "kiosk-home"))
    return home
