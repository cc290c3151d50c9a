"""The back office's app in process (httpx's ASGI transport, the certificate's name put into
the scope as kiosk/backoffice/server.py does) and the records a kiosk posts to /v1/records."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from kiosk.backoffice.app import create_app
from kiosk.backoffice.store import BackofficeStore

NOW = time.time()


def event(key: str, **changes: Any) -> dict[str, Any]:
    body = {"event": "ticket_issued", "at": NOW, "channel": "counter", **changes.pop("body", {})}
    return {"key": f"kiosk-01:{key}", "kind": "event", "kiosk_id": "kiosk-01", "visit_id": "v1",
            "procedure": None, "created_at": NOW, "body": body, **changes}


def submission(key: str, **changes: Any) -> dict[str, Any]:
    return {"key": f"kiosk-01:{key}", "kind": "submission", "kiosk_id": "kiosk-01",
            "visit_id": "v1", "procedure": "転入届", "created_at": NOW,
            "body": {"channel": "counter", "form_sha256": "0" * 64},
            "personal": {"氏名": "山田 太郎"}, "my_number": "123456789018", **changes}


class InProcess:
    """Requests to the app in process from a certificate named ``name``; a crash is a 500."""

    def __init__(self, store: BackofficeStore, name: str) -> None:
        self.app, self.name = create_app(store), name

    async def _with_name(self, scope: Any, receive: Any, send: Any) -> None:
        scope["extensions"] = {**(scope.get("extensions") or {}),
                               "tls": {"client_cn": self.name}}
        await self.app(scope, receive, send)

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self._with_name, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="https://bo") as http:
                return await http.request(method, url, **options)
        return asyncio.run(send())

    def get(self, url: str, **options: Any) -> httpx.Response:
        return self.request("GET", url, **options)

    def post(self, url: str, **options: Any) -> httpx.Response:
        return self.request("POST", url, **options)
