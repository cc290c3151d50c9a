"""The back office's side of the remote window: ``/v1/remote/{branch}/ws`` (WebSocket, mTLS).

Each branch has one live session, kept in memory in this process (a restart of the back office
starts the branch's session afresh; clients see a new session id and take its snapshot). Every
message of a session is handled under the session's lock, so edits are applied, audited and
broadcast in sequence order. Protocol (JSON text frames):

- client → server: ``{"type": "hello", "session": ID|null, "after": SEQ}`` first, then
  ``{"type": "edit", "op_id", "field", "base_version", "value"}``; the branch ends the visit
  with ``{"type": "end"}`` (the session's data is dropped, a new session starts);
- server → client: ``welcome`` (session id, your name and role, and either the operations
  after SEQ or a snapshot), ``op`` (an applied edit, to everyone), ``conflict`` (to the editor),
  ``refused`` (an edit that can never apply, to the editor), ``presence`` (who is connected),
``ended`` (the visit is over; the new session's id).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from kiosk.backoffice.roles import caller_name
from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError
from kiosk.remote.access import AccessFileError, role_for
from kiosk.remote.model import Applied, EditRefusedError, SessionState, edit_from_wire

log = logging.getLogger(__name__)
POLICY_VIOLATION = 1008
UNSUPPORTED_DATA = 1003


@dataclass
class LiveSession:
    branch: str
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    state: SessionState = field(default_factory=SessionState)
    members: dict[WebSocket, tuple[str, str]] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def participants(self) -> list[dict[str, str]]:
        seen = sorted(set(self.members.values()))
        return [{"name": name, "role": role} for name, role in seen]


class RemoteHub:
    def __init__(self, store: BackofficeStore, access_file: Path) -> None:
        self.store = store
        self.access_file = access_file
        self.sessions: dict[str, LiveSession] = {}

    def route(self) -> WebSocketRoute:
        return WebSocketRoute("/v1/remote/{branch}/ws", self.serve)

    async def audit(self, action: str, actor: str, detail: dict[str, Any]) -> None:
        try:
            await run_in_threadpool(self.store.record_remote, action, actor, detail)
        except BackofficeStoreError as error:  # the session goes on; the operator sees why
            log.error("remote audit: %s", error)

    async def serve(self, websocket: WebSocket) -> None:
        branch = str(websocket.path_params["branch"])
        name = caller_name(websocket.scope)
        try:
            role = role_for(name, branch, self.access_file)
        except AccessFileError as error:
            log.error("remote access file: %s", error)
            role = None
        if role is None:
            await self.audit("remote_refused", str(name), {"branch": branch})
            await websocket.close(POLICY_VIOLATION)  # before accept: the client gets HTTP 403
            return
        await websocket.accept()
        session = self.sessions.setdefault(branch, LiveSession(branch))
        try:
            await self._converse(websocket, session, str(name), role)
        except (WebSocketDisconnect, RuntimeError):
            pass  # a dropped connection: the client resumes on a new one
        except ValueError:  # garbled: this connection ends, the session goes on
            with contextlib.suppress(WebSocketDisconnect, RuntimeError, OSError):
                await websocket.close(UNSUPPORTED_DATA)
        finally:
            await self._leave(websocket, session, str(name))

    async def _converse(self, websocket: WebSocket, session: LiveSession, name: str,
                        role: str) -> None:
        hello = await _receive(websocket)
        if hello.get("type") != "hello":
            raise ValueError("the first message must be hello")
        after = hello.get("after") if isinstance(hello.get("after"), int) else None
        async with session.lock:
            await websocket.send_text(json.dumps(self._welcome(hello, session, name, role),
                                                 ensure_ascii=False))
            session.members[websocket] = (name, role)
            await self.audit("remote_join", name, {"branch": session.branch, "role": role,
                                                   "after": after})
            await self._broadcast(session, {"type": "presence",
                                            "participants": session.participants()})
        while True:
            message = await _receive(websocket)
            if message.get("type") == "edit":
                async with session.lock:
                    await self._edit(websocket, session, name, role, message)
            elif message.get("type") == "end" and role == "branch":
                async with session.lock:
                    await self._end(session, name)

    def _welcome(self, hello: dict[str, Any], session: LiveSession, name: str,
                 role: str) -> dict[str, Any]:
        welcome: dict[str, Any] = {"type": "welcome", "session": session.session_id,
                                   "you": name, "role": role, "branch": session.branch}
        after = hello.get("after")
        if hello.get("session") == session.session_id and isinstance(after, int) \
                and 0 <= after <= session.state.seq:
            welcome["ops"] = [op.wire() for op in session.state.after(after)]
        else:
            welcome["snapshot"] = session.state.snapshot()
        return welcome

    async def _edit(self, websocket: WebSocket, session: LiveSession, name: str, role: str,
                    message: dict[str, Any]) -> None:
        try:
            edit = edit_from_wire(message)
            outcome, new = session.state.submit(edit, name, role)
        except EditRefusedError as error:
            await websocket.send_text(json.dumps({"type": "refused", "op_id": str(
                message.get("op_id"))[:64], "reason": str(error)}, ensure_ascii=False))
            return
        if not new:  # a re-send after a reconnect: answer, do not apply again
            await websocket.send_text(json.dumps(outcome.wire(), ensure_ascii=False))
            return
        detail = {"branch": session.branch, "field": edit.field, "op_id": edit.op_id}
        if isinstance(outcome, Applied):
            action = "remote_print" if edit.field.startswith("print.") else "remote_edit"
            status = edit.value.get("status") if action == "remote_print" else None
            await self.audit(action, name, {**detail, "seq": outcome.seq,
                                            "version": outcome.version,
                                            **({"status": status} if status else {})})
            await self._broadcast(session, outcome.wire())
        else:
            await self.audit("remote_conflict", name, {**detail,
                                                       "base_version": edit.base_version,
                                                       "current_version": outcome.current_version})
            await websocket.send_text(json.dumps(outcome.wire(), ensure_ascii=False))

    async def _end(self, session: LiveSession, name: str) -> None:
        """The visit is over: forget its data here and start the branch's next session."""
        ended = session.session_id
        session.session_id = uuid.uuid4().hex
        session.state = SessionState()
        await self.audit("remote_end", name, {"branch": session.branch, "session": ended})
        await self._broadcast(session, {"type": "ended", "session": session.session_id})

    async def _broadcast(self, session: LiveSession, message: dict[str, Any]) -> None:
        text = json.dumps(message, ensure_ascii=False)
        for member in list(session.members):
            # A failed send: that member's own handler sees the drop and leaves.
            with contextlib.suppress(WebSocketDisconnect, RuntimeError, OSError):
                await member.send_text(text)

    async def drop_revoked(self, refuses: Callable[[Mapping[str, Any]], bool]) -> None:
        """The revocation list changed: close the connections of revoked certificates (1008,
        the client's reconnect is then refused) and tell the others who is left."""
        for session in list(self.sessions.values()):
            async with session.lock:
                revoked = [member for member in session.members if refuses(member.scope)]
                for member in revoked:
                    name, _role = session.members.pop(member)
                    with contextlib.suppress(WebSocketDisconnect, RuntimeError, OSError):
                        await member.close(POLICY_VIOLATION)
                    await self.audit("remote_revoked", name, {"branch": session.branch})
                if revoked:
                    await self._broadcast(session, {"type": "presence",
                                                    "participants": session.participants()})

    async def _leave(self, websocket: WebSocket, session: LiveSession, name: str) -> None:
        async with session.lock:
            if session.members.pop(websocket, None) is None:
                return
            await self.audit("remote_leave", name, {"branch": session.branch})
            await self._broadcast(session, {"type": "presence",
                                            "participants": session.participants()})


async def _receive(websocket: WebSocket) -> dict[str, Any]:
    """The next JSON object; ValueError for anything else (the connection is then closed)."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(message.get("code", 1000))
    text = message.get("text")
    if not isinstance(text, str):
        raise ValueError("expected a text frame")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    return data
