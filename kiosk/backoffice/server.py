"""Serving the back office with uvicorn over TLS that REQUIRES a client certificate.

uvicorn does not pass the peer certificate to the application, so a small protocol subclass
puts the client certificate's common name and serial into the ASGI scope
(``extensions["tls"]``), where kiosk/backoffice/roles.py and revocation.py read them. With a
revocation list, the TLS context also checks the CRL at every handshake.
"""

from __future__ import annotations

import asyncio
import ssl
from asyncio.transports import BaseTransport
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

from kiosk.backoffice.app import create_app
from kiosk.backoffice.lookups import DEFAULT_LOOKUPS_PER_MINUTE
from kiosk.backoffice.revocation import Revocation
from kiosk.backoffice.store import BackofficeStore

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Any, Any], Awaitable[None]]


class PeerCertProtocol(H11Protocol):
    """h11 protocol that tells the app which client certificate opened the connection."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.app = _with_client_cn(self.app, transport.get_extra_info("peercert"))


class PeerCertWebSocketProtocol(WebSocketsSansIOProtocol):
    """The same for WebSocket connections: uvicorn hands an upgraded connection to a new
    protocol object that takes the bare app from the config, so it needs its own wrapping."""

    def connection_made(self, transport: BaseTransport) -> None:
        super().connection_made(transport)
        self.app = _with_client_cn(self.app, transport.get_extra_info("peercert"))


def _common_name(peercert: Any) -> str | None:
    if not isinstance(peercert, dict):
        return None
    for rdn in peercert.get("subject", ()):
        for key, value in rdn:
            if key == "commonName":
                return str(value)
    return None


def _serial(peercert: Any) -> int | None:
    serial = peercert.get("serialNumber") if isinstance(peercert, dict) else None
    try:
        return int(serial, 16) if isinstance(serial, str) else None
    except ValueError:
        return None


def _with_client_cn(app: ASGIApp, peercert: Any) -> ASGIApp:
    tls = {"client_cn": _common_name(peercert), "client_serial": _serial(peercert)}

    async def wrapped(scope: Scope, receive: Any, send: Any) -> None:
        extensions = dict(scope.get("extensions") or {})
        extensions["tls"] = tls
        scope["extensions"] = extensions
        await app(scope, receive, send)

    return wrapped


def server_config(store: BackofficeStore, pki: Path, host: str, port: int,
                  log_level: str = "warning", remote_access: Path | None = None,
                  payable_lookups: int = DEFAULT_LOOKUPS_PER_MINUTE,
                  revocation: Revocation | None = None) -> uvicorn.Config:
    """``remote_access``: the staff access file (default ``PKI/remote-access.toml``);
    ``payable_lookups``: a kiosk certificate's payable lookups a minute;
    ``revocation``: the certificates refused although the CA signed them."""
    access = remote_access or pki / "remote-access.toml"

    def context(_config: uvicorn.Config, default: Callable[[], ssl.SSLContext]
                ) -> ssl.SSLContext:
        return default() if revocation is None else revocation.attach(default())

    return uvicorn.Config(
        create_app(store, access, payable_lookups, revocation), host=host, port=port,
        http=PeerCertProtocol, ws=PeerCertWebSocketProtocol,
        lifespan="off" if revocation is None else "on", ssl_context_factory=context,
        ssl_certfile=str(pki / "server.pem"), ssl_keyfile=str(pki / "server-key.pem"),
        ssl_ca_certs=str(pki / "ca.pem"), ssl_cert_reqs=ssl.CERT_REQUIRED,
        log_level=log_level, access_log=False, timeout_keep_alive=30,
    )


def missing_pki_files(pki: Path) -> list[str]:
    return [name for name in ("ca.pem", "server.pem", "server-key.pem")
            if not (pki / name).is_file()]
