"""The card-info input support AP (券面事項入力補助AP): selection, PIN, file reads.

Hygiene rules this class enforces (docs/reference/mynumber-card.md §4, §8.3):
- the tries left are queried first with an empty VERIFY, which consumes nothing;
- no VERIFY is ever sent to a locked PIN or 照合番号B, or to a PIN never set (顔認証 card),
  and a wrong one is never retried here;
- files are read in short, offset-addressed chunks until their TLV object is complete.
"""

from __future__ import annotations

from collections.abc import Callable

from devices.card import apdu, tlv
from devices.card.apdu import Response, Sw
from devices.card.codeb import CodeB
from devices.card.errors import (
    CardError,
    CardProtocolError,
    CodeBLockedError,
    NotMyNumberCardError,
    PinLockedError,
    PinNotSetError,
    WrongCodeBError,
    WrongPinError,
)
from devices.card.sensitive import Pin
from devices.card.status import KeyState, PinState
from devices.card.transport import ApduChannel

TEXT_AP_AID = bytes.fromhex("D3921000310001010408")
EF_MY_NUMBER = 0x0001
EF_BASIC4 = 0x0002
EF_INTEGRITY = 0x0003
EF_CVC = 0x0004
EF_CHIP_KEY = 0x0007  # FF50: the chip's public key (DF51) and the issuer's signature (DF52)
EF_PIN = 0x0011
EF_CODE_B = 0x0015  # 照合番号B: opens EF 0002 (and 0003, 0007), never EF 0001
MAX_SHORT_LE = 256
# READ BINARY addresses a file with a 15-bit offset (mynumber-card.md §3.4), so no object this
# AP can hold is larger; a header that claims more is a card answering outside the protocol.
MAX_OBJECT_BYTES = 0x8000


class TextApSession:
    def __init__(self, channel: ApduChannel) -> None:
        self._channel = channel
        self._keys: dict[int, KeyState] = {}
        self._selected_ef: int | None = None

    @property
    def channel(self) -> ApduChannel:
        return self._channel

    @property
    def tries_left(self) -> int | None:
        """The PIN's tries left as last seen (None: unknown, verified, or no PIN)."""
        state = self._keys.get(EF_PIN)
        return None if state is None else state.tries_left

    def open(self) -> int | None:
        """Select the AP and ask the PIN's tries left; None if the card says it is verified.
        Raises PinNotSetError on a card issued without a PIN."""
        self.select()
        state = self.key_state(EF_PIN)
        if state.state is PinState.NOT_SET:
            raise PinNotSetError()
        return state.tries_left

    def select(self) -> None:
        response = self._channel.send(apdu.select_df(TEXT_AP_AID))
        if not response.ok:
            raise NotMyNumberCardError(f"SW {response.sw:04X}")
        self._selected_ef = None

    def key_state(self, key_ef: int) -> KeyState:
        """The credential's state by an empty VERIFY, which consumes no try."""
        self._select_ef(key_ef)
        answer = self._channel.send(apdu.verify())
        if answer.ok:  # some cards answer 9000 for a key verified earlier in this power cycle
            state = KeyState(PinState.SET, None)
        elif answer.sw in (Sw.KEY_BLOCKED, Sw.AUTH_METHOD_BLOCKED):
            # Even the query refused: the reference data is not usable, i.e. never set
            # (a blocked key answers 63 C0 to the query) — card-face-and-gaiji.md §7.
            state = KeyState(PinState.NOT_SET, None)
        else:
            tries = apdu.tries_left(answer.sw)
            if tries is None:
                raise CardProtocolError(f"EF{key_ef:04X} status SW {answer.sw:04X}")
            state = KeyState(PinState.LOCKED if tries == 0 else PinState.SET, tries)
        self._keys[key_ef] = state
        return state

    def verify_pin(self, pin: Pin) -> None:
        """One VERIFY, never more. Raises PinLockedError (PinNotSetError) without sending
        if the PIN is known to be locked (never set)."""
        self._verify(EF_PIN, pin.reveal(), PinLockedError, PinNotSetError, WrongPinError)

    def verify_code_b(self, code: CodeB) -> None:
        """One VERIFY of 照合番号B, never more; a locked code B is never sent."""
        self._verify(EF_CODE_B, code.reveal(), CodeBLockedError, CodeBLockedError,
                     WrongCodeBError)

    def _verify(self, key_ef: int, secret: str, locked: type[CardError],
                not_set: type[CardError], wrong: Callable[[int], CardError]) -> None:
        known = self._keys.get(key_ef)
        if known is not None and known.state is PinState.NOT_SET:
            raise not_set()
        if known is not None and known.state is PinState.LOCKED:
            raise locked()
        self._select_ef(key_ef)
        answer = self._channel.send(apdu.verify(secret.encode("ascii")))
        if answer.ok:
            self._keys[key_ef] = KeyState(PinState.SET, None)
            return
        if answer.sw in (Sw.KEY_BLOCKED, Sw.AUTH_METHOD_BLOCKED):
            self._keys[key_ef] = KeyState(PinState.LOCKED, 0)
            raise locked()
        tries = apdu.tries_left(answer.sw)
        if tries is None:
            raise CardProtocolError(f"VERIFY SW {answer.sw:04X}")
        self._keys[key_ef] = KeyState(PinState.LOCKED if tries == 0 else PinState.SET, tries)
        if tries == 0:  # this attempt used the last try
            raise locked()
        raise wrong(tries)

    def has_file(self, ef_id: int) -> bool:
        """Select ``ef_id`` if the AP has it (False on 6A82: an optional file is absent)."""
        if self._selected_ef == ef_id:
            return True
        response = self._channel.send(apdu.select_ef(ef_id))
        if response.sw == Sw.FILE_NOT_FOUND:
            return False
        if not response.ok:
            raise CardProtocolError(f"SELECT EF{ef_id:04X} SW {response.sw:04X}")
        self._selected_ef = ef_id
        return True

    def read_object(self, ef_id: int) -> bytes:
        """The file's bytes up to the end of its TLV object (at least; filler may follow)."""
        self._select_ef(ef_id)
        data, _ = read_tlv_object(self._read_chunk, ef_id)
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


def read_tlv_object(read_chunk: Callable[[int, int], bytes], ef_id: int) -> tuple[bytes, int]:
    """The selected EF's bytes (at least) up to the end of its TLV object, in short READ BINARY
    chunks (``read_chunk(offset, le)``, le 0 = as much as the card gives), and the object's
    length. Shared by the text AP and the card-face AP."""
    data = read_chunk(0, 0)
    try:
        _, total = tlv.header_size(data)
    except tlv.TlvError:
        raise CardProtocolError(f"EF{ef_id:04X} has no TLV header") from None
    if total > MAX_OBJECT_BYTES:
        raise CardProtocolError(f"EF{ef_id:04X} claims {total} bytes")
    while len(data) < total:
        chunk = read_chunk(len(data), min(MAX_SHORT_LE, total - len(data)))
        if not chunk:
            raise CardProtocolError(f"EF{ef_id:04X} ends before its object")
        data += chunk
    return data, total
