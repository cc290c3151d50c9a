"""Issue 17, the back office's boundary: every value it stores passes a schema; a bad record in
a batch is refused alone with its reason (never a 500); bodies are size-limited while they
stream; a bad stored row never breaks the metrics; CSV cells are escaped against formulas;
idempotency keys are scoped per certificate; paging parameters are validated. In process
(httpx's ASGI transport, the certificate's name put into the scope as server.py does)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import insert
from starlette.requests import Request

from kiosk.backoffice import store as store_module
from kiosk.backoffice.bodies import MAX_BODY, BodyTooLargeError, limited_body
from kiosk.backoffice.store import BackofficeStore
from tests.support.inprocess import NOW, InProcess, event, submission


def client(store: BackofficeStore, name: str) -> InProcess:
    return InProcess(store, name)


def post_records(store: BackofficeStore, records: list[Any], name: str = "kiosk-01") -> Any:
    # json.dumps writes NaN and Infinity as the bare words and lone surrogates as \ud800:
    # what a hostile or broken sender puts on the wire.
    return client(store, name).post("/v1/records", content=json.dumps({"records": records}),
                                    headers={"content-type": "application/json"})


HOSTILE = {
    "event without procedure for a service": event(
        "svc", body={"event": "service_start"}),
    "object as procedure": submission("objproc", procedure={"$gt": ""}),
    "NaN timestamp": event("nan", body={"at": float("nan")}),
    "infinite created_at": event("inf", created_at=float("inf")),
    "huge timestamp": event("huge", body={"at": 1e20}),
    "integer beyond a float": event("bigint", created_at=10**400),
    "timestamp from 1970": event("old", body={"at": 1.0}),
    "a week in the future": event("future", body={"at": NOW + 7 * 86400}),
    "lone surrogate in visit_id": event("surrogate", visit_id="v\ud800"),
    "lone surrogate in a personal value": submission("surr2", personal={"氏名": "山\udfff"}),
    "deep nesting in personal": submission("deep", personal={"氏名": [[[[["x"]]]]]}),
    "bidi override in procedure": submission("bidi", procedure="転入\u202e届"),
    "control character in visit_id": event("ctl", visit_id="v\x1b[31m"),
    "visit_id longer than its column": event("long", visit_id="v" * 65),
    "bool as timestamp": event("bool", created_at=True),
    "string as timestamp": event("str", created_at=str(NOW)),
    "unknown channel": event("chan", body={"channel": "x" * 40}),
    "too many personal fields": submission("many", personal={f"f{i}": "x" for i in range(201)}),
    "personal value too long": submission("longval", personal={"住所": "あ" * 4001}),
}


def test_each_hostile_record_is_refused_alone_and_the_rest_stored(store):
    """M3: one malformed record used to make the whole batch 500/503 (resent forever)."""
    batch = [event("good-1"), *HOSTILE.values(), submission("good-2")]
    answer = post_records(store, batch)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["stored"] + ["rejected"] * len(HOSTILE) + ["stored"]
    for (case, record), result in zip(HOSTILE.items(), results[1:-1], strict=True):
        assert result["key"] == record["key"] and result["reason"], case
        assert "山" not in result["reason"] and "\\u" not in result["reason"], case
    assert store.stats()["distinct_records"] == 2


def test_an_event_without_procedure_key_is_stored_and_free_text_keeps_line_breaks(store):
    plain = event("noproc")
    del plain["procedure"]
    typed = submission("multiline", personal={"住所": "北町1-2\n3号室\tA棟"})
    answer = post_records(store, [plain, typed]).json()
    assert [r["status"] for r in answer["results"]] == ["stored", "stored"]
    assert store.submissions()[0]["fields"]["住所"] == "北町1-2\n3号室\tA棟"


@pytest.mark.parametrize("records", [
    [{**event("x"), "key": "kiosk-01:\ud800"}],  # a key that cannot be answered back
    [{**event("x"), "key": "kiosk-01:" + "k" * 200}],
    [{**event("x"), "key": "kiosk-01:a\u202e"}],
])
def test_a_record_whose_key_cannot_be_answered_refuses_the_batch_with_422(store, records):
    answer = post_records(store, [event("fine"), *records])
    assert answer.status_code == 422 and "record 1" in answer.json()["error"]
    assert store.stats()["distinct_records"] == 0


def test_nesting_past_the_parser_is_400_not_500(store):
    deep = b'{"records": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    answer = client(store, "kiosk-01").post("/v1/records", content=deep)
    assert answer.status_code == 400 and "Traceback" not in answer.text
    shallow_but_deep = {"records": [event("d", extra=[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]])]}
    answer = client(store, "kiosk-01").post("/v1/records", json=shallow_but_deep)
    assert answer.status_code == 400 and "nested" in answer.json()["error"]
    assert store.stats()["distinct_records"] == 0


def test_idempotency_keys_are_scoped_to_the_sending_certificate(store):
    """Low: another kiosk's key was answered as a duplicate; now it is refused as foreign,
    and the key's owner can still deliver its own record."""
    foreign = {**event("shared"), "key": "kiosk-02:shared"}
    [answer] = post_records(store, [foreign]).json()["results"]
    assert answer["status"] == "rejected" and "kiosk_id" in answer["reason"]
    own = {**event("shared"), "key": "kiosk-02:shared", "kiosk_id": "kiosk-02"}
    [answer] = post_records(store, [own], "kiosk-02").json()["results"]
    assert answer["status"] == "stored"
    assert store.stats() == {"distinct_records": 1, "submissions": 0, "events": 1,
                             "duplicates_refused": 0}


