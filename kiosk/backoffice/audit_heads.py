"""The audit anchor over HTTP (the rules are in kiosk/backoffice/audit_head_store.py).

- ``POST /v1/audit/head`` (``kiosk-*``, own name only) ``{"kiosk_id", "seq", "hash", "base"}``
  (``base``: null or ``{"seq", "hash"}``, the kiosk's entry at the anchored sequence) →
  200 ``{"kiosk_id", "anchored": {"seq", "hash", "anchored_at", "seen_at"}}``; 409
  ``{"error", "reason", "anchored_seq"}`` when the head does not extend the anchored one
  (``reason`` backwards, rewritten or not_extending; ``base``: send the entry at
  ``anchored_seq`` as base); 400/413/422 for a body that is not such an object.
- ``GET /v1/audit/head`` (``kiosk-*``; ``?kiosk_id=`` may only name the caller) →
  ``{"kiosk_id", "head": {...} | null}``, which ``kiosk audit verify`` compares with its log.
- ``GET /v1/audit/heads`` (``core-*``) → ``{"heads": [...]}``: every kiosk's head and its last
  refusal, the check ``kiosk backoffice audit-heads`` prints.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.audit_head_store import AuditHeadStore, HeadRefusedError, Presented
from kiosk.backoffice.roles import Role, requires
from kiosk.backoffice.store import BackofficeStore
from kiosk.store.anchor import Head, valid_head

MAX_BODY = 4096  # a head is about 200 bytes
FIELDS = {"kiosk_id", "seq", "hash", "base"}


def audit_head_routes(store: BackofficeStore) -> list[Route]:
    heads = AuditHeadStore(store)

    @requires(Role.KIOSK)
    async def post_head(request: Request, caller: str) -> Response:
        body, refused = await _small_json(request)
        if refused is not None:
            return refused
        if "kiosk_id" in body and body["kiosk_id"] != caller:
            return JSONResponse({"error": "kiosk_id does not match the certificate"}, 403)
        presented, problem = presented_head(body)
        if presented is None:
            return JSONResponse({"error": problem}, 422)
        try:
            row = await run_in_threadpool(heads.anchor, caller, presented)
        except HeadRefusedError as refusal:
            return JSONResponse({"error": str(refusal), "reason": refusal.reason,
                                 "anchored_seq": refusal.anchored.seq}, 409)
        return JSONResponse({"kiosk_id": caller, "anchored": _public(row)})

    @requires(Role.KIOSK)
    async def get_head(request: Request, caller: str) -> Response:
        if request.query_params.get("kiosk_id", caller) != caller:
            return JSONResponse({"error": "a kiosk may only read its own audit head"}, 403)
        row = await run_in_threadpool(heads.head_of, caller)
        return JSONResponse({"kiosk_id": caller, "head": None if row is None else _public(row)})

    @requires(Role.CORE)
    async def list_heads(_request: Request, _caller: str) -> Response:
        return JSONResponse({"heads": await run_in_threadpool(heads.all)})

    return [Route("/v1/audit/head", post_head, methods=["POST"]),
            Route("/v1/audit/head", get_head, methods=["GET"]),
            Route("/v1/audit/heads", list_heads, methods=["GET"])]


def presented_head(body: dict[str, Any]) -> tuple[Presented | None, str]:
    """The head and base of a request body, or None and the rule it breaks."""
    unknown = body.keys() - FIELDS
    if unknown:
        return None, f"unknown field {sorted(unknown)[0][:40]!r}"
    if "kiosk_id" not in body:
        return None, "kiosk_id is missing"
    if not valid_head(body.get("seq"), body.get("hash")):
        return None, "seq must be a whole number >= 0 and hash 64 lowercase hex digits " \
                     "(the genesis value exactly for seq 0)"
    base = body.get("base")
    if base is None:
        return Presented(Head(body["seq"], body["hash"]), None), ""
    if not isinstance(base, dict) or base.keys() != {"seq", "hash"} or \
            not valid_head(base["seq"], base["hash"]) or base["seq"] > body["seq"]:
        return None, "base must be null or {seq, hash} of an entry at or before seq"
    return Presented(Head(body["seq"], body["hash"]), Head(base["seq"], base["hash"])), ""


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in ("seq", "hash", "anchored_at", "seen_at")}


async def _small_json(request: Request) -> tuple[dict[str, Any], Response | None]:
    """The JSON object of the body, read no further than MAX_BODY bytes."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return {}, JSONResponse({"error": "body too large"}, 413)
    try:
        data = json.loads(body, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        return {}, JSONResponse({"error": "expected a JSON object"}, 400)
    return data, None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")
