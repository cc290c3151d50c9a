"""Payables over HTTP (the rules are in kiosk/backoffice/payable_rules.py).

- ``PUT /v1/payables`` ``{"payables": [...]}`` (``core-*``): register or replace → the counts;
- ``POST /v1/payables/withdraw`` ``{"payables": [identity, ...]}`` (``core-*``) →
  ``{"withdrawn": N}``;
- ``GET /v1/payables?notice=NUMBER`` (``kiosk-*``): the ones still payable today, the payer
  masked (kiosk/payments/masking.py), each with its ``ref`` → ``{"payables": [...]}``;
- ``GET /v1/payables/{ref}?notice=NUMBER`` (``kiosk-*``): the one the clerk prints, payer in
  full → ``{"payable": {...}}``, 404 unless it is still payable under that notice.

Both kiosk lookups count against the certificate's limit (429 with ``Retry-After`` beyond it)
and leave an audit entry (kiosk/backoffice/lookups.py). Each body and query is checked against
its endpoint's schema (kiosk/backoffice/payable_schema.py) before anything is stored or counted:
400 not JSON or a malformed ``notice``/``ref`` (not counted, not audited), 413 too large, 422 a
batch or payable that does not fit, naming the payable and the rule.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.bodies import batch_of
from kiosk.backoffice.lookups import DEFAULT_LOOKUPS_PER_MINUTE, LookupAudit, LookupLimiter
from kiosk.backoffice.payable_reads import masked_list, released
from kiosk.backoffice.payable_rules import InvalidPayablesError
from kiosk.backoffice.payable_schema import LookupQuery, ReleaseQuery, query_reason
from kiosk.backoffice.roles import Role, requires
from kiosk.backoffice.store import BackofficeStore

Query = TypeVar("Query", LookupQuery, ReleaseQuery)


def payable_routes(store: BackofficeStore, lookups_per_minute: int = DEFAULT_LOOKUPS_PER_MINUTE
                   ) -> list[Route]:
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

    return [Route("/v1/payables", put_payables, methods=["PUT"]),
            Route("/v1/payables/withdraw", withdraw_payables, methods=["POST"]),
            *_kiosk_routes(store, LookupLimiter(lookups_per_minute), LookupAudit(store))]


def _kiosk_routes(store: BackofficeStore, limiter: LookupLimiter, audit: LookupAudit
                  ) -> list[Route]:
    """The two lookups a kiosk makes: both limited per certificate, both audited."""
    @requires(Role.KIOSK)
    async def get_payables(request: Request, caller: str) -> Response:
        query = _admitted(LookupQuery, dict(request.query_params), caller, limiter)
        if isinstance(query, Response):
            return query
        notice = query.notice
        found = await run_in_threadpool(masked_list, store, notice, dt.date.today())
        await run_in_threadpool(audit.record, caller, "list", notice, len(found))
        return JSONResponse({"payables": found})

    @requires(Role.KIOSK)
    async def release_payable(request: Request, caller: str) -> Response:
        asked = {**request.query_params, "ref": request.path_params["ref"]}
        query = _admitted(ReleaseQuery, asked, caller, limiter)
        if isinstance(query, Response):
            return query
        notice, ref = query.notice, int(query.ref)
        payable = await run_in_threadpool(released, store, notice, ref, dt.date.today())
        await run_in_threadpool(audit.record, caller, "release", notice,
                                int(payable is not None), ref)
        if payable is None:
            return JSONResponse({"error": "no such payable for this notice (paid, withdrawn "
                                          "or past its deadline)"}, 404)
        return JSONResponse({"payable": payable})

    return [Route("/v1/payables", get_payables, methods=["GET"]),
            Route("/v1/payables/{ref}", release_payable, methods=["GET"])]


def _admitted(schema: type[Query], asked: dict[str, str], caller: str, limiter: LookupLimiter
              ) -> Query | Response:
    """The lookup's parameters as ``schema``, or the refusal: malformed (400, not counted) or
    one lookup too many for this certificate (429, nothing stored)."""
    try:
        query = schema.model_validate(asked)
    except ValidationError as error:
        return JSONResponse({"error": query_reason(error)}, 400)
    wait = limiter.admit(caller)
    if wait:
        return JSONResponse(
            {"error": f"too many payable lookups from this certificate "
                      f"(at most {limiter.limit} a minute); retry in {wait} s"},
            429, headers={"Retry-After": str(wait)})
    return query
