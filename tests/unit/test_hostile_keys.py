"""``kiosk keys rotate`` on a full disk: one line, exit 7, the key ring and every value intact.

The key file is written before the database is touched (kiosk.store.outbox.rotate_keys), so a
write that fails there must leave the old file byte for byte; one that fails when the old keys
are retired leaves a ring holding old and new keys, under which every value still opens.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kiosk.cli.main import cli
from kiosk.settings import load_settings
from kiosk.store.crypto import KeyRing
from kiosk.store.service import init_outbox

KIOSK = str(Path(sys.executable).with_name("kiosk"))


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("KIOSK_HOME", str(home))
    init_outbox(load_settings()).store.close()  # what kiosk init does on a fresh install
    assert CliRunner().invoke(cli, ["outbox", "fill-demo", "--count", "6"]).exit_code == 0
    return home


def key_file(home: Path) -> Path:
    return home / "keys" / "outbox.key"


def stored_values(home: Path) -> list[bytes]:
    """Every sealed value opened with the key file now on disk (raises if one cannot be)."""
    ring = KeyRing.load(key_file(home))
    with sqlite3.connect(home / "outbox.sqlite3") as db:
        rows = db.execute("SELECT idem_key, personal, number FROM outbox").fetchall()
    values = [ring.open(blob, f"{key}:{column}") for key, personal, number in rows
              for column, blob in (("personal", personal), ("number", number)) if blob]
    assert values
    return values


def failing_fsync(after: int):
    """os.fsync that works ``after`` times, then fails as on a full disk."""
    real, calls = os.fsync, []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) > after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    return fsync


def assert_store_failure(result: Result) -> None:
    assert isinstance(result.exception, SystemExit), result.exception  # not a traceback
    assert result.exit_code == 7
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk full" in lines[0], result.stderr


def test_a_full_disk_when_the_new_key_is_saved_changes_nothing(home, monkeypatch):
    before_file, before_values = key_file(home).read_bytes(), stored_values(home)
    monkeypatch.setattr(os, "fsync", failing_fsync(after=0))
    result = CliRunner().invoke(cli, ["keys", "rotate"])
    monkeypatch.undo()
    assert_store_failure(result)
    assert key_file(home).read_bytes() == before_file
    assert sorted(p.name for p in key_file(home).parent.iterdir()) == [  # no temp file
        "outbox.key", "outbox.marker"]
    assert stored_values(home) == before_values
    again = CliRunner().invoke(cli, ["keys", "rotate"], env={"KIOSK_HOME": str(home)})
    assert again.exit_code == 0, again.stderr  # once there is space, the rotation works
    assert stored_values(home) == before_values


def test_a_full_disk_when_the_old_keys_are_retired_keeps_every_value_readable(home,
                                                                               monkeypatch):
    before_values = stored_values(home)
    old_ids = set(KeyRing.load(key_file(home)).keys)
    monkeypatch.setattr(os, "fsync", failing_fsync(after=1))  # the new key saves, retiring fails
    result = CliRunner().invoke(cli, ["keys", "rotate"])
    monkeypatch.undo()
    assert_store_failure(result)
    ring = KeyRing.load(key_file(home))
    assert old_ids < set(ring.keys)  # old and new keys: nothing sealed is orphaned
    assert stored_values(home) == before_values


def _namespace() -> list[str]:
    private = ["--mount", "--propagation", "private"]
    return ["unshare", *private] if os.geteuid() == 0 else ["unshare", "--map-root-user",
                                                             *private]


SCRIPT = r"""
set -eu
mount -t tmpfs -o size=1m tmpfs "$KIOSK_HOME"
cp -a "$SEED"/. "$KIOSK_HOME"/
dd if=/dev/zero of="$KIOSK_HOME/filler" bs=4k status=none 2>/dev/null || true
set +e
"$KIOSK" keys rotate 2> "$OUT/rotate.err"; echo "$?" > "$OUT/rotate.rc"
set -e
cp -a "$KIOSK_HOME/keys" "$KIOSK_HOME/outbox.sqlite3" "$OUT/"
"""


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux unshare")
def test_keys_rotate_on_a_real_full_tmpfs(home, tmp_path):
    before_values = stored_values(home)
    before_file = key_file(home).read_bytes()
    out, target = tmp_path / "out", tmp_path / "small"
    out.mkdir()
    target.mkdir(mode=0o700)
    env = {**os.environ, "KIOSK_HOME": str(target), "SEED": str(home), "OUT": str(out),
           "KIOSK": KIOSK}
    probe = subprocess.run([*_namespace(), "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("no private mount namespace here")
    done = subprocess.run([*_namespace(), "bash", "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert (out / "rotate.rc").read_text().strip() == "7"
    error = (out / "rotate.err").read_text()
    assert len(error.strip().splitlines()) == 1 and "disk full" in error, error
    assert (out / "keys" / "outbox.key").read_bytes() == before_file
    assert stored_values(out) == before_values
