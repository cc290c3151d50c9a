"""H2 and M7 against the real back office over mutual TLS: a poison record is quarantined and
the rest of the queue drains, and the back office refuses to start without its data key."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from kiosk.settings import load_settings
from kiosk.store.service import open_outbox
from kiosk.store.sync import SyncLoop
from tests.support.backoffice import Backoffice, configure_kiosk, run_kiosk
from tests.support.net import free_port


def damage(database: Path, column: str, *, at: int) -> str:
    """Flip one bit of the first sealed value in that column; return its record's key."""
    with sqlite3.connect(database) as db:
        key, blob = db.execute(f"SELECT idem_key, {column} FROM outbox "
                               f"WHERE {column} IS NOT NULL ORDER BY id LIMIT 1").fetchone()
        damaged = bytearray(blob)
        damaged[at] ^= 0x04
        db.execute(f"UPDATE outbox SET {column} = ? WHERE idem_key = ?",
                   (bytes(damaged), key))
    return str(key)


def status(env: dict[str, str]) -> dict:
    result = run_kiosk(env, "outbox", "status", "--json")
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_a_flipped_bit_is_quarantined_and_the_rest_is_delivered(backoffice, pki, tmp_path):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki, batch_size=10)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "8", "--seed", "5").returncode == 0
    total = status(env)["depth"]["pending"]
    database = tmp_path / "kiosk" / "outbox.sqlite3"
    key = damage(database, "personal", at=40)
    for _ in range(2):  # every time the same: one line, exit 8, never a traceback
        result = run_kiosk(env, "sync")
        assert result.returncode == 8, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "1 records cannot be unsealed or encoded" in result.stderr
    assert backoffice.stats()["distinct_records"] == total - 1  # its visit's later ones too
    depth = status(env)["depth"]
    assert depth["quarantined"] == 1 and depth["acknowledged"] == total - 1
    assert depth["in_flight"] == depth["pending"] == depth["failed"] == 0
    [parked] = json.loads(run_kiosk(env, "outbox", "rejected", "--json").stdout)
    assert parked["key"] == key and parked["state"] == "quarantined"
    assert "failed authentication" in parked["reason"]
    listed = run_kiosk(env, "outbox", "rejected")
    assert key in listed.stdout and "0 rejected, 1 quarantined" in listed.stderr
    assert run_kiosk(env, "outbox", "retry", key).returncode == 0
    assert run_kiosk(env, "sync").returncode == 8  # still damaged: set aside again
    assert run_kiosk(env, "outbox", "discard", key).returncode == 0
    assert run_kiosk(env, "sync").returncode == 0
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT state, personal, number FROM outbox WHERE idem_key = ?",
                          (key,)).fetchone() == ("discarded", None, None)
    assert run_kiosk(env, "audit", "verify").returncode == 0


def test_a_value_under_a_key_no_longer_in_the_ring_is_quarantined(backoffice, pki, tmp_path):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "3", "--seed", "2").returncode == 0
    key = damage(tmp_path / "kiosk" / "outbox.sqlite3", "personal", at=0)  # the key id
    result = run_kiosk(env, "sync")
    assert result.returncode == 8 and "Traceback" not in result.stderr
    [parked] = json.loads(run_kiosk(env, "outbox", "rejected", "--json").stdout)
    assert parked["key"] == key and "is not in" in parked["reason"]


def test_the_apps_sync_loop_sets_poison_aside_and_keeps_going(backoffice, pki, tmp_path,
                                                              monkeypatch):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki, batch_size=5,
                          sync_interval_seconds=0.2)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "6", "--seed", "9").returncode == 0
    damage(tmp_path / "kiosk" / "outbox.sqlite3", "number", at=20)
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "kiosk"))
    settings = load_settings()
    loop = SyncLoop(settings)
    loop.start()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            result = loop.last_result
            if result is not None and result.remaining == 0 and result.error is None:
                break
            time.sleep(0.1)
        assert loop.is_alive() and loop.last_result is not None
        assert loop.last_result.remaining == 0
    finally:
        loop.stop()
    box = open_outbox(settings)
    try:
        assert box.depth()["quarantined"] == 1 and box.depth()["in_flight"] == 0
    finally:
        box.store.close()


def test_the_back_office_refuses_to_start_without_its_data_key(pki, tmp_path):
    service = Backoffice(f"sqlite:///{tmp_path / 'bo.sqlite3'}", pki, tmp_path / "bo-home",
                         port=free_port())
    env = service.env
    serve = ["backoffice", "serve", "--db", service.db_url, "--pki", str(pki),
             "--port", str(service.port)]
    result = run_kiosk(env, *serve, timeout=60)
    assert result.returncode == 9 and "--init-key" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not service.key_file.exists()
    stats = service.cli("stats", "--json")
    assert stats.returncode == 9 and "data key is missing" in stats.stderr
    assert not service.key_file.exists()
    service.start()  # the first start passes --init-key
    try:
        assert service.key_file.exists()
        key = service.key_file.read_bytes()
    finally:
        service.stop()
    service.start()  # a restart keeps the key it made
    service.stop()
    assert service.key_file.read_bytes() == key
    os.unlink(service.key_file)
    again = run_kiosk(env, *serve, timeout=60)
    assert again.returncode == 9 and not service.key_file.exists()  # never regenerated
