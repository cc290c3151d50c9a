"""ISO/IEC 7816-4 command and response APDUs (short form only, as the My Number Card is read)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Ins(IntEnum):
    SELECT = 0xA4
    VERIFY = 0x20
    READ_BINARY = 0xB0
    GET_RESPONSE = 0xC0
    GET_CHALLENGE = 0x84
    # JICSAP's signature command: with P1 P2 = 00 00 and no credential it is 内部認証, the
    # chip signing a challenge with the AP's own key (card-face-and-gaiji.md §4).
    INTERNAL_AUTHENTICATE = 0x2A


class Sw(IntEnum):
    """Status words the card-info input support AP answers with
    (docs/reference/mynumber-card.md §4.4)."""

    OK = 0x9000
    WRONG_LENGTH = 0x6700
    LOGICAL_CHANNEL_NOT_SUPPORTED = 0x6881
    SECURE_MESSAGING_NOT_SUPPORTED = 0x6882
    INCOMPATIBLE_FILE_STRUCTURE = 0x6981
    SECURITY_STATUS_NOT_SATISFIED = 0x6982
    AUTH_METHOD_BLOCKED = 0x6983
    KEY_BLOCKED = 0x6984
    CONDITIONS_NOT_SATISFIED = 0x6985
    NO_CURRENT_EF = 0x6986
    WRONG_DATA = 0x6A80
    FUNCTION_NOT_SUPPORTED = 0x6A81
    FILE_NOT_FOUND = 0x6A82
    INCORRECT_P1P2 = 0x6A86
    WRONG_P1P2_OFFSET = 0x6B00
    INS_NOT_SUPPORTED = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00


@dataclass(frozen=True)
class Command:
    """A short command APDU. ``le`` None = no Le field; 0 = 256 bytes."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def to_bytes(self) -> bytes:
        if len(self.data) > 255:
            raise ValueError("short APDUs carry at most 255 data bytes")
        out = bytes((self.cla, self.ins, self.p1, self.p2))
        if self.data:
            out += bytes((len(self.data),)) + self.data
        if self.le is not None:
            if not 0 <= self.le <= 256:
                raise ValueError("Le must be 0..256")
            out += bytes((self.le & 0xFF,))
        return out


@dataclass(frozen=True)
class Response:
    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == Sw.OK

    @classmethod
    def from_bytes(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ValueError("a response APDU needs at least the two status bytes")
        return cls(raw[:-2], int.from_bytes(raw[-2:], "big"))


def select_df(aid: bytes) -> Command:
    """SELECT by DF name, no FCI returned (P2 = 0C), the form every source uses."""
    return Command(0x00, Ins.SELECT, 0x04, 0x0C, aid)


def select_ef(ef_id: int) -> Command:
    return Command(0x00, Ins.SELECT, 0x02, 0x0C, ef_id.to_bytes(2, "big"))


def verify(secret: bytes = b"") -> Command:
    """VERIFY the key of the current EF. Without data it only asks the tries left."""
    return Command(0x00, Ins.VERIFY, 0x00, 0x80, secret)


def internal_authenticate(digest_info: bytes) -> Command:
    """内部認証: ``80 2A 00 00 <Lc> <DigestInfo> 00``; the answer is the chip's signature."""
    return Command(0x80, Ins.INTERNAL_AUTHENTICATE, 0x00, 0x00, digest_info, le=0)


def read_binary(offset: int, le: int) -> Command:
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("READ BINARY offsets are 15 bits")
    return Command(0x00, Ins.READ_BINARY, offset >> 8, offset & 0xFF, le=le % 256)


def tries_left(sw: int) -> int | None:
    """x of ``63 Cx``, the PIN tries left; None for any other status word."""
    if sw & 0xFFF0 == 0x63C0:
        return sw & 0x0F
    return None
