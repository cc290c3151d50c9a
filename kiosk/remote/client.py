"""Remote-window clients: the branch kiosk and the main office's remote counter.

A client runs its WebSocket connection (``websockets`` sync client, mutual TLS) in one
background thread. Everything that arrives becomes an event dict, put on ``events`` (a queue)
and passed to ``on_event`` on that thread; the UI hands it to its own thread. ``edit()`` may be
called from any thread, connected or not: an edit waits in ``pending`` until the server has
answered it (applied or conflict), and on every (re)connect the client first takes what it
missed (the operations after its last sequence number) and then re-sends what is still pending,
in order, with the same op ids, so nothing is lost and nothing is applied twice.

Events: ``connected`` (session, role, resumed), ``disconnected`` (reason), ``refused`` (the
back office will not let this certificate in: no retry), ``op`` (an applied edit; ``mine``),
``conflict`` (my edit was stale: the current value and version), ``rejected`` (my edit can
never apply), ``presence`` (who is connected), ``print`` (branch: a print was requested),
``ended`` (the visit is over: the state is empty again, under a new session id).
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import socket
import ssl
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
from websockets.sync.client import ClientConnection, connect

from kiosk.remote.limits import CLIENT_MAX_MESSAGE
from kiosk.remote.model import (
    Applied,
    Edit,
    SessionState,
    applied_from_wire,
    check_edit,
    conflict_from_wire,
)
from kiosk.remote.wslog import websockets_logger
from kiosk.store.errors import first_line

log = logging.getLogger(__name__)
Event = dict[str, Any]
AuditSink = Callable[[str, dict[str, Any]], None]
# A slow back office (or a loaded machine) must not be dropped for being slow: each drop costs
# a new TLS handshake, a welcome and two audit writes, which only makes it slower. So the
# opening handshake and the welcome get 30 s, and a pong 20 s after a ping every 5 s.
HANDSHAKE_S = 30.0
PING_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Endpoint:
    """Where and as whom to connect: the back office's https URL and the PEM files."""

    url: str
    ca: Path
    cert: Path
    key: Path

    def ws_url(self, branch: str) -> str:
        base = self.url.rstrip("/").removeprefix("https://")
        return f"wss://{base}/v1/remote/{branch}/ws"

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=str(self.ca))
        context.load_cert_chain(str(self.cert), str(self.key))
        return context


