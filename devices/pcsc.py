"""The one adapter between pyscard and the card protocol.

It uses pyscard's low-level ``smartcard.scard`` API with a context of its own: the
high-level API shares one global context that goes stale when pcscd restarts.
Hygiene: connections are exclusive and always end with SCARD_UNPOWER_CARD, because a
verified PIN survives SCARD_LEAVE_CARD and SCARD_RESET_CARD (docs/reference/mynumber-card.md §8.3).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from smartcard import scard

from devices.card.errors import (
    CardBusyError,
    CardRemovedError,
    NoCardError,
    NoReaderError,
    PcscServiceError,
)

_SERVICE_GONE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED,
                 scard.SCARD_F_COMM_ERROR, scard.SCARD_E_INVALID_HANDLE}
_CARD_GONE = {scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_RESET_CARD,
              scard.SCARD_W_UNPOWERED_CARD, scard.SCARD_E_READER_UNAVAILABLE,
              scard.SCARD_W_UNRESPONSIVE_CARD}
_NO_CARD_YET = {scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD,
                scard.SCARD_W_UNRESPONSIVE_CARD, scard.SCARD_W_UNPOWERED_CARD}
CONNECT_WAIT_S = 1.0  # pcscd notices a new card on its next poll, up to ~0.35 s later


@dataclass(frozen=True)
class ReaderState:
    name: str
    card_present: bool


class PcscContext:
    """An SCard context; raises PcscServiceError when pcscd is not there."""

    def __init__(self) -> None:
        hresult, self.handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise PcscServiceError(_describe(hresult))

    def release(self) -> None:
        scard.SCardReleaseContext(self.handle)

    def readers(self) -> list[str]:
        hresult, names = scard.SCardListReaders(self.handle, [])
        if hresult == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if hresult != scard.SCARD_S_SUCCESS:
            raise PcscServiceError(_describe(hresult))
        return list(names)

    def states(self, timeout_ms: int = 0,
               known: dict[str, int] | None = None) -> dict[str, int]:
        """Event state per reader; waits up to ``timeout_ms`` for a change from ``known``."""
        names = self.readers()
        if not names:
            return {}
        query = [(name, (known or {}).get(name, scard.SCARD_STATE_UNAWARE)) for name in names]
        hresult, answers = scard.SCardGetStatusChange(self.handle, timeout_ms, query)
        if hresult == scard.SCARD_E_TIMEOUT:
            return {name: state for name, state in query}
        if hresult in (scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE):
            return {}  # a reader vanished between the listing and the wait: look again
        if hresult != scard.SCARD_S_SUCCESS:
            raise PcscServiceError(_describe(hresult))
        return {name: state & ~scard.SCARD_STATE_CHANGED for name, state, _atr in answers}


def reader_states() -> list[ReaderState]:
    context = PcscContext()
    try:
        states = context.states()
    finally:
        context.release()
    return [ReaderState(n, bool(s & scard.SCARD_STATE_PRESENT)) for n, s in states.items()]


def pick_reader(names: list[str], name_part: str | None) -> str:
    """The first reader whose name contains ``name_part`` (any reader when None)."""
    for name in names:
        if name_part is None or name_part in name:
            return name
    raise NoReaderError(f"'{name_part}'" if name_part else "")


class PcscCard:
    """CardTransport over one exclusive PC/SC connection."""

    def __init__(self, context: PcscContext, reader: str, wait_s: float) -> None:
        self.reader = reader
        self._handle, protocol = _connect_exclusive(context, reader, wait_s)
        t1 = protocol == scard.SCARD_PROTOCOL_T1
        self._pci = scard.SCARD_PCI_T1 if t1 else scard.SCARD_PCI_T0

    def transmit(self, apdu: bytes) -> bytes:
        hresult, response = scard.SCardTransmit(self._handle, self._pci, list(apdu))
        if hresult in _CARD_GONE:
            raise CardRemovedError()
        if hresult in _SERVICE_GONE:
            raise PcscServiceError(_describe(hresult))
        if hresult != scard.SCARD_S_SUCCESS:
            raise CardRemovedError(_describe(hresult))
        if len(response) < 2:  # vpcd (and some readers) answer for a vanished card with nothing
            raise CardRemovedError()
        return bytes(response)

    def close(self) -> None:
        # Unpower, so that the verified PIN does not outlive this visit.
        scard.SCardDisconnect(self._handle, scard.SCARD_UNPOWER_CARD)


@contextmanager
def open_card(reader_part: str | None = None, wait_s: float = CONNECT_WAIT_S) -> Iterator[PcscCard]:
    """Connect exclusively to the card in the matching reader; always unpower it afterwards."""
    context = PcscContext()
    try:
        card = PcscCard(context, pick_reader(context.readers(), reader_part), wait_s)
        try:
            yield card
        finally:
            card.close()
    finally:
        context.release()


def _connect_exclusive(context: PcscContext, reader: str, wait_s: float) -> tuple[int, int]:
    deadline = time.monotonic() + wait_s
    while True:
        hresult, handle, protocol = scard.SCardConnect(
            context.handle, reader, scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if hresult == scard.SCARD_S_SUCCESS:
            return handle, protocol
        if hresult in _SERVICE_GONE:
            raise PcscServiceError(_describe(hresult))
        if hresult == scard.SCARD_E_UNKNOWN_READER:
            raise NoReaderError(reader)
        if hresult == scard.SCARD_E_SHARING_VIOLATION:
            raise CardBusyError()
        if hresult not in _NO_CARD_YET or time.monotonic() >= deadline:
            raise NoCardError()
        time.sleep(0.05)


def _describe(hresult: int) -> str:
    return f"PC/SC {hresult & 0xFFFFFFFF:08X}"


class PcscPresenceSource:
    """PresenceSource over pcscd, for devices.card.watch.PresenceWatcher."""

    def __init__(self) -> None:
        self._context: PcscContext | None = None
        self._raw: dict[str, int] = {}

    def wait(self, timeout_s: float) -> dict[str, bool]:
        if self._context is None:
            self._context = PcscContext()
            self._raw = {}
        raw = self._context.states(int(timeout_s * 1000), self._raw)
        if not raw:
            time.sleep(timeout_s)  # nothing to block on until a reader appears
        self._raw = raw
        return {name: bool(state & scard.SCARD_STATE_PRESENT) for name, state in raw.items()}

    def reset(self) -> None:
        if self._context is not None:
            self._context.release()
        self._context = None
        self._raw = {}
