"""Issue 17, M3/M4 against the real back office (mutual TLS, SQLite and PostgreSQL): one
malformed record used to make the whole batch answer 500/503, which the kiosk then resent for
ever; one event at 1e20 broke GET /v1/metrics for good. Now each bad record is refused alone
with its reason, the rest is stored, the kiosk parks the refused one, and the reports hold."""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

import httpx

from tests.support.backoffice import configure_kiosk, run_kiosk
from tests.support.net import client_context


def _event(key: str, **body: Any) -> dict[str, Any]:
    now = time.time()
    return {"key": f"kiosk-01:{key}", "kind": "event", "kiosk_id": "kiosk-01", "visit_id": "v1",
            "procedure": None, "created_at": now,
            "body": {"event": "ticket_issued", "at": now, "channel": "counter", **body}}


def test_a_batch_with_hostile_records_stores_the_rest(backoffice, pki):
    batch = [_event("ok-1"),
             _event("nan", at=float("nan")),  # json.dumps writes the bare word NaN
             _event("huge", at=1e20),
             {**_event("long"), "visit_id": "v" * 500},  # past its column on PostgreSQL
             {**_event("surrogate"), "visit_id": "v\ud800"},
             {**_event("object"), "kind": "submission", "procedure": {"a": 1},
              "body": {"channel": "counter", "form_sha256": "0" * 64}},
             _event("ok-2")]
    with httpx.Client(verify=client_context(pki, "kiosk-01"), timeout=10) as http:
        answer = http.post(f"{backoffice.url}/v1/records",
                           content=json.dumps({"records": batch}),
                           headers={"content-type": "application/json"})
    assert answer.status_code == 200, answer.text
    statuses = [result["status"] for result in answer.json()["results"]]
    assert statuses == ["stored"] + ["rejected"] * 5 + ["stored"]
    assert backoffice.stats()["distinct_records"] == 2
    metrics = backoffice.core_get("/v1/metrics?period=day")
    assert metrics.status_code == 200 and metrics.json()["skipped"] == 0


def test_the_kiosk_parks_the_poison_record_and_delivers_its_queue(backoffice, pki, tmp_path):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki, batch_size=25)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "3", "--seed", "5").returncode == 0
    total = json.loads(run_kiosk(env, "outbox", "status", "--json").stdout)["depth"]["pending"]
    with sqlite3.connect(tmp_path / "kiosk" / "outbox.sqlite3") as db:
        key, body = db.execute("SELECT idem_key, body FROM outbox WHERE kind = 'event' "
                               "ORDER BY id LIMIT 1").fetchone()
        poisoned = json.dumps({**json.loads(body), "at": 1e20})  # a clock gone wild
        db.execute("UPDATE outbox SET body = ? WHERE idem_key = ?", (poisoned, key))
    first = run_kiosk(env, "sync")
    assert first.returncode == 8 and "Traceback" not in first.stderr, first.stderr
    assert backoffice.stats()["distinct_records"] == total - 1
    [parked] = json.loads(run_kiosk(env, "outbox", "rejected", "--json").stdout)
    assert parked["key"] == key and "at" in parked["reason"]
    again = run_kiosk(env, "sync")  # nothing is resent: the poison record waits for an operator
    assert "Traceback" not in again.stderr
    status = json.loads(run_kiosk(env, "outbox", "status", "--json").stdout)["depth"]
    assert status.get("pending", 0) == 0 and status.get("in_flight", 0) == 0
    assert backoffice.stats()["duplicates_refused"] == 0
    assert backoffice.core_get("/v1/metrics?period=hour").status_code == 200
