"""Every test runs with HOME, the XDG folders, TMPDIR (for the programs it starts) and
KIOSK_HOME in a temporary folder of its own, so no test writes into the real home
(~/.local/share/kiosk, ~/PDF, caches) or /tmp even by accident. The folder is a sibling of
tmp_path, not inside it: tests that check what a command wrote into tmp_path see only that.
A test that needs a particular KIOSK_HOME still sets its own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("user-home")
    for key, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_STATE_HOME", ".local/state"), ("TMPDIR", "tmp")):
        monkeypatch.setenv(key, str(home / sub))
    (home / "tmp").mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("KIOSK_HOME", str(home / "kiosk"))
    return home
