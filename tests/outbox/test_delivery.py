"""Delivery through the real back-office service, on SQLite and on PostgreSQL."""

import csv
import io
import json
import time

import httpx

from devices.card.sensitive import is_valid_my_number
from tests.support.backoffice import client_context, configure_kiosk, run_kiosk


def test_sync_delivers_each_record_once_and_exports_them_decrypted(backoffice, pki, tmp_path):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki, batch_size=25)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "40", "--seed", "7").returncode == 0
    before = json.loads(run_kiosk(env, "outbox", "status", "--json").stdout)
    total = before["depth"]["pending"]
    assert total > 40  # submissions plus their visit events

    first = run_kiosk(env, "sync")
    assert first.returncode == 0, first.stderr
    assert "queue drained" in first.stdout
    assert run_kiosk(env, "sync").returncode == 0  # nothing left: still success
    assert backoffice.stats() == {"distinct_records": total, "submissions": 40,
                                  "events": total - 40, "duplicates_refused": 0}

    status = json.loads(run_kiosk(env, "outbox", "status", "--json").stdout)
    assert status["depth"] == {"pending": 0, "in_flight": 0, "acknowledged": total, "failed": 0,
                               "rejected": 0, "discarded": 0, "quarantined": 0}
    assert status["last_success"] and status["oldest_pending_age_seconds"] is None

    exported = json.loads(backoffice.cli("export", "--format", "json").stdout)
    assert len(exported) == 40 and len({row["idem_key"] for row in exported}) == 40
    assert all(row["fields"]["氏名"] and row["fields"]["住所"] for row in exported)
    numbers = [row["my_number"] for row in exported if row["my_number"]]
    assert numbers and all(is_valid_my_number(n) for n in numbers)

    table = list(csv.DictReader(io.StringIO(backoffice.cli("export", "--format", "csv").stdout)))
    assert [r["idem_key"] for r in table] == [r["idem_key"] for r in exported]
    assert table[0]["field:氏名"] == exported[0]["fields"]["氏名"]

    assert run_kiosk(env, "audit", "verify").returncode == 0
    pulled = backoffice.core_get("/v1/submissions?limit=10").json()
    assert len(pulled["submissions"]) == 10 and pulled["next_after"] == pulled[
        "submissions"][-1]["id"]
    day = backoffice.core_get("/v1/metrics?period=day").json()
    assert sum(row["count"] for row in day["rows"]) == 40


def test_back_office_database_holds_no_clear_personal_data(pki, tmp_path):
    from tests.support.backoffice import Backoffice
    db = tmp_path / "bo.sqlite3"
    service = Backoffice(f"sqlite:///{db}", pki, tmp_path / "bo-home")
    service.start()
    try:
        env = configure_kiosk(tmp_path / "kiosk", service.url, pki)
        run_kiosk(env, "outbox", "fill-demo", "--count", "10", "--seed", "3")
        assert run_kiosk(env, "sync").returncode == 0
        exported = json.loads(service.cli("export", "--format", "json").stdout)
    finally:
        service.stop()
    data = db.read_bytes() + (db.with_name(db.name + "-wal").read_bytes()
                              if db.with_name(db.name + "-wal").exists() else b"")
    for row in exported:
        assert row["fields"]["氏名"].encode() not in data
        assert row["fields"]["住所"].encode() not in data
        if row["my_number"]:
            assert row["my_number"].encode() not in data
    assert exported[0]["idem_key"].encode() in data


def test_duplicates_are_refused_and_counted(backoffice, pki):
    record = {"key": "kiosk-01:dup-1", "kind": "event", "kiosk_id": "kiosk-01",
              "visit_id": "v1", "procedure": None, "created_at": time.time(),
              "body": {"event": "ticket_issued", "at": time.time(), "channel": "counter"}}
    with httpx.Client(verify=client_context(pki, "kiosk-01"), timeout=10) as http:
        first = http.post(f"{backoffice.url}/v1/records", json={"records": [record]}).json()
        again = http.post(f"{backoffice.url}/v1/records", json={"records": [record]}).json()
        bad = http.post(f"{backoffice.url}/v1/records",
                        json={"records": [{**record, "key": "kiosk-01:x", "kind": "parcel"}]})
        unkeyed = http.post(f"{backoffice.url}/v1/records",
                            json={"records": [{**record, "key": ""}]})
    assert first["results"] == [{"key": "kiosk-01:dup-1", "status": "stored"}]
    assert again["results"] == [{"key": "kiosk-01:dup-1", "status": "duplicate"}]
    assert bad.status_code == 200 and bad.json()["results"] == [
        {"key": "kiosk-01:x", "status": "rejected",
         "reason": "kind must be submission or event"}]
    assert unkeyed.status_code == 422 and "record 0" in unkeyed.json()["error"]
    stats = backoffice.stats()
    assert stats["distinct_records"] == 1 and stats["duplicates_refused"] == 1


def test_a_record_the_back_office_rejects_is_parked_for_an_operator(backoffice, pki, tmp_path):
    import sqlite3

    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki, batch_size=25)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "3", "--seed", "3").returncode == 0
    total = json.loads(run_kiosk(env, "outbox", "status", "--json").stdout)["depth"]["pending"]
    database = tmp_path / "kiosk" / "outbox.sqlite3"
    with sqlite3.connect(database) as db:  # e.g. a kiosk of an older version wrote it
        key, body = db.execute("SELECT idem_key, body FROM outbox WHERE kind = 'submission' "
                               "ORDER BY id LIMIT 1").fetchone()
        db.execute("UPDATE outbox SET body = ? WHERE idem_key = ?",
                   (json.dumps({**json.loads(body), "form_sha256": "not-a-digest"}), key))
    first = run_kiosk(env, "sync")
    assert first.returncode == 8 and "kiosk outbox rejected" in first.stderr
    assert len(first.stderr.strip().splitlines()) == 1
    assert backoffice.stats()["distinct_records"] == total - 1  # the rest of its visit too
    [parked] = json.loads(run_kiosk(env, "outbox", "rejected", "--json").stdout)
    assert parked["key"] == key and "form_sha256" in parked["reason"]
    assert run_kiosk(env, "outbox", "retry", key).returncode == 0
    assert run_kiosk(env, "sync").returncode == 8  # still malformed: parked again
    unknown = run_kiosk(env, "outbox", "discard", "kiosk-01:nope")
    assert unknown.returncode == 2 and "not a rejected record" in unknown.stderr
    assert run_kiosk(env, "outbox", "discard", key).returncode == 0
    assert run_kiosk(env, "sync").returncode == 0
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT state, personal, number FROM outbox WHERE idem_key = ?",
                          (key,)).fetchone() == ("discarded", None, None)
    assert run_kiosk(env, "audit", "verify").returncode == 0
