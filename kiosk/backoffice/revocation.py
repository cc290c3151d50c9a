"""Which client certificates the back office refuses although its CA signed them.

Two sources: the CA's CRL (``crl.pem``, see kiosk/crl.py) and a deny list (a text file, one
serial or certificate name per line, ``#`` starts a comment; a serial of digits only is
decimal, one with ``0x``, colons or a-f is hex, as ``openssl x509 -serial`` prints it). Both
are read at start — a source the back office was told to use that cannot be read, is not
signed by the CA or has expired stops the start with one line — and again whenever a file's
size, mtime or inode changes (polled every ``POLL_SECONDS``). A changed file that cannot be
read keeps the previous list in force (revocation never shrinks by accident) and logs one line.

The list is enforced twice: the TLS context carries the CRL with ``VERIFY_CRL_CHECK_LEAF`` (new
handshakes of a revoked certificate fail), and ``RevocationGuard`` refuses every request and
WebSocket of a revoked serial or name with 403 — which also covers keep-alive connections and
resumed TLS sessions opened before the revocation. Remote-window sessions of a revoked
certificate are closed by the hub (kiosk/backoffice/remote.py) when the list changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import ssl
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from starlette.responses import JSONResponse

from kiosk.crl import serial_readings, signed_by

log = logging.getLogger(__name__)
POLL_SECONDS = 2.0
Scope = Mapping[str, Any]
Listener = Callable[[Callable[[Scope], bool]], Awaitable[None]]


class RevocationSourceError(Exception):
    """A revocation source the back office was told to use is unusable (one line)."""


@dataclass(frozen=True)
class Revoked:
    serials: frozenset[int] = frozenset()
    names: frozenset[str] = frozenset()
    crl_pem: bytes | None = None  # the CRL as read, for the TLS context

    def refuses(self, serial: int | None, name: str | None) -> bool:
        return (serial is not None and serial in self.serials) or \
            (name is not None and name in self.names)


def read_crl(path: Path, ca_path: Path, now: dt.datetime | None = None
             ) -> tuple[frozenset[int], bytes]:
    """The serials ``path`` (PEM or DER) revokes, once it is checked to be a current CRL of
    the CA; and the CRL as PEM for the TLS context."""
    try:
        data = path.read_bytes()
        # PEM as kiosk/crl.py writes it, or DER as many CAs publish it.
        crl = x509.load_pem_x509_crl(data) if data.lstrip().startswith(b"-----BEGIN") \
            else x509.load_der_x509_crl(data)
    except (OSError, ValueError):
        raise RevocationSourceError(f"{path} is not a readable CRL") from None
    try:
        cas = x509.load_pem_x509_certificates(ca_path.read_bytes())
    except (OSError, ValueError):
        raise RevocationSourceError(f"{ca_path} holds no readable CA certificate") from None
    if not any(signed_by(crl, ca) for ca in cas):
        raise RevocationSourceError(f"{path} is not signed by the CA in {ca_path}")
    next_update = crl.next_update_utc
    if next_update is not None and next_update < (now or dt.datetime.now(dt.UTC)):
        raise RevocationSourceError(f"{path} expired on {next_update:%Y-%m-%d %H:%M} UTC; "
                                    "reissue it")
    pem = crl.public_bytes(serialization.Encoding.PEM)  # what OpenSSL's file loader reads
    return frozenset(entry.serial_number for entry in crl), pem


def read_deny_list(path: Path) -> tuple[frozenset[int], frozenset[str]]:
    """Serials and names of a deny list; a line that is neither stops the read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise RevocationSourceError(f"{path} is not a readable deny list") from None
    serials: set[int] = set()
    names: set[str] = set()
    for number, raw in enumerate(lines, 1):
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        if any(char.isspace() for char in entry) or not entry.isprintable() or len(entry) > 128:
            raise RevocationSourceError(f"{path}:{number}: not a serial or certificate name")
        readings = serial_readings(entry)
        if readings:  # digits only: decimal; with 0x, colons or a-f: hex
            serials.add(readings[0])
        else:
            names.add(entry)
    return frozenset(serials), frozenset(names)


def _fingerprint(path: Path | None) -> tuple[int, int, int] | None:
    if path is None:
        return None
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


