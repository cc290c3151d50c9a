"""M7: a missing or wrong outbox key, and an emptied or replaced outbox, are operator errors
(one line, exit 7), never a silent re-initialisation; only kiosk init creates the key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli.main import cli
from kiosk.settings import load_settings
from kiosk.store.service import init_outbox, open_outbox
from tests.support.outbox import submission


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("KIOSK_HOME", str(home))
    monkeypatch.delenv("KIOSK_DEMO", raising=False)
    return home


def initialised(home: Path) -> Path:
    box = init_outbox(load_settings())
    box.enqueue_submission(submission())
    box.store.close()
    return home


def status(*args: str):
    return CliRunner().invoke(cli, ["outbox", "status", "--json", *args])


def one_line_exit_7(result, needle: str) -> None:
    assert result.exit_code == 7, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], result.output
    assert "Traceback" not in result.output


def test_status_on_a_fresh_home_creates_nothing(home):
    one_line_exit_7(status(), "run kiosk init")
    assert not (home / "keys").exists() and not (home / "outbox.sqlite3").exists()


def test_a_missing_key_is_not_regenerated(home):
    initialised(home)
    (home / "keys" / "outbox.key").unlink()
    for command in (["outbox", "status"], ["sync"], ["keys", "rotate"], ["outbox", "rejected"]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code in (7, 2), result.output  # sync: 2 = no back office configured
    one_line_exit_7(status(), "the key file is missing")
    assert not (home / "keys" / "outbox.key").exists()


def test_a_deleted_outbox_is_refused_not_recreated(home):
    initialised(home)
    (home / "outbox.sqlite3").unlink()
    one_line_exit_7(status(), "the outbox database is missing")
    assert not (home / "outbox.sqlite3").exists()


def test_an_emptied_outbox_is_refused(home):
    initialised(home)
    for name in ("outbox.sqlite3", "outbox.sqlite3-wal", "outbox.sqlite3-shm"):
        (home / name).unlink(missing_ok=True)
    (home / "outbox.sqlite3").touch()  # an empty file in its place
    one_line_exit_7(status(), "emptied or replaced")


def test_another_kiosks_outbox_copied_in_is_refused(home, tmp_path, monkeypatch):
    initialised(home)
    other = tmp_path / "other"
    monkeypatch.setenv("KIOSK_HOME", str(other))
    initialised(other)
    monkeypatch.setenv("KIOSK_HOME", str(home))
    shutil.copy(other / "outbox.sqlite3", home / "outbox.sqlite3")
    one_line_exit_7(status(), "emptied or replaced")


def test_another_key_copied_in_is_refused(home, tmp_path, monkeypatch):
    initialised(home)
    other = tmp_path / "other"
    monkeypatch.setenv("KIOSK_HOME", str(other))
    initialised(other)
    monkeypatch.setenv("KIOSK_HOME", str(home))
    shutil.copy(other / "keys" / "outbox.key", home / "keys" / "outbox.key")
    one_line_exit_7(status(), "the key file does not belong to this outbox")


def test_a_deleted_marker_is_refused(home):
    initialised(home)
    (home / "keys" / "outbox.marker").unlink()
    one_line_exit_7(status(), "marker beside the key is missing")


def test_the_marker_matches_the_database_and_survives_a_rotation(home):
    initialised(home)
    marker = json.loads((home / "keys" / "outbox.marker").read_text())
    assert (home / "keys" / "outbox.marker").stat().st_mode & 0o777 == 0o600
    assert CliRunner().invoke(cli, ["keys", "rotate"]).exit_code == 0
    result = status()
    assert result.exit_code == 0, result.output
    box = open_outbox(load_settings())
    [(outbox_id,)] = box.store.read("SELECT outbox_id FROM outbox_marker")
    box.store.close()
    assert outbox_id == marker["outbox_id"]


def test_an_outbox_from_before_markers_is_adopted(home):
    initialised(home)
    box = open_outbox(load_settings())
    with box.store.write() as db:
        db.execute("DELETE FROM outbox_marker")
    box.store.close()
    (home / "keys" / "outbox.marker").unlink()
    assert status().exit_code == 0
    assert (home / "keys" / "outbox.marker").exists()
    listed = CliRunner().invoke(cli, ["audit", "list", "--json"]).output
    assert '"outbox_marker"' in listed
    assert CliRunner().invoke(cli, ["audit", "verify"]).exit_code == 0


def test_kiosk_init_refuses_a_half_present_outbox(home, tmp_path):
    from kiosk.pki import init_pki
    pki = tmp_path / "pki"
    init_pki(pki, kiosks=1)
    init = ["init", "--backoffice", "https://127.0.0.1:8443", "--pki", str(pki)]
    assert CliRunner().invoke(cli, init).exit_code == 0
    assert (home / "keys" / "outbox.key").exists() and status().exit_code == 0
    assert CliRunner().invoke(cli, init).exit_code == 0  # again: the same outbox, kept
    (home / "outbox.sqlite3").unlink()
    before = (home / "kiosk.toml").read_bytes()
    one_line_exit_7(CliRunner().invoke(cli, init), "the outbox database is missing")
    assert not (home / "outbox.sqlite3").exists() and (home / "kiosk.toml").read_bytes() == before


def test_a_demo_home_initialises_itself_once(home, monkeypatch):
    monkeypatch.setenv("KIOSK_DEMO", "1")
    assert status().exit_code == 0
    (home / "keys" / "outbox.key").unlink()
    one_line_exit_7(status(), "the key file is missing")  # even in demo mode


def test_two_threads_of_a_demo_app_initialise_it_once(home, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setenv("KIOSK_DEMO", "1")
    settings = load_settings()
    def opened(_: int) -> bool:
        box = open_outbox(settings)  # each thread its own connection, closed where it was made
        box.store.close()
        return True

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(opened, range(4)))
    assert status().exit_code == 0


@pytest.mark.expect_log("kiosk.remote.kiosk_audit", "ERROR", r"this kiosk is not initialised")
def test_the_remote_audit_writer_never_creates_the_outbox(home):
    from kiosk.remote.kiosk_audit import KioskAuditWriter

    writer = KioskAuditWriter.for_kiosk(load_settings())
    writer("remote_join", {"branch": "kiosk-01"})
    writer.close()
    assert writer.written == 0 and not (home / "outbox.sqlite3").exists()
    initialised(home)
    writer = KioskAuditWriter.for_kiosk(load_settings())
    writer("remote_join", {"branch": "kiosk-01"})
    writer.close()
    assert writer.written == 1
