"""Plugs a SimulatedCard into vsmartcard's vpcd reader driver over TCP.

vpcd is the server; the card connects to it. Every message both ways is a 2-byte big-endian
length and a payload. A 1-byte payload from vpcd is a control code (00 power off, 01 power on,
02 reset, 04 send ATR); anything longer is a command APDU. Closing the socket removes the card.
"""

from __future__ import annotations

import logging
import socket
import threading
import time

from devices.simcard.card import ATR, SimulatedCard

log = logging.getLogger("kiosk.simcard")

DEFAULT_VPCD_PORT = 35963
POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4
POLL_S = 0.2


class _RemovedError(Exception):
    """The link ended: vpcd closed it, or the card is being removed."""


class VpcdLink:
    """Keeps the card inserted until ``stop`` is set; reconnects if pcscd/vpcd restarts."""

    def __init__(self, card: SimulatedCard, *, host: str = "127.0.0.1",
                 port: int = DEFAULT_VPCD_PORT, remove_after_apdus: int | None = None) -> None:
        self.card = card
        self._address = (host, port)
        self._remove_after = remove_after_apdus
        self.stop = threading.Event()
        self.connected = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            sock = self._connect()
            if sock is None:
                continue
            try:
                self._serve(sock)
            except (_RemovedError, OSError):
                pass
            finally:
                sock.close()
                self.connected.clear()
                self.card.power_off()  # the card lost its field
            if self._remove_after is not None and self.card.stats.apdus >= self._remove_after:
                self.stop.set()  # a scripted removal stays removed

    def _connect(self) -> socket.socket | None:
        try:
            sock = socket.create_connection(self._address, timeout=POLL_S)
        except OSError:
            time.sleep(POLL_S)  # vpcd not listening yet (pcscd starting or restarting)
            return None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(POLL_S)
        self.connected.set()
        log.info("simulated card inserted into vpcd at %s:%d", *self._address)
        return sock

    def _serve(self, sock: socket.socket) -> None:
        while True:
            size = int.from_bytes(self._recv(sock, 2), "big")
            payload = self._recv(sock, size)
            if size == 1:
                self._control(sock, payload[0])
                continue
            if self._remove_after is not None and self.card.stats.apdus >= self._remove_after:
                raise _RemovedError  # pulled off the reader in the middle of a read
            self._send(sock, self.card.process(payload))

    def _control(self, sock: socket.socket, code: int) -> None:
        if code == POWER_OFF:
            self.card.power_off()
        elif code == POWER_ON:
            self.card.power_on()
        elif code == RESET:
            self.card.reset()
        elif code == GET_ATR:
            self._send(sock, ATR)

    def _recv(self, sock: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            # vpcd writes the length and the body separately; without QUICKACK our delayed
            # ACK stalls each APDU by ~40 ms. Linux clears the flag, so re-arm it every time.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            try:
                chunk = sock.recv(size - len(data))
            except TimeoutError:
                if self.stop.is_set():
                    raise _RemovedError from None
                continue
            if not chunk:
                raise _RemovedError
            data += chunk
        return data

    @staticmethod
    def _send(sock: socket.socket, payload: bytes) -> None:
        sock.sendall(len(payload).to_bytes(2, "big") + payload)
