"""The shared queue's HTTP routes (``/v1/queue/…``), for terminals (``kiosk-*`` certificates).

- ``POST /v1/queue/reserve`` ``{}`` → ``{"number": N}``: the day's next number, reserved for
  the calling terminal and printed before the ticket is registered (so a self-service terminal
  never waits on the network to print);
- ``POST /v1/queue/tickets`` ``{procedures, channel, visit_id, number?, prefix?, issued_at?}``
  → the ticket (``number`` 0 or absent: allocated now; otherwise a number reserved by this
  terminal, or with ``prefix`` its own offline range); re-sending a label is harmless;
- ``POST /v1/queue/call-next`` ``{counter}`` → ``{"ticket": … | null}``;
- ``POST /v1/queue/tickets/{label}/{action}`` ``{counter?}``: call, recall, transfer, no_show,
  start, finish → the ticket; a move the ticket's state does not allow → 409 with the reason;
- ``GET /v1/queue/board`` → the day's active tickets, the waiting count, the calling tickets.

Each body and the path/query parameters are checked against one schema per endpoint
(kiosk/backoffice/queue_schema.py) before anything is stored: 400 not a JSON object, 413 too
large (counted while reading), 422 a field that does not fit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.queue_schema import (
    NOT_AN_OBJECT,
    ActBody,
    ActIn,
    BoardQuery,
    CallNextIn,
    ReserveIn,
    TicketIn,
    parse,
)
from kiosk.backoffice.queue_store import (
    QueueConflictError,
    QueueRequestError,
    QueueStore,
    TicketNotFoundError,
)
from kiosk.backoffice.roles import Endpoint, Role, requires
from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError

MAX_BODY = 64 * 1024
TOO_LARGE = "リクエストが大きすぎます / request too large"
Handler = Callable[[Request, Any, str], Awaitable[Any]]


class BodyTooLargeError(ValueError):
    pass


def queue_routes(store: BackofficeStore) -> list[Route]:
    queue = QueueStore(store)

    async def reserve(_request: Request, _body: ReserveIn, name: str) -> Any:
        return {"number": await run_in_threadpool(queue.reserve, name)}

    async def issue(_request: Request, body: TicketIn, name: str) -> Any:
        return await run_in_threadpool(queue.issue, name, body)

    async def call_next(_request: Request, body: CallNextIn, _name: str) -> Any:
        return {"ticket": await run_in_threadpool(queue.call_next, body)}

    async def act(_request: Request, body: ActIn, _name: str) -> Any:
        return await run_in_threadpool(queue.act, body)

    async def board(_request: Request, _query: BoardQuery, _name: str) -> Any:
        return await run_in_threadpool(queue.board)

    return [
        Route("/v1/queue/reserve", _endpoint(reserve, ReserveIn), methods=["POST"]),
        Route("/v1/queue/tickets", _endpoint(issue, TicketIn), methods=["POST"]),
        Route("/v1/queue/call-next", _endpoint(call_next, CallNextIn), methods=["POST"]),
        Route("/v1/queue/tickets/{label}/{action}", _endpoint(act, ActIn), methods=["POST"]),
        Route("/v1/queue/board", _endpoint(board, BoardQuery), methods=["GET"]),
    ]


def _endpoint(handler: Handler, schema: type[BaseModel]) -> Endpoint:
    """Role check, the request checked against ``schema``, the queue's errors as one-line JSON
    answers."""
    @requires(Role.KIOSK)
    async def endpoint(request: Request, name: str) -> Response:
        try:
            checked = await _checked(request, schema)
            return JSONResponse(await handler(request, checked, name))
        except BodyTooLargeError:
            return JSONResponse({"error": TOO_LARGE}, 413)
        except QueueConflictError as error:
            return JSONResponse({"error": str(error)}, 409)
        except QueueRequestError as error:
            return JSONResponse({"error": str(error)}, 400 if str(error) == NOT_AN_OBJECT
                                else 422)
        except TicketNotFoundError as error:
            return JSONResponse({"error": str(error)}, 404)
        except BackofficeStoreError as error:
            return JSONResponse({"error": str(error)}, 503)
    return endpoint


async def _checked(request: Request, schema: type[BaseModel]) -> BaseModel:
    """The request as ``schema``: the JSON body (POST), with the path parameters (act); the
    query parameters (GET)."""
    if request.method == "GET":
        return parse(schema, dict(request.query_params))
    raw = await _body(request)
    if not request.path_params:
        return parse(schema, raw)
    body = parse(ActBody, raw)  # {counter?}; the label and the action are in the path
    return parse(schema, {**request.path_params, "counter": body.counter})


async def _body(request: Request) -> bytes:
    """The body, refused while reading once it exceeds MAX_BODY (never read whole first)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise BodyTooLargeError
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise BodyTooLargeError
        chunks.append(chunk)
    return b"".join(chunks)
