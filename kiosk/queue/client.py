"""The back office's shared queue over mutual TLS (httpx): one blocking call per operation.

Never call it on the GUI thread: kiosk/queue/shared.py runs it on its own worker thread.
Transport failures raise QueueOffline (the terminal falls back to its own range); answers the
back office refuses raise QueueRefused (the operation is dropped, the reason logged).
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from kiosk.settings import BackofficeSettings
from kiosk.store.errors import first_line


class QueueOffline(Exception):  # noqa: N818 (a state, not a programming error)
    """The back office cannot be reached (one line)."""


class QueueRefused(Exception):  # noqa: N818
    """The back office answered, and said no (one line)."""


class QueueClient:
    def __init__(self, settings: BackofficeSettings) -> None:
        context = ssl.create_default_context(cafile=str(settings.ca))
        context.load_cert_chain(str(settings.cert), str(settings.key))
        self.base = f"{settings.url}/v1/queue"
        self.http = httpx.Client(verify=context, timeout=settings.timeout_seconds)

    def close(self) -> None:
        self.http.close()

    def reserve(self) -> int:
        return int(self._call("POST", "/reserve", {})["number"])

    def issue(self, ticket: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", "/tickets", ticket)

    def call_next(self, counter: str) -> dict[str, Any] | None:
        ticket = self._call("POST", "/call-next", {"counter": counter})["ticket"]
        return ticket if isinstance(ticket, dict) else None

    def act(self, label: str, action: str, counter: str = "") -> dict[str, Any]:
        return self._call("POST", f"/tickets/{label}/{action}", {"counter": counter})

    def board(self) -> dict[str, Any]:
        return self._call("GET", "/board", None)

    def _call(self, method: str, path: str, body: dict[str, Any] | None) -> dict[str, Any]:
        try:
            response = self.http.request(method, f"{self.base}{path}", json=body)
        except httpx.TransportError as error:
            raise QueueOffline(f"バックオフィスに接続できません / cannot reach the back office: "
                               f"{first_line(error)}") from None
        if response.status_code >= 500:
            raise QueueOffline(f"バックオフィスが応答できません / the back office answered "
                               f"HTTP {response.status_code}")
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise QueueOffline("バックオフィスの応答が不正です / malformed answer from the back "
                               "office")
        if response.status_code != 200:
            raise QueueRefused(f"順番待ちの操作が拒否されました / the queue refused: "
                               f"{str(data.get('error', response.status_code))[:200]}")
        return data

