"""The audit anchor over HTTP (the rules are in kiosk/backoffice/audit_head_store.py).

- ``POST /v1/audit/head`` (``kiosk-*``, own name only) ``{"kiosk_id", "seq", "hash", "base"}``
  (``base``: null or ``{"seq", "hash"}``, the kiosk's entry at the anchored sequence) →
  200 ``{"kiosk_id", "anchored": {"seq", "hash", "anchored_at", "seen_at"}}``; 409
  ``{"error", "reason", "anchored_seq"}`` when the head does not extend the anchored one
  (``reason`` backwards, rewritten or not_extending; ``base``: send the entry at
  ``anchored_seq`` as base); 400 not a JSON object, 413 over 4 KiB (counted while reading),
  422 a field that does not fit the schema (kiosk/backoffice/audit_head_schema.py), with the
  field and the rule.
- ``GET /v1/audit/head`` (``kiosk-*``; ``?kiosk_id=`` may only name the caller: 422 when it
  is no name, 403 when another one) →
  ``{"kiosk_id", "head": {...} | null}``, which ``kiosk audit verify`` compares with its log.
- ``GET /v1/audit/heads`` (``core-*``) → ``{"heads": [...]}``: every kiosk's head and its last
  refusal, the check ``kiosk backoffice audit-heads`` prints.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.audit_head_schema import HeadIn, HeadQuery
from kiosk.backoffice.audit_head_store import AuditHeadStore, HeadRefusedError, Presented
from kiosk.backoffice.bodies import BodyTooLargeError, limited_body
from kiosk.backoffice.roles import Role, requires
from kiosk.backoffice.schemas import reason_of
from kiosk.backoffice.store import BackofficeStore

MAX_BODY = 4096  # a head is about 200 bytes
Model = TypeVar("Model", bound=BaseModel)


def audit_head_routes(store: BackofficeStore) -> list[Route]:
    heads = AuditHeadStore(store)

    @requires(Role.KIOSK)
    async def post_head(request: Request, caller: str) -> Response:
        try:
            body = await _head_in(request)
        except RefusedError as refused:
            return refused.response
        if body.kiosk_id != caller:
            return JSONResponse({"error": "kiosk_id does not match the certificate"}, 403)
        base = None if body.base is None else body.base.head()
        try:
            row = await run_in_threadpool(heads.anchor, caller, Presented(body.head(), base))
        except HeadRefusedError as refusal:
            return JSONResponse({"error": str(refusal), "reason": refusal.reason,
                                 "anchored_seq": refusal.anchored.seq}, 409)
        return JSONResponse({"kiosk_id": caller, "anchored": _public(row)})

    @requires(Role.KIOSK)
    async def get_head(request: Request, caller: str) -> Response:
        try:
            query = _valid(HeadQuery, dict(request.query_params))
        except RefusedError as refused:
            return refused.response
        if query.kiosk_id not in (None, caller):
            return JSONResponse({"error": "a kiosk may only read its own audit head"}, 403)
        row = await run_in_threadpool(heads.head_of, caller)
        return JSONResponse({"kiosk_id": caller, "head": None if row is None else _public(row)})

    @requires(Role.CORE)
    async def list_heads(_request: Request, _caller: str) -> Response:
        return JSONResponse({"heads": await run_in_threadpool(heads.all)})

    return [Route("/v1/audit/head", post_head, methods=["POST"]),
            Route("/v1/audit/head", get_head, methods=["GET"]),
            Route("/v1/audit/heads", list_heads, methods=["GET"])]


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in ("seq", "hash", "anchored_at", "seen_at")}


class RefusedError(Exception):
    """A request refused before anything is read from or written to the store."""

    def __init__(self, response: Response) -> None:
        super().__init__()
        self.response = response


async def _head_in(request: Request) -> HeadIn:
    """The body as HeadIn; RefusedError with 413 over MAX_BODY (counted while reading), 400 not
    a JSON object (NaN and the infinities are not JSON), 422 a field that does not fit."""
    try:
        raw = await limited_body(request, MAX_BODY)
    except BodyTooLargeError:
        raise RefusedError(JSONResponse({"error": "body too large"}, 413)) from None
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested past the parser
        data = None
    if not isinstance(data, dict):
        raise RefusedError(JSONResponse({"error": "expected a JSON object"}, 400))
    return _valid(HeadIn, data)


def _valid(schema: type[Model], data: dict[str, Any]) -> Model:
    """``data`` as ``schema``; RefusedError with the 422 naming the field and the rule (never
    the value)."""
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        raise RefusedError(JSONResponse({"error": reason_of(error)}, 422)) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")
