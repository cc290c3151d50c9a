"""Who calls the back office, and the one role check every endpoint goes through.

The caller is the common name of its client certificate, which kiosk/backoffice/server.py puts
into the ASGI scope (``extensions["tls"]["client_cn"]``) because uvicorn does not pass the peer
certificate on. The name's prefix is its role: ``kiosk-*`` (a terminal), ``core-*`` (the
標準準拠システム) or ``staff-*`` (a remote-window operator).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from enum import StrEnum
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

Handler = Callable[[Request, str], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


class Role(StrEnum):
    KIOSK = "kiosk"
    CORE = "core"
    STAFF = "staff"

    def holds(self, name: str) -> bool:
        """Whether a certificate of this common name has this role."""
        return name.startswith(f"{self.value}-")


def caller_name(scope: Mapping[str, Any]) -> str | None:
    """The client certificate's common name of an HTTP or WebSocket scope (None: unknown)."""
    tls = scope.get("extensions", {}).get("tls", {})
    name = tls.get("client_cn")
    return name if isinstance(name, str) else None


def requires(role: Role) -> Callable[[Handler], Endpoint]:
    """Only callers of ``role`` reach the handler, which also gets the caller's name; anyone
    else is answered 403 without the request being read."""
    def decorate(handler: Handler) -> Endpoint:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            name = caller_name(request.scope)
            if name is None or not role.holds(name):
                return JSONResponse({"error": f"this certificate may not use {request.url.path}"},
                                    403)
            return await handler(request, name)
        return endpoint
    return decorate
