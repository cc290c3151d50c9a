"""The back office's HTTP API (Starlette). Every route sits behind mutual TLS.

Roles come from the client certificate's common name: ``kiosk-*`` may deliver records, and
only as itself (a record's kiosk_id must equal the certificate's CN); ``core-*`` (the
標準準拠システム pulling submissions) may read submissions, metrics and statistics.
The remote window (``/v1/remote/{branch}/ws``, kiosk/backoffice/remote.py) adds ``staff-*``:
a kiosk opens its own branch's session, staff join the branches the access file lists.
Payables (kiosk/backoffice/payables.py): ``core-*`` registers and withdraws them, ``kiosk-*``
looks up the ones still payable by notice number to print the 納付書.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from kiosk import metrics
from kiosk.backoffice.payables import MAX_NOTICE, InvalidPayablesError
from kiosk.backoffice.queue import queue_routes
from kiosk.backoffice.remote import RemoteHub
from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError
from kiosk.backoffice.validate import InvalidRecordsError

MAX_BODY = 16 * 1024 * 1024
CSV_FIXED = ["id", "idem_key", "kiosk_id", "visit_id", "procedure", "channel", "form_sha256",
             "created_at", "received_at", "my_number"]


def client_name(request: Request) -> str | None:
    tls = request.scope.get("extensions", {}).get("tls", {})
    name = tls.get("client_cn")
    return name if isinstance(name, str) else None


def _denied(request: Request, role: str) -> Response | None:
    name = client_name(request)
    if name is None or not name.startswith(f"{role}-"):
        return JSONResponse({"error": f"this certificate may not use {request.url.path}"}, 403)
    return None


def create_app(store: BackofficeStore, remote_access: Path | None = None) -> Starlette:
    """The API; with ``remote_access`` (the staff access file) also the remote window."""
    async def receive_records(request: Request) -> Response:
        if (denied := _denied(request, "kiosk")) is not None:
            return denied
        body = await request.body()
        if len(body) > MAX_BODY:
            return JSONResponse({"error": "batch too large"}, 413)
        try:
            records = json.loads(body)["records"]
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"error": "expected JSON {\"records\": [...]}"}, 400)
        if isinstance(records, list) and any(
                isinstance(r, dict) and r.get("kiosk_id") != client_name(request)
                for r in records):
            return JSONResponse({"error": "kiosk_id does not match the certificate"}, 403)
        try:
            results = await run_in_threadpool(store.ingest, records)
        except InvalidRecordsError as error:
            return JSONResponse({"error": str(error)}, 422)
        except BackofficeStoreError as error:
            return JSONResponse({"error": str(error)}, 503)
        keyed = [{"key": r["key"], "status": status, **({"reason": reason} if reason else {})}
                 for r, (status, reason) in zip(records, results, strict=True)]
        statuses = [status for status, _ in results]
        return JSONResponse({"results": keyed, "stored": statuses.count("stored"),
                             "duplicates": statuses.count("duplicate"),
                             "rejected": statuses.count("rejected")})

    async def list_submissions(request: Request) -> Response:
        if (denied := _denied(request, "core")) is not None:
            return denied
        try:
            after = int(request.query_params.get("after", "0"))
            limit = min(int(request.query_params.get("limit", "500")), 5000)
        except ValueError:
            return JSONResponse({"error": "after and limit must be integers"}, 400)
        rows = await run_in_threadpool(store.submissions, after, limit)
        return JSONResponse({"submissions": rows,
                             "next_after": rows[-1]["id"] if rows else after})

    async def submissions_csv(request: Request) -> Response:
        if (denied := _denied(request, "core")) is not None:
            return denied
        rows = await run_in_threadpool(store.submissions)
        return Response(submissions_to_csv(rows), media_type="text/csv; charset=utf-8")

    async def get_metrics(request: Request) -> Response:
        if (denied := _denied(request, "core")) is not None:
            return denied
        period = request.query_params.get("period", "day")
        if period not in ("hour", "day"):
            return JSONResponse({"error": "period must be hour or day"}, 400)
        events = await run_in_threadpool(store.events)
        rows = metrics.aggregate(events, "hour" if period == "hour" else "day")
        return JSONResponse({"period": period, "rows": [row.as_dict() for row in rows]})

    async def get_stats(request: Request) -> Response:
        if (denied := _denied(request, "core")) is not None:
            return denied
        return JSONResponse(await run_in_threadpool(store.stats))

    async def put_payables(request: Request) -> Response:
        if (denied := _denied(request, "core")) is not None:
            return denied
        items, refused = await _payables_body(request)
        if refused is not None:
            return refused
        by = client_name(request) or ""
        try:
            counts = await run_in_threadpool(store.put_payables, items, by, dt.date.today())
        except InvalidPayablesError as error:
            return JSONResponse({"error": str(error)}, 422)
        return JSONResponse(counts)

    async def withdraw_payables(request: Request) -> Response:
        if (denied := _denied(request, "core")) is not None:
            return denied
        items, refused = await _payables_body(request)
        if refused is not None:
            return refused
        try:
            withdrawn = await run_in_threadpool(store.withdraw_payables, items)
        except InvalidPayablesError as error:
            return JSONResponse({"error": str(error)}, 422)
        return JSONResponse({"withdrawn": withdrawn})

    async def get_payables(request: Request) -> Response:
        if (denied := _denied(request, "kiosk")) is not None:
            return denied
        notice = request.query_params.get("notice", "").strip()
        if not 0 < len(notice) <= MAX_NOTICE:
            return JSONResponse({"error": f"notice must be 1 to {MAX_NOTICE} characters"}, 400)
        found = await run_in_threadpool(store.payables_for, notice, dt.date.today())
        return JSONResponse({"payables": found})

    async def health(_request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def store_failed(_request: Request, error: Exception) -> Response:
        return JSONResponse({"error": str(error)}, 503)

    remote: list[BaseRoute] = []
    if remote_access is not None:
        remote.append(RemoteHub(store, remote_access).route())
    return Starlette(exception_handlers={BackofficeStoreError: store_failed}, routes=[
        *remote,
        *queue_routes(store),
        Route("/v1/records", receive_records, methods=["POST"]),
        Route("/v1/submissions", list_submissions),
        Route("/v1/submissions.csv", submissions_csv),
        Route("/v1/metrics", get_metrics),
        Route("/v1/stats", get_stats),
        Route("/v1/payables", put_payables, methods=["PUT"]),
        Route("/v1/payables", get_payables, methods=["GET"]),
        Route("/v1/payables/withdraw", withdraw_payables, methods=["POST"]),
        Route("/healthz", health),
    ])


async def _payables_body(request: Request) -> tuple[Any, Response | None]:
    """The ``payables`` of the JSON body (shape checked by the store), or the refusal."""
    body = await request.body()
    if len(body) > MAX_BODY:
        return None, JSONResponse({"error": "batch too large"}, 413)
    try:
        return json.loads(body)["payables"], None
    except (ValueError, KeyError, TypeError):
        return None, JSONResponse({"error": "expected JSON {\"payables\": [...]}"}, 400)


def submissions_to_csv(rows: list[dict[str, Any]]) -> str:
    """One row per submission; the personal fields become ``field:NAME`` columns."""
    names = sorted({name for row in rows for name in row["fields"]})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIXED + [f"field:{name}" for name in names])
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in CSV_FIXED]
                        + [row["fields"].get(name, "") for name in names])
    return out.getvalue()


def _cell(value: Any) -> str:
    return "" if value is None else str(value)
