"""The transport contract the card protocol runs over, and the APDU channel on top of it.

A transport moves raw bytes to a card and back; it knows nothing of the My Number Card.
The pyscard adapter (``devices.pcsc``) and the in-process simulator both implement it.
"""

from __future__ import annotations

import logging
from typing import Protocol

from devices.card.apdu import Command, Ins, Response

log = logging.getLogger("kiosk.card")

TRAFFIC = 5
"""Log level below DEBUG for raw APDUs. It is never on by default: see kiosk.logsetup."""


class CardTransport(Protocol):
    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU, return the response APDU including SW1 SW2.

        Raises devices.card.errors.CardError subclasses (card removed, service lost).
        """
        ...


SECRET_FILES = frozenset({b"\x00\x01"})  # EF 0001 holds the 個人番号: never traced


class ApduChannel:
    """Sends commands, handles 61xx/6Cxx generically, counts APDUs, traces at TRAFFIC."""

    def __init__(self, transport: CardTransport,
                 secret_files: frozenset[bytes] = SECRET_FILES) -> None:
        self._transport = transport
        self._secret_files = secret_files  # EF ids whose READ BINARY data is never traced
        self.apdu_count = 0
        self._secret_file_selected = False

    def send(self, command: Command) -> Response:
        response = self._exchange(command)
        sw1 = response.sw >> 8
        if sw1 == 0x6C:  # wrong Le: resend with the length the card asked for
            fixed = Command(command.cla, command.ins, command.p1, command.p2, command.data,
                            le=response.sw & 0xFF)
            response = self._exchange(fixed)
        data = response.data
        while response.sw >> 8 == 0x61:  # more data waiting: GET RESPONSE
            response = self._exchange(Command(0x00, Ins.GET_RESPONSE, 0, 0, le=response.sw & 0xFF))
            data += response.data
        return Response(data, response.sw)

    def _exchange(self, command: Command) -> Response:
        raw = command.to_bytes()
        self.apdu_count += 1
        if command.ins == Ins.SELECT and command.p1 == 0x02:
            self._secret_file_selected = command.data in self._secret_files
        if log.isEnabledFor(TRAFFIC):
            log.log(TRAFFIC, "C-APDU %s", _redacted(command, raw))
        response = Response.from_bytes(self._transport.transmit(raw))
        if log.isEnabledFor(TRAFFIC):
            secret = self._secret_file_selected and command.ins == Ins.READ_BINARY
            shown = f"<{len(response.data)} secret bytes>" if secret else response.data.hex(" ")
            log.log(TRAFFIC, "R-APDU %s %04X", shown, response.sw)
        return response


def _redacted(command: Command, raw: bytes) -> str:
    # A VERIFY body is a PIN or a 照合番号: never written out, even at the trace level.
    if command.ins == Ins.VERIFY and command.data:
        return raw[:5].hex(" ") + " <secret>"
    return raw.hex(" ")
