"""The shared queue's HTTP routes (``/v1/queue/…``), for terminals (``kiosk-*`` certificates).

- ``POST /v1/queue/reserve`` → ``{"number": N}``: the day's next number, printed before the
  ticket is registered (so a self-service terminal never waits on the network to print);
- ``POST /v1/queue/tickets`` ``{procedures, channel, visit_id, number?, prefix?, issued_at?}``
  → the ticket (``number`` 0 or absent: allocated now); re-sending a label is harmless;
- ``POST /v1/queue/call-next`` ``{counter}`` → ``{"ticket": … | null}``;
- ``POST /v1/queue/tickets/{label}/{action}`` ``{counter?}``: recall, transfer, no_show, start,
  finish → the ticket;
- ``GET /v1/queue/board`` → the day's active tickets, the waiting count, the calling tickets.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.queue_store import QueueRequestError, QueueStore, TicketNotFoundError
from kiosk.backoffice.roles import Endpoint, Role, requires
from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError

MAX_BODY = 64 * 1024
Handler = Callable[[Request, dict[str, Any], str], Awaitable[Any]]


def queue_routes(store: BackofficeStore) -> list[Route]:
    queue = QueueStore(store)

    async def reserve(_request: Request, _body: dict[str, Any], _name: str) -> Any:
        return {"number": await run_in_threadpool(queue.reserve)}

    async def issue(_request: Request, body: dict[str, Any], name: str) -> Any:
        return await run_in_threadpool(queue.issue, name, body)

    async def call_next(_request: Request, body: dict[str, Any], _name: str) -> Any:
        return {"ticket": await run_in_threadpool(queue.call_next, str(body.get("counter", "")))}

    async def act(request: Request, body: dict[str, Any], _name: str) -> Any:
        label, action = request.path_params["label"], request.path_params["action"]
        return await run_in_threadpool(queue.act, label, action, str(body.get("counter", "")))

    async def board(_request: Request, _body: dict[str, Any], _name: str) -> Any:
        return await run_in_threadpool(queue.board)

    return [
        Route("/v1/queue/reserve", _endpoint(reserve), methods=["POST"]),
        Route("/v1/queue/tickets", _endpoint(issue), methods=["POST"]),
        Route("/v1/queue/call-next", _endpoint(call_next), methods=["POST"]),
        Route("/v1/queue/tickets/{label}/{action}", _endpoint(act), methods=["POST"]),
        Route("/v1/queue/board", _endpoint(board), methods=["GET"]),
    ]


def _endpoint(handler: Handler) -> Endpoint:
    """Role check, JSON body, and the queue's errors as one-line JSON answers."""
    @requires(Role.KIOSK)
    async def endpoint(request: Request, name: str) -> Response:
        body: Any = {}
        if request.method == "POST":
            raw = await request.body()
            if len(raw) > MAX_BODY:
                return JSONResponse({"error": "request too large"}, 413)
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = None
            if not isinstance(body, dict):
                return JSONResponse({"error": "expected a JSON object"}, 400)
        try:
            return JSONResponse(await handler(request, body, name))
        except QueueRequestError as error:
            return JSONResponse({"error": str(error)}, 422)
        except TicketNotFoundError as error:
            return JSONResponse({"error": str(error)}, 404)
        except BackofficeStoreError as error:
            return JSONResponse({"error": str(error)}, 503)
    return endpoint
