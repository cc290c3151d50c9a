"""Fault injection between a kiosk and the real back office.

``FaultyProxy`` is a TCP proxy on a free loopback port. Each connection draws a fate: pass
through, reset (RST) after a random number of bytes in either direction (mid-request or
mid-response, i.e. mid-batch), or stall the answer until the client times out.
``InProcessBackoffice`` serves the real application with uvicorn and mutual TLS in a thread,
wrapped in ``FlakyHttp``, which answers some requests with HTTP 503 before storing and some
with HTTP 500 after storing (the acknowledgement is lost: the kiosk must resend and the back
office must refuse the duplicate).
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn

from kiosk.backoffice.server import server_config
from kiosk.backoffice.store import BackofficeStore
from kiosk.store.crypto import KeyRing
from tests.outbox.services import free_port


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a crashed middlebox or a cut cable would."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultyProxy:
    def __init__(self, upstream_port: int, seed: int, fates: dict[str, float]) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.fates = fates
        self.port = free_port()
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self.listener.settimeout(0.2)
        self.stopping = threading.Event()
        self.counts: dict[str, int] = {}
        self.threads: list[threading.Thread] = []
        self.lock = threading.Lock()
        self.acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self.acceptor.start()

    def _fate(self) -> str:
        with self.lock:
            fate = self.rng.choices(list(self.fates), weights=list(self.fates.values()))[0]
            self.counts[fate] = self.counts.get(fate, 0) + 1
            return fate

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(client, self._fate()),
                                      daemon=True)
            self.threads.append(thread)
            thread.start()

    def _serve(self, client: socket.socket, fate: str) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        with self.lock:  # budgets large enough that some batches pass before the fault
            budget_up = self.rng.randint(200, 30000) if fate == "reset_request" else None
            budget_down = self.rng.randint(200, 8000) if fate in ("reset_response",
                                                                   "stall") else None
        done = threading.Event()
        up = threading.Thread(target=self._pump, args=(client, upstream, budget_up, fate, done))
        down = threading.Thread(target=self._pump, args=(upstream, client, budget_down, fate,
                                                         done))
        up.start()
        down.start()
        up.join()
        down.join()
        _reset(client)
        _reset(upstream)

    def _pump(self, source: socket.socket, sink: socket.socket, budget: int | None, fate: str,
              done: threading.Event) -> None:
        source.settimeout(0.2)
        sent = 0
        while not done.is_set() and not self.stopping.is_set():
            try:
                data = source.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                break
            if budget is not None and sent + len(data) > budget:
                if fate == "stall":
                    time.sleep(3)  # longer than the kiosk's timeout
                done.set()
                return
            try:
                sink.sendall(data)
            except OSError:
                break
            sent += len(data)
        done.set()

    def close(self) -> None:
        self.stopping.set()
        self.acceptor.join(5)
        self.listener.close()
        for thread in self.threads:
            thread.join(5)


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
