"""Batch request bodies (``{"records": [...]}``, ``{"payables": [...]}``), size-limited.

Only the envelope is checked here; the items' shape is the store's business.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

MAX_BODY = 16 * 1024 * 1024


async def batch_of(request: Request, name: str) -> tuple[Any, Response | None]:
    """The ``name`` member of the JSON body, or the refusal (413 too large, 400 not JSON)."""
    body = await request.body()
    if len(body) > MAX_BODY:
        return None, JSONResponse({"error": "batch too large"}, 413)
    try:
        return json.loads(body)[name], None
    except (ValueError, KeyError, TypeError):
        return None, JSONResponse({"error": f"expected JSON {{\"{name}\": [...]}}"}, 400)
