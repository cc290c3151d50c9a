"""Counts for the 標準準拠システム (``core-*``).

- ``GET /v1/metrics?period=hour|day`` → 処理件数・処理時間・待ち時間 per period, from the
  delivered visit events (kiosk/metrics.py), and how many stored events were ``skipped``
  because no report can use them;
- ``GET /v1/stats`` → distinct records received and duplicates refused.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk import metrics
from kiosk.backoffice.roles import Role, requires
from kiosk.backoffice.store import BackofficeStore


def stats_routes(store: BackofficeStore) -> list[Route]:
    @requires(Role.CORE)
    async def get_metrics(request: Request, _caller: str) -> Response:
        period = request.query_params.get("period", "day")
        if period not in ("hour", "day"):
            return JSONResponse({"error": "period must be hour or day"}, 400)
        events = await run_in_threadpool(store.events)
        usable = metrics.reportable(events)
        rows = metrics.aggregate(usable, "hour" if period == "hour" else "day")
        # "skipped": stored events no report can use (e.g. from before the boundary checks).
        return JSONResponse({"period": period, "rows": [row.as_dict() for row in rows],
                             "skipped": len(events) - len(usable)})

    @requires(Role.CORE)
    async def get_stats(_request: Request, _caller: str) -> Response:
        return JSONResponse(await run_in_threadpool(store.stats))

    return [Route("/v1/metrics", get_metrics), Route("/v1/stats", get_stats)]
