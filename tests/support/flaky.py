"""HTTP-level fault injection in the real back office (the TCP-level faults are
tests/support/proxy.py).

``InProcessBackoffice`` serves the real application with uvicorn and mutual TLS in a thread,
wrapped in ``FlakyHttp``, which answers some requests with HTTP 503 before storing and some
with HTTP 500 after storing (the acknowledgement is lost: the kiosk must resend and the back
office must refuse the duplicate).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn

from kiosk.backoffice.server import server_config
from kiosk.backoffice.store import BackofficeStore
from kiosk.store.crypto import KeyRing
from tests.support.net import free_port

ASGIApp = Callable[[dict[str, Any], Any, Any], Any]


class FlakyHttp:
    """ASGI wrapper: some POSTs fail with 503 before storing or 500 after storing."""

    def __init__(self, app: ASGIApp, seed: int, before: float, after: float) -> None:
        self.app = app
        self.rng = random.Random(seed)
        self.before = before
        self.after = after
        self.counts = {"503_before": 0, "500_after": 0, "ok": 0}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        roll = self.rng.random()
        if roll < self.before:
            self.counts["503_before"] += 1
            await _answer(send, 503)
            return
        if roll < self.before + self.after:
            self.counts["500_after"] += 1

            async def swallow(_message: dict[str, Any]) -> None:
                return None

            await self.app(scope, receive, swallow)  # stored, but the answer is lost
            await _answer(send, 500)
            return
        self.counts["ok"] += 1
        await self.app(scope, receive, send)


async def _answer(send: Any, status: int) -> None:
    body = b'{"error": "injected fault"}'
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class InProcessBackoffice:
    """The real app and store, served by uvicorn with mutual TLS in a background thread."""

    def __init__(self, db_url: str, pki: Path, key_file: Path,
                 wrap: Callable[[ASGIApp], ASGIApp]) -> None:
        self.store = BackofficeStore(db_url, KeyRing.load_or_create(key_file))
        self.port = free_port()
        config = server_config(self.store, pki, "127.0.0.1", self.port)
        config.app = wrap(config.app)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("in-process back office did not start")
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        self.store.close()