def test_a_bad_row_already_stored_never_breaks_the_metrics(store):
    """M4: one event with at 1e20 made GET /v1/metrics answer 500 for good."""
    assert post_records(store, [event("huge", body={"at": 1e20})]).json()["rejected"] == 1
    post_records(store, [event("t", visit_id="v9"),
                         event("s", visit_id="v9", procedure="転入届",
                               body={"event": "service_start", "at": NOW + 60}),
                         event("e", visit_id="v9", procedure="転入届",
                               body={"event": "service_end", "at": NOW + 120})])
    with store.engine.begin() as conn:  # rows from before the boundary checks
        for at in (1e20, -1e20, 1e300):
            conn.execute(insert(store_module.events).values(
                idem_key=f"kiosk-01:old-{at}", kiosk_id="kiosk-01", visit_id="v9",
                event="service_start", procedure="転入届", channel="counter", at=at,
                received_at=NOW))
    for period in ("day", "hour"):
        answer = client(store, "core-01").get(f"/v1/metrics?period={period}")
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["skipped"] == 3 and [row["count"] for row in body["rows"]] == [1]


class _Chunks:
    """A request body arriving in 1-MiB chunks; counts how many were pulled."""

    def __init__(self, total: int, declared: bool) -> None:
        self.left, self.pulled = total, 0
        headers = [(b"content-length", str(total).encode())] if declared else []
        self.scope = {"type": "http", "method": "POST", "path": "/", "headers": headers}

    async def receive(self) -> dict[str, Any]:
        size = min(self.left, 1024 * 1024)
        self.left -= size
        self.pulled += 1
        return {"type": "http.request", "body": b" " * size, "more_body": self.left > 0}


@pytest.mark.parametrize("declared", [True, False])
def test_a_50_mb_body_is_refused_while_streaming_not_after(declared):
    """Low: the body was read whole before the size check (50 MB → +100 MB of memory)."""
    chunks = _Chunks(50 * 1024 * 1024, declared)
    with pytest.raises(BodyTooLargeError):
        asyncio.run(limited_body(Request(chunks.scope, chunks.receive)))
    assert chunks.pulled <= (0 if declared else MAX_BODY // (1024 * 1024) + 1)


def test_a_declared_oversize_body_is_413(store):
    answer = client(store, "kiosk-01").post(
        "/v1/records", content=b"{}", headers={"content-length": str(50 * 1024 * 1024)})
    assert answer.status_code == 413


FORMULAS = ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1"]


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_the_submissions_csv_escapes_formula_cells(store):
    """Low: CSV formula injection in /v1/submissions.csv."""
    personal = {f"f{i}": value for i, value in enumerate(FORMULAS)}
    post_records(store, [submission("csv", procedure="=1+1", personal=personal)])
    answer = client(store, "core-01").get("/v1/submissions.csv")
    cells = _csv_cells(answer.text)
    assert "'=1+1" in cells and all(f"'{value}" in cells for value in FORMULAS)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_the_export_command_escapes_formula_cells(store, tmp_path):
    """Low: the same in ``kiosk backoffice export --format csv``."""
    from kiosk.cli.main import cli

    post_records(store, [submission("csv", personal={"氏名": "=HYPERLINK(\"x\")"})])
    result = CliRunner().invoke(cli, [
        "backoffice", "export", "--format", "csv",
        "--db", f"sqlite:///{tmp_path / 'bo.sqlite3'}", "--key-file", str(tmp_path / "data.key")])
    assert result.exit_code == 0, result.output
    assert "'=HYPERLINK(\"x\")" in _csv_cells(result.output)


@pytest.mark.parametrize("query,status", [
    ("limit=-1", 400), ("limit=0", 400), ("limit=abc", 400), ("after=-5", 400),
    ("limit=1.5", 400), ("after=99999999999999999999999", 400), ("limit=10000", 200),
    ("limit=1", 200), ("", 200)])
def test_paging_parameters_are_validated(store, query, status):
    """Low: limit=-1 bypassed the 5,000-row cap (SQL LIMIT -1 is no limit)."""
    post_records(store, [submission(f"p{i}") for i in range(3)])
    answer = client(store, "core-01").get(f"/v1/submissions?{query}")
    assert answer.status_code == status, answer.text
    if query == "limit=1":
        assert len(answer.json()["submissions"]) == 1
