"""EF 0002 of the card-info input support AP: 基本4情報 (name, address, birth date, sex)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from devices.card import tlv
from devices.card.errors import CardProtocolError

TAG_RECORD = 0xFF20
TAG_OFFSETS = 0xDF21
TAG_NAME = 0xDF22
TAG_ADDRESS = 0xDF23
TAG_BIRTH = 0xDF24
TAG_SEX = 0xDF25


class Sex(Enum):
    """JIS X 0303 / ISO 5218 codes as the card stores them."""

    MALE = "male"
    FEMALE = "female"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"

    @classmethod
    def from_card(cls, code: str) -> Sex:
        return {"1": cls.MALE, "2": cls.FEMALE, "9": cls.NOT_APPLICABLE}.get(code, cls.UNKNOWN)

    def to_card(self) -> str:
        return {"male": "1", "female": "2", "not_applicable": "9", "unknown": "0"}[self.value]


@dataclass(frozen=True)
class Basic4:
    name: str
    address: str
    birth_date: dt.date
    sex: Sex

    def __repr__(self) -> str:
        # Personal data: a stray repr in a log must not show it.
        return "Basic4(****)"


@dataclass(frozen=True)
class Basic4Record:
    """The parsed record and the bytes its integrity digest covers."""

    basic4: Basic4
    # from the DF22 tag to the end of the FF20 value (docs/reference/mynumber-card.md §5)
    digest_input: bytes

    def __repr__(self) -> str:
        return "Basic4Record(****)"


def parse_basic4(raw: bytes) -> Basic4Record:
    """Parse EF 0002 as read (filler after the object is ignored)."""
    try:
        record = tlv.parse_one(raw)
        if record.tag != TAG_RECORD:
            raise CardProtocolError(f"EF0002 starts with tag {record.tag:X}")
        fields = tlv.children_by_tag(record.value)
        name = _text(fields, TAG_NAME)
        address = _text(fields, TAG_ADDRESS)
        birth = _birth_date(_text(fields, TAG_BIRTH))
        sex = Sex.from_card(_text(fields, TAG_SEX))
    except (tlv.TlvError, UnicodeDecodeError) as exc:
        raise CardProtocolError(f"EF0002: {type(exc).__name__}") from None
    first = fields[TAG_NAME].start
    return Basic4Record(Basic4(name, address, birth, sex), record.value[first:])


def encode_basic4(basic4: Basic4) -> bytes:
    """The FF20 record for ``basic4``, with a correct DF21 offset table (used by the simulator)."""
    fields = [
        tlv.encode(TAG_NAME, basic4.name.encode("utf-8")),
        tlv.encode(TAG_ADDRESS, basic4.address.encode("utf-8")),
        tlv.encode(TAG_BIRTH, basic4.birth_date.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(TAG_SEX, basic4.sex.to_card().encode("ascii")),
    ]
    # The offset table is 4 u16 offsets from the first byte of the file; its own size is fixed
    # (DF21 08 + 8 bytes), but the outer header size depends on the total length.
    body_len = 11 + sum(len(f) for f in fields)
    outer_header = 2 + len(tlv.encode_length(body_len))
    offsets = b""
    position = outer_header + 11
    for field in fields:
        offsets += position.to_bytes(2, "big")
        position += len(field)
    body = tlv.encode(TAG_OFFSETS, offsets) + b"".join(fields)
    return tlv.encode(TAG_RECORD, body)


def _text(fields: dict[int, tlv.Tlv], tag: int) -> str:
    if tag not in fields:
        raise CardProtocolError(f"EF0002 has no {tag:X}")
    return fields[tag].value.decode("utf-8")


def _birth_date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise CardProtocolError("EF0002 birth date is not YYYYMMDD") from None
