"""Payables over HTTP (the rules are in kiosk/backoffice/payable_rules.py).

- ``PUT /v1/payables`` ``{"payables": [...]}`` (``core-*``): register or replace → the counts;
- ``POST /v1/payables/withdraw`` ``{"payables": [identity, ...]}`` (``core-*``) →
  ``{"withdrawn": N}``;
- ``GET /v1/payables?notice=NUMBER`` (``kiosk-*``): the ones still payable today, to print the
  納付書 → ``{"payables": [...]}``.
"""

from __future__ import annotations

import datetime as dt

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.bodies import batch_of
from kiosk.backoffice.payable_rules import MAX_NOTICE, InvalidPayablesError
from kiosk.backoffice.roles import Role, requires
from kiosk.backoffice.store import BackofficeStore


def payable_routes(store: BackofficeStore) -> list[Route]:
    @requires(Role.CORE)
    async def put_payables(request: Request, caller: str) -> Response:
        items, refused = await batch_of(request, "payables")
        if refused is not None:
            return refused
        try:
            counts = await run_in_threadpool(store.put_payables, items, caller, dt.date.today())
        except InvalidPayablesError as error:
            return JSONResponse({"error": str(error)}, 422)
        return JSONResponse(counts)

    @requires(Role.CORE)
    async def withdraw_payables(request: Request, _caller: str) -> Response:
        items, refused = await batch_of(request, "payables")
        if refused is not None:
            return refused
        try:
            withdrawn = await run_in_threadpool(store.withdraw_payables, items)
        except InvalidPayablesError as error:
            return JSONResponse({"error": str(error)}, 422)
        return JSONResponse({"withdrawn": withdrawn})

    @requires(Role.KIOSK)
    async def get_payables(request: Request, _caller: str) -> Response:
        notice = request.query_params.get("notice", "").strip()
        if not 0 < len(notice) <= MAX_NOTICE:
            return JSONResponse({"error": f"notice must be 1 to {MAX_NOTICE} characters"}, 400)
        found = await run_in_threadpool(store.payables_for, notice, dt.date.today())
        return JSONResponse({"payables": found})

    return [Route("/v1/payables", put_payables, methods=["PUT"]),
            Route("/v1/payables", get_payables, methods=["GET"]),
            Route("/v1/payables/withdraw", withdraw_payables, methods=["POST"])]