@dataclass
class Revocation:
    """The current list and where it comes from. ``crl`` may be absent at start when it was
    not asked for explicitly (the default ``PKI/crl.pem``): it is then read when it appears."""

    ca: Path
    crl: Path | None = None
    deny_list: Path | None = None
    current: Revoked = field(default_factory=Revoked)
    listeners: list[Listener] = field(default_factory=list)
    contexts: list[ssl.SSLContext] = field(default_factory=list)
    _seen: tuple[object, object] = (None, None)
    _tls_stale: bool = False

    def load(self) -> None:
        """The first read: every source that is there must be usable."""
        self._seen = (_fingerprint(self.crl), _fingerprint(self.deny_list))
        self.current = self._read()

    def _read(self) -> Revoked:
        serials: frozenset[int] = frozenset()
        names: frozenset[str] = frozenset()
        pem = None
        if self.crl is not None and self.crl.exists():
            serials, pem = read_crl(self.crl, self.ca)
        if self.deny_list is not None:
            denied, names = read_deny_list(self.deny_list)
            serials |= denied
        return Revoked(serials, names, pem)

    def refuses(self, scope: Scope) -> bool:
        return self.current.refuses(caller_serial(scope), _caller_cn(scope))

    def changed(self) -> bool:
        """Re-read the sources if a file changed; True when the list now differs."""
        seen = (_fingerprint(self.crl), _fingerprint(self.deny_list))
        if seen == self._seen:
            return False
        self._seen = seen
        try:
            fresh = self._read()
        except RevocationSourceError as error:
            log.error("revocation list unchanged, the new one is unusable: %s", error)
            return False
        if self.crl is not None and not self.crl.exists() and self.current.crl_pem:
            log.error("revocation list unchanged: %s is gone", self.crl)
            fresh = Revoked(fresh.serials | self.current.serials, fresh.names,
                            self.current.crl_pem)
        before, self.current = self.current, fresh
        self._tls_stale = fresh.crl_pem != before.crl_pem
        log.warning("revocation list reloaded: %d serials, %d names", len(fresh.serials),
                    len(fresh.names))
        return True

    def attach(self, context: ssl.SSLContext) -> ssl.SSLContext:
        """Have ``context`` check the CRL at every handshake (and every CRL read later)."""
        self.contexts.append(context)
        self._to_contexts()
        return context

    def _to_contexts(self) -> None:
        pem = self.current.crl_pem
        if pem is None:
            return
        # Only a file makes OpenSSL load CRLs (cadata takes certificates); OpenSSL then uses
        # the CRL with the latest thisUpdate, which kiosk/crl.py keeps increasing.
        with tempfile.NamedTemporaryFile(suffix=".pem") as handle:
            handle.write(pem)
            handle.flush()
            for context in self.contexts:
                context.load_verify_locations(cafile=handle.name)
                context.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF

    async def watch(self, interval: float = POLL_SECONDS) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await self._apply_changes()
            except Exception as error:  # the watch must outlive a surprise: one line, go on
                log.error("revocation list: %s: %s", type(error).__name__, error)

    async def _apply_changes(self) -> None:
        if not await asyncio.to_thread(self.changed):  # the files are read off the loop …
            return
        if self._tls_stale:  # … the TLS context is changed on it, between handshakes
            self._tls_stale = False
            self._to_contexts()
        for listener in self.listeners:
            await listener(self.refuses)

    @contextlib.asynccontextmanager
    async def watching(self, _app: object) -> AsyncIterator[None]:
        """A Starlette lifespan: the list is polled while the server runs."""
        task = asyncio.create_task(self.watch())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def caller_serial(scope: Scope) -> int | None:
    """The client certificate's serial (kiosk/backoffice/server.py puts it into the scope)."""
    serial = scope.get("extensions", {}).get("tls", {}).get("client_serial")
    return serial if isinstance(serial, int) else None


def _caller_cn(scope: Scope) -> str | None:
    name = scope.get("extensions", {}).get("tls", {}).get("client_cn")
    return name if isinstance(name, str) else None


class RevocationGuard:
    """ASGI middleware: a revoked certificate gets 403 (a WebSocket is refused before accept,
    which the client sees as HTTP 403), with one log line, before any route reads anything."""

    def __init__(self, app: Callable[..., Awaitable[None]], revocation: Revocation) -> None:
        self.app = app
        self.revocation = revocation

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket") and self.revocation.refuses(scope):
            serial = caller_serial(scope)
            log.warning("refused a revoked certificate: %s (serial %s)", _caller_cn(scope),
                        "unknown" if serial is None else f"{serial:x}")
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            else:
                await JSONResponse({"error": "この証明書は失効しています / this certificate "
                                             "has been revoked"}, 403)(scope, receive, send)
            return
        await self.app(scope, receive, send)

