"""The back office's HTTP API (Starlette), composed of its resources. Every route sits behind
mutual TLS, and every endpoint checks the caller's role (kiosk/backoffice/roles.py).

- records (kiosk/backoffice/records.py): ``kiosk-*`` deliver records, and only as themselves;
- submissions, metrics and statistics (submissions.py, stats.py): ``core-*`` (the
  標準準拠システム pulling submissions) read them;
- payables (payables.py): ``core-*`` registers and withdraws them, ``kiosk-*`` looks up the ones
  still payable by notice number (the payer masked) and fetches the one it prints in full,
  limited per certificate and audited (lookups.py);
- the shared queue (queue.py): ``kiosk-*``;
- the audit anchor (audit_heads.py): ``kiosk-*`` anchor their own audit chain's head and read
  it back, ``core-*`` list every kiosk's;
- the remote window (``/v1/remote/{branch}/ws``, remote.py) adds ``staff-*``: a kiosk opens its
  own branch's session, staff join the branches the access file lists.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.backoffice.audit_heads import audit_head_routes
from kiosk.backoffice.lookups import DEFAULT_LOOKUPS_PER_MINUTE
from kiosk.backoffice.payables import payable_routes
from kiosk.backoffice.queue import queue_routes
from kiosk.backoffice.records import record_routes
from kiosk.backoffice.remote import RemoteHub
from kiosk.backoffice.revocation import Revocation, RevocationGuard
from kiosk.backoffice.stats import stats_routes
from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError
from kiosk.backoffice.submissions import submission_routes


def create_app(store: BackofficeStore, remote_access: Path | None = None,
               payable_lookups: int = DEFAULT_LOOKUPS_PER_MINUTE,
               revocation: Revocation | None = None) -> Starlette:
    """The API; with ``remote_access`` (the staff access file) also the remote window;
    ``payable_lookups``: how many payable lookups a kiosk certificate may make a minute; with
    ``revocation`` every request of a revoked certificate is refused (revocation.py)."""
    hub = None if remote_access is None else RemoteHub(store, remote_access)
    remote = [] if hub is None else [hub.route()]
    guard = [] if revocation is None else [Middleware(RevocationGuard, revocation=revocation)]
    if revocation is not None and hub is not None:
        revocation.listeners.append(hub.drop_revoked)
    return Starlette(exception_handlers={BackofficeStoreError: _store_failed}, middleware=guard,
                     lifespan=None if revocation is None else revocation.watching, routes=[
        *remote,
        *queue_routes(store),
        *record_routes(store),
        *submission_routes(store),
        *stats_routes(store),
        *payable_routes(store, payable_lookups),
        *audit_head_routes(store),
        Route("/healthz", _health),
    ])


async def _health(_request: Request) -> Response:
    return JSONResponse({"ok": True})


async def _store_failed(_request: Request, error: Exception) -> Response:
    return JSONResponse({"error": str(error)}, 503)
