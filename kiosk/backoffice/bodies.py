"""Batch request bodies (``{"records": [...]}``, ``{"payables": [...]}``), size-limited.

Only the envelope is checked here; the items' shape is each resource's schema. The size limit
is enforced while the body streams in (a declared Content-Length over it is refused before
reading anything), so a 50-MB body costs at most MAX_BODY of memory, never its own size.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

MAX_BODY = 16 * 1024 * 1024
MAX_DEPTH = 16  # the deepest batch (payables) nests 5 levels; more is an attack on the parser


class BodyTooLargeError(ValueError):
    """The body is over the limit (declared or streamed)."""


async def limited_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The body, read chunk by chunk; BodyTooLargeError as soon as it passes ``limit``."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLargeError
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLargeError
    return bytes(body)


async def batch_of(request: Request, name: str) -> tuple[Any, Response | None]:
    """The ``name`` member of the JSON body, or the refusal (413 too large, 400 not JSON)."""
    try:
        body = await limited_body(request)
    except BodyTooLargeError:
        return None, JSONResponse({"error": "batch too large"}, 413)
    expected = JSONResponse({"error": f"expected JSON {{\"{name}\": [...]}}"}, 400)
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested past the parser
        return None, expected
    if not isinstance(document, dict) or name not in document:
        return None, expected
    if too_deep(document[name], MAX_DEPTH):
        return None, JSONResponse({"error": f"nested deeper than {MAX_DEPTH} levels"}, 400)
    return document[name], None


def too_deep(value: Any, limit: int) -> bool:
    """True when lists and objects nest more than ``limit`` levels (checked iteratively)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False
