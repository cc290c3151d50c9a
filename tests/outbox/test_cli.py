"""CLI surfaces and their one-line failures (no back office needed)."""

import json
import os
import sqlite3

from tests.support.backoffice import configure_kiosk, run_kiosk
from tests.support.config import KioskConfig


def _kiosk(tmp_path, pki):
    return configure_kiosk(tmp_path / "kiosk", "https://127.0.0.1:9", pki)


def test_init_pki_creates_ca_server_and_kiosk_certificates(tmp_path):
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home")}
    result = run_kiosk(env, "backoffice", "init-pki", "--dir", str(tmp_path / "pki"),
                       "--kiosks", "2")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "pki").iterdir())
    assert names == ["ca-key.pem", "ca.pem", "core-01-key.pem", "core-01.pem", "crl.pem",
                     "kiosk-01-key.pem", "kiosk-01.pem", "kiosk-02-key.pem", "kiosk-02.pem",
                     "server-key.pem", "server.pem"]
    assert (tmp_path / "pki" / "kiosk-01-key.pem").stat().st_mode & 0o777 == 0o600
    again = run_kiosk(env, "backoffice", "init-pki", "--dir", str(tmp_path / "pki"))
    assert again.returncode == 2 and "already" in again.stderr


def test_init_writes_config_and_keeps_other_keys(tmp_path, pki):
    home = tmp_path / "kiosk"
    KioskConfig(home).demo().card(trust_test_issuer=True).write()
    env = configure_kiosk(home, "https://127.0.0.1:8443", pki, retention_days=3)
    text = (home / "kiosk.toml").read_text()
    assert "demo = true" in text and "trust_test_issuer = true" in text
    assert "https://127.0.0.1:8443" in text and "retention_days = 3" in text
    assert (home / "keys" / "outbox.key").stat().st_mode & 0o777 == 0o600
    entries = run_kiosk(env, "audit", "list", "--json").stdout.splitlines()
    assert json.loads(entries[0])["action"] == "config_change"


def test_init_rejects_bad_input_in_one_line(tmp_path, pki):
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "k")}
    missing = run_kiosk(env, "init", "--backoffice", "https://h", "--pki", str(tmp_path))
    plain = run_kiosk(env, "init", "--backoffice", "http://h", "--pki", str(pki))
    for result in (missing, plain):
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "k" / "kiosk.toml").exists()


def test_invalid_configuration_is_rejected_at_start(tmp_path, pki):
    env = _kiosk(tmp_path, pki)
    KioskConfig(tmp_path / "kiosk").outbox(batch_size="many").write()
    for command in (["sync"], ["outbox", "status", "--json"], ["audit", "verify"]):
        result = run_kiosk(env, *command)
        assert result.returncode == 2 and "outbox.batch_size" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_sync_without_backoffice_configured(tmp_path):
    env = {**os.environ, "KIOSK_HOME": str(tmp_path)}
    result = run_kiosk(env, "sync")
    assert result.returncode == 2 and "kiosk init" in result.stderr


def test_corrupted_database_stops_with_clear_message_and_is_kept(tmp_path, pki):
    env = _kiosk(tmp_path, pki)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "5").returncode == 0
    database = tmp_path / "kiosk" / "outbox.sqlite3"
    damaged = b"\x00garbage" * 4096
    database.write_bytes(damaged)
    for command in (["outbox", "status", "--json"], ["sync"], ["outbox", "fill-demo",
                                                               "--count", "1"]):
        result = run_kiosk(env, *command)
        assert result.returncode == 7, result.stderr
        assert "corrupted" in result.stderr and str(database) in result.stderr
        assert "Traceback" not in result.stderr
    assert database.read_bytes() == damaged


def test_locked_database_is_an_operator_error_and_loses_nothing(tmp_path, pki):
    env = _kiosk(tmp_path, pki)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "5").returncode == 0
    before = json.loads(run_kiosk(env, "outbox", "status", "--json").stdout)["depth"]
    holder = sqlite3.connect(tmp_path / "kiosk" / "outbox.sqlite3")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_kiosk(env, "outbox", "fill-demo", "--count", "5")
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 7 and "locked" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    after = json.loads(run_kiosk(env, "outbox", "status", "--json").stdout)["depth"]
    assert after == before


def test_audit_verify_names_the_tampered_entry(tmp_path, pki):
    env = _kiosk(tmp_path, pki)
    run_kiosk(env, "outbox", "fill-demo", "--count", "4")
    assert run_kiosk(env, "audit", "verify").returncode == 0
    conn = sqlite3.connect(tmp_path / "kiosk" / "outbox.sqlite3")
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET actor = 'intruder' WHERE seq = 3")
    conn.commit()
    conn.close()
    result = run_kiosk(env, "audit", "verify")
    assert result.returncode == 1 and "entry 3" in result.stderr


def test_keys_rotate_keeps_records_readable(tmp_path, pki):
    env = _kiosk(tmp_path, pki)
    run_kiosk(env, "outbox", "fill-demo", "--count", "6")
    key_file = tmp_path / "kiosk" / "keys" / "outbox.key"
    old = json.loads(key_file.read_text())["current"]
    result = run_kiosk(env, "keys", "rotate")
    assert result.returncode == 0 and "re-encrypted 6 records" in result.stdout
    ring = json.loads(key_file.read_text())
    assert ring["current"] != old and list(ring["keys"]) == [ring["current"]]
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert run_kiosk(env, "audit", "verify").returncode == 0


def test_serve_refuses_missing_pki(tmp_path):
    env = {**os.environ, "KIOSK_HOME": str(tmp_path)}
    result = run_kiosk(env, "backoffice", "serve", "--db", f"sqlite:///{tmp_path}/b.db",
                       "--pki", str(tmp_path / "none"))
    assert result.returncode == 2 and "server.pem" in result.stderr
    bad_url = run_kiosk(env, "backoffice", "stats", "--db", "mysql://x/y", "--json")
    assert bad_url.returncode == 9 and "unsupported" in bad_url.stderr


def test_serve_on_a_busy_port_is_one_clear_line(tmp_path, pki):
    import socket
    env = {**os.environ, "KIOSK_HOME": str(tmp_path)}
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = run_kiosk(env, "backoffice", "serve", "--db", f"sqlite:///{tmp_path}/b.db",
                           "--pki", str(pki), "--port", str(port), "--init-key", timeout=30)
    assert result.returncode == 9 and f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_outbox_metrics_from_this_kiosks_events(tmp_path, pki):
    env = _kiosk(tmp_path, pki)
    run_kiosk(env, "outbox", "fill-demo", "--count", "12", "--seed", "4")
    result = run_kiosk(env, "outbox", "metrics", "--period", "hour", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert sum(row["count"] for row in rows) == 12
    assert all(row["processing_mean_s"] > 0 and row["waiting_mean_s"] > 0 for row in rows)
    assert {row["channel"] for row in rows} <= {"counter", "self", "remote"}
