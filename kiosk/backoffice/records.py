"""``POST /v1/records``: terminals (``kiosk-*``) deliver their outbox, and only as themselves.

Every record's ``kiosk_id`` must equal the certificate's common name. The answer gives each
record's key and status (stored, duplicate, or rejected with a reason), and the counts.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.bodies import batch_of
from kiosk.backoffice.roles import Role, requires
from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError
from kiosk.backoffice.validate import InvalidRecordsError


def record_routes(store: BackofficeStore) -> list[Route]:
    @requires(Role.KIOSK)
    async def receive_records(request: Request, caller: str) -> Response:
        records, refused = await batch_of(request, "records")
        if refused is not None:
            return refused
        if isinstance(records, list) and any(
                isinstance(r, dict) and r.get("kiosk_id") != caller for r in records):
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

    return [Route("/v1/records", receive_records, methods=["POST"])]
