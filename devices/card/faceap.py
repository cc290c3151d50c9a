"""The card-face AP (券面事項確認AP): selection, 照合番号B, chunked reads, 内部認証.

Same hygiene as the text AP (textap.py): the code's tries are queried first with an empty
VERIFY, which consumes nothing; a locked code is never sent; a wrong code is never retried.
The 4-digit PIN does not open this AP; 照合番号B (internal EF 0012, its own counter) opens
EF 0002, the card-face record. EF 0002 is a few kilobytes, read in 256-byte chunks.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card import apdu
from devices.card.apdu import Sw
from devices.card.chip import ChipCheck, challenge_chip
from devices.card.codeb import CodeB
from devices.card.errors import CardProtocolError, CodeBLockedError, WrongCodeBError
from devices.card.textap import read_tlv_object
from devices.card.transport import ApduChannel

FACE_AP_AID = bytes.fromhex("D3921000310001010402")
EF_FACE = 0x0002
EF_BASIC_INFO = 0x0003
EF_CVC = 0x0004
EF_BIRTH_KEY = 0x0011
EF_CODE_B = 0x0012
EF_CODE_A = 0x0013
# The photo is in EF 0002: its READ BINARY data never reaches the APDU trace.
SECRET_FILES = frozenset({EF_FACE.to_bytes(2, "big")})


@dataclass
class ReadCounts:
    """READ BINARY commands and bytes of the last object read (for the benchmark)."""

    reads: int = 0
    size: int = 0


class FaceApSession:
    def __init__(self, channel: ApduChannel) -> None:
        self._channel = channel
        self._tries_left: int | None = None
        self._selected_ef: int | None = None
        self.last_read = ReadCounts()

    @property
    def tries_left(self) -> int | None:
        return self._tries_left

    def open(self) -> int | None:
        """Select the AP and ask 照合番号B's tries left (None: the card says it is verified)."""
        response = self._channel.send(apdu.select_df(FACE_AP_AID))
        if not response.ok:
            raise CardProtocolError(f"no card-face AP (SW {response.sw:04X})")
        self._select_ef(EF_CODE_B)
        answer = self._channel.send(apdu.verify())
        if answer.ok:
            self._tries_left = None
            return None
        if answer.sw in (Sw.KEY_BLOCKED, Sw.AUTH_METHOD_BLOCKED):
            self._tries_left = 0
            return 0
        tries = apdu.tries_left(answer.sw)
        if tries is None:
            raise CardProtocolError(f"card-face code B status SW {answer.sw:04X}")
        self._tries_left = tries
        return tries

    def verify_code_b(self, code_b: CodeB) -> None:
        """One VERIFY, never more; CodeBLockedError without sending if already locked."""
        if self._tries_left == 0:
            raise CodeBLockedError()
        self._select_ef(EF_CODE_B)
        answer = self._channel.send(apdu.verify(code_b.reveal().encode("ascii")))
        if answer.ok:
            self._tries_left = None
            return
        if answer.sw in (Sw.KEY_BLOCKED, Sw.AUTH_METHOD_BLOCKED):
            self._tries_left = 0
            raise CodeBLockedError()
        tries = apdu.tries_left(answer.sw)
        if tries is None:
            raise CardProtocolError(f"card-face VERIFY SW {answer.sw:04X}")
        self._tries_left = tries
        if tries == 0:
            raise CodeBLockedError()
        raise WrongCodeBError(tries)

    def read_object(self, ef_id: int) -> bytes:
        """The file's bytes up to the end of its TLV object, in 256-byte chunks."""
        self._select_ef(ef_id)
        self.last_read = ReadCounts()
        data, total = read_tlv_object(self._read_chunk, ef_id)
        self.last_read.size = total
        return data[:total]

    def challenge_chip(self, card_key: rsa.RSAPublicKey) -> ChipCheck:
        """内部認証 in this AP (devices.card.chip), checked against ``card_key``: DF24 of a
        record whose signature verified."""
        return challenge_chip(self._channel, card_key)

    def _select_ef(self, ef_id: int) -> None:
        if self._selected_ef == ef_id:
            return
        response = self._channel.send(apdu.select_ef(ef_id))
        if not response.ok:
            raise CardProtocolError(f"SELECT EF{ef_id:04X} SW {response.sw:04X}")
        self._selected_ef = ef_id

    def _read_chunk(self, offset: int, le: int) -> bytes:
        self.last_read.reads += 1
        response = self._channel.send(apdu.read_binary(offset, le))
        if response.sw == Sw.WRONG_P1P2_OFFSET:
            return b""
        if not response.ok:
            raise CardProtocolError(f"READ BINARY SW {response.sw:04X}")
        return response.data

