"""The card-info input support AP (券面事項入力補助AP): selection, PIN, file reads.

Hygiene rules this class enforces (docs/reference/mynumber-card.md §4, §8.3):
- the tries left are queried first with an empty VERIFY, which consumes nothing;
- no VERIFY is ever sent to a locked PIN, and a wrong PIN is never retried here;
- files are read in short, offset-addressed chunks until their TLV object is complete.
"""

from __future__ import annotations

from devices.card import apdu, tlv
from devices.card.apdu import Response, Sw
from devices.card.errors import (
    CardProtocolError,
    NotMyNumberCardError,
    PinLockedError,
    WrongPinError,
)
from devices.card.sensitive import Pin
from devices.card.transport import ApduChannel

TEXT_AP_AID = bytes.fromhex("D3921000310001010408")
EF_MY_NUMBER = 0x0001
EF_BASIC4 = 0x0002
EF_INTEGRITY = 0x0003
EF_CVC = 0x0004
EF_PIN = 0x0011
MAX_SHORT_LE = 256


class TextApSession:
    def __init__(self, channel: ApduChannel) -> None:
        self._channel = channel
        self._tries_left: int | None = None
        self._selected_ef: int | None = None

    @property
    def tries_left(self) -> int | None:
        return self._tries_left

    def open(self) -> int | None:
        """Select the AP and ask the PIN's tries left; None if the card says it is verified."""
        response = self._channel.send(apdu.select_df(TEXT_AP_AID))
        if not response.ok:
            raise NotMyNumberCardError(f"SW {response.sw:04X}")
        self._select_ef(EF_PIN)
        answer = self._channel.send(apdu.verify())
        if answer.ok:  # some cards answer 9000 for a key verified earlier in this power cycle
            self._tries_left = None
            return None
        tries = apdu.tries_left(answer.sw)
        if tries is None:
            raise CardProtocolError(f"PIN status SW {answer.sw:04X}")
        self._tries_left = tries
        return tries

    def verify_pin(self, pin: Pin) -> None:
        """One VERIFY, never more. Raises PinLockedError without sending if already locked."""
        if self._tries_left == 0:
            raise PinLockedError()
        self._select_ef(EF_PIN)
        answer = self._channel.send(apdu.verify(pin.reveal().encode("ascii")))
        if answer.ok:
            self._tries_left = None
            return
        if answer.sw in (Sw.KEY_BLOCKED, Sw.AUTH_METHOD_BLOCKED):
            self._tries_left = 0
            raise PinLockedError()
        tries = apdu.tries_left(answer.sw)
        if tries is None:
            raise CardProtocolError(f"VERIFY SW {answer.sw:04X}")
        self._tries_left = tries
        if tries == 0:  # this attempt used the last try
            raise PinLockedError()
        raise WrongPinError(tries)

    def read_object(self, ef_id: int) -> bytes:
        """The file's bytes up to the end of its TLV object (at least; filler may follow)."""
        self._select_ef(ef_id)
        data = self._read_chunk(0, 0)
        try:
            _, total = tlv.header_size(data)
        except tlv.TlvError:
            raise CardProtocolError(f"EF{ef_id:04X} has no TLV header") from None
        while len(data) < total:
            chunk = self._read_chunk(len(data), min(MAX_SHORT_LE, total - len(data)))
            if not chunk:
                raise CardProtocolError(f"EF{ef_id:04X} ends before its object")
            data += chunk
        return data

    def _select_ef(self, ef_id: int) -> None:
        if self._selected_ef == ef_id:
            return
        response = self._channel.send(apdu.select_ef(ef_id))
        if not response.ok:
            raise CardProtocolError(f"SELECT EF{ef_id:04X} SW {response.sw:04X}")
        self._selected_ef = ef_id

    def _read_chunk(self, offset: int, le: int) -> bytes:
        response: Response = self._channel.send(apdu.read_binary(offset, le))
        if response.sw == Sw.WRONG_P1P2_OFFSET:
            return b""
        if not response.ok:
            raise CardProtocolError(f"READ BINARY SW {response.sw:04X}")
        return response.data