def _shut_down(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class RemoteClient:
    role = "staff"

    def __init__(self, endpoint: Endpoint, branch: str, *,
                 on_event: Callable[[Event], None] | None = None,
                 audit: AuditSink | None = None, retry_base: float = 0.05,
                 retry_max: float = 2.0, ping_interval: float = 5.0,
                 ping_timeout: float = PING_TIMEOUT_S,
                 handshake_timeout: float = HANDSHAKE_S) -> None:
        self.endpoint = endpoint
        self.branch = branch
        self.on_event = on_event
        self.audit = audit
        self.events: queue.Queue[Event] = queue.Queue()
        self.state = SessionState()
        self.session_id: str | None = None
        self.participants: list[dict[str, str]] = []
        self.pending: list[Edit] = []
        self.retry_base, self.retry_max, self.ping_interval = retry_base, retry_max, ping_interval
        self.ping_timeout, self.handshake_timeout = ping_timeout, handshake_timeout
        self._lock = threading.RLock()
        self._ws: ClientConnection | None = None
        self._stop = threading.Event()
        self._failures = 0
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"remote-{branch}", daemon=True)
        self._context = endpoint.ssl_context()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> RemoteClient:
        self._thread.start()
        return self

    def close(self, timeout: float = 5.0) -> None:
        self._stop.set()
        with self._lock:
            ws = self._ws
        if ws is not None:
            ws.close()
        self._thread.join(timeout)

    def __enter__(self) -> RemoteClient:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def wait_connected(self, timeout: float = 10.0) -> bool:
        return self._connected.wait(timeout)

    def drop_connection(self) -> None:
        """Cut the current connection as a network failure would (tests, benchmarks)."""
        with self._lock:
            ws = self._ws
        if ws is not None:
            ws.socket.shutdown(socket.SHUT_RDWR)

    # -- editing ---------------------------------------------------------------------------

    def edit(self, field: str, value: Any) -> str:
        """Queue an edit of ``field`` against the version this client has seen; the op id."""
        if field.startswith("card."):
            raise ValueError("card data is shared only through BranchClient.share_card")
        return self._submit(field, value)

    def _submit(self, field: str, value: Any) -> str:
        with self._lock:
            # My own unanswered edits of this field will have raised its version by then.
            base = self.state.version(field) + sum(1 for e in self.pending if e.field == field)
            edit = Edit(uuid.uuid4().hex, field, value, base)
            check_edit(edit, self.role)  # EditRefusedError now rather than a refusal later
            self.pending.append(edit)
            self._send_edit(edit)
        return edit.op_id

    def _send_edit(self, edit: Edit) -> None:
        if self._ws is None or not self._connected.is_set():
            return  # sent on the next connect
        # A failed send leaves the edit pending: it is re-sent after the reconnect.
        with contextlib.suppress(ConnectionClosed, OSError):
            self._ws.send(json.dumps({"type": "edit", "op_id": edit.op_id, "field": edit.field,
                                      "base_version": edit.base_version, "value": edit.value},
                                     ensure_ascii=False))

    # -- connection thread -----------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._session()
            except InvalidStatus as error:
                status = error.response.status_code
                if status in (401, 403):  # final: retrying would only fill the audit log
                    self._emit({"event": "refused", "status": status,
                                "reason": "バックオフィスが接続を拒否しました / the back "
                                          "office refused this certificate for this branch"})
                    return
                self._emit({"event": "disconnected", "reason": f"HTTP {status}"})
            except (OSError, WebSocketException, ValueError, KeyError, TypeError) as error:
                self._emit({"event": "disconnected", "reason": first_line(error)})
            except Exception as error:  # the link must outlive a surprise: log it, retry
                log.exception("remote client")
                self._emit({"event": "disconnected", "reason": first_line(error)})
            self._connected.clear()
            with self._lock:
                self._ws = None
            self._failures += 1  # back off from a back office that is away, not from a drop
            self._stop.wait(min(self.retry_base * 2 ** (self._failures - 1), self.retry_max))

    def _connect(self) -> ClientConnection:
        """The opening handshake, with a guard: when it times out, websockets' sync client
        waits without limit for its reader thread, which may sit in a TLS read that nothing
        wakes (a TLS 1.3 server sends its session tickets first), so a back office that never
        answers the upgrade held this thread for ever. Shutting the socket down (through a
        duplicate of its descriptor) a little after the handshake's deadline wakes it."""
        parts = urlsplit(self.endpoint.url)
        sock = socket.create_connection((parts.hostname, parts.port or 443),
                                        timeout=self.handshake_timeout)
        guard = sock.dup()
        timer = threading.Timer(self.handshake_timeout + 2, _shut_down, (guard,))
        timer.daemon = True
        timer.start()
        try:
            return connect(self.endpoint.ws_url(self.branch), sock=sock, ssl=self._context,
                           proxy=None, open_timeout=self.handshake_timeout, close_timeout=1,
                           ping_interval=self.ping_interval,
                           max_size=CLIENT_MAX_MESSAGE,  # a full session's welcome must fit
                           ping_timeout=self.ping_timeout, logger=websockets_logger())
        finally:
            timer.cancel()
            guard.close()

    def _session(self) -> None:
        with self._connect() as ws:
            with self._lock:
                self._ws = ws
            if self._stop.is_set():  # close() came during the handshake and saw no socket
                return
            ws.send(json.dumps({"type": "hello", "session": self.session_id,
                                "after": self.state.seq}))
            self._welcome(json.loads(ws.recv(timeout=self.handshake_timeout)))
            for raw in ws:
                self._handle(json.loads(raw))
        if not self._stop.is_set():
            raise ConnectionError("the back office closed the connection")

    def _welcome(self, message: dict[str, Any]) -> None:
        with self._lock:
            known = self.session_id
            resumed = message["session"] == known
            if "snapshot" in message:
                previous = self.state
                self.state = SessionState.from_snapshot(message["snapshot"])
                if known is not None and not resumed:
                    self._rebase(previous)
            self.session_id = message["session"]
            for raw in message.get("ops", []):
                self._take(applied_from_wire(raw))
            self._connected.set()
            self._failures = 0
            for edit in list(self.pending):
                self._send_edit(edit)
        self._audit("remote_join", {"branch": self.branch, "session": self.session_id,
                                    "resumed": resumed, "seq": self.state.seq})
        self._emit({"event": "connected", "session": self.session_id,
                    "role": message["role"], "resumed": resumed, "seq": self.state.seq})
        self._after_snapshot()

    def _handle(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "op":
            with self._lock:
                self._take(applied_from_wire(message))
        elif kind == "conflict":
            conflict = conflict_from_wire(message)
            self._answered(conflict.op_id)
            self._emit({"event": "conflict", **message})
        elif kind == "refused":
            self._answered(str(message.get("op_id")))
            self._emit({"event": "rejected", "op_id": message.get("op_id"),
                        "reason": message.get("reason")})
        elif kind == "ended":
            with self._lock:
                self.state = SessionState()
                self.session_id = str(message["session"])
                for edit in self.pending:
                    self._emit({"event": "rejected", "op_id": edit.op_id,
                                "reason": "the visit ended"})
                self.pending = []
                self._on_end()
            self._emit({"event": "ended", "session": self.session_id})
        elif kind == "presence":
            self.participants = list(message["participants"])
            self._emit({"event": "presence", "participants": self.participants})

    def _take(self, op: Applied) -> None:
        if not self.state.apply(op):
            return
        mine = self._answered(op.op_id)
        if mine:
            self._audit_own(op)
        self._emit({"event": "op", "seq": op.seq, "op_id": op.op_id, "field": op.field,
                    "value": op.value, "version": op.version, "author": op.author, "mine": mine})
        self._on_op(op, mine)

    def _answered(self, op_id: str) -> bool:
        with self._lock:
            before = len(self.pending)
            self.pending = [e for e in self.pending if e.op_id != op_id]
            return len(self.pending) < before

    def _rebase(self, previous: SessionState) -> None:
        """The back office restarted and lost the live session: carry over what the role
        re-seeds (the branch: its whole replica) and the unsent edits, as new edits against
        the new session's versions (same op ids: the new session does not know them)."""
        carried = [Edit(uuid.uuid4().hex, name, value, 0)
                   for name, value in self._reseed(previous)]
        self.pending, queued = [], carried + self.pending
        for edit in queued:
            base = self.state.version(edit.field) + sum(
                1 for e in self.pending if e.field == edit.field)
            self.pending.append(Edit(edit.op_id, edit.field, edit.value, base))

    # -- hooks for the roles -----------------------------------------------------------------

    def _on_end(self) -> None:
        """Called when the visit ended (connection thread, under the client's lock)."""

    def _reseed(self, previous: SessionState) -> list[tuple[str, Any]]:
        """Fields to write again into a new, empty session after a back-office restart."""
        return []

    def _on_op(self, op: Applied, mine: bool) -> None:
        """Called for each newly applied operation (connection thread)."""

    def _after_snapshot(self) -> None:
        """Called after each (re)connect, once the state is current."""

    def _audit_own(self, op: Applied) -> None:
        action = ("remote_print" if op.field.startswith("print.") else
                  "remote_share" if op.field.startswith("card.") else "remote_edit")
        self._audit(action, {"branch": self.branch, "field": op.field, "seq": op.seq,
                             "version": op.version})

    def _audit(self, action: str, detail: dict[str, Any]) -> None:
        if self.audit is None:
            return
        try:
            self.audit(action, detail)
        except Exception as error:  # the session must outlive a full disk
            log.error("remote audit: %s", first_line(error))

    def _emit(self, event: Event) -> None:
        self.events.put(event)
        if self.on_event is not None:
            self.on_event(event)

