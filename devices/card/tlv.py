"""A tolerant BER-TLV reader for the My Number Card's files.

The card uses non-minimal two-byte private tags (``FF 20``) and BER lengths in short or
long form, sometimes non-minimal (``82 00 9F``); files carry filler after the object.
Strict DER decoders reject all of that, so this one reads by tag and length only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


class TlvError(ValueError):
    """The bytes are not a well-formed TLV object."""


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    start: int  # offset of the tag's first byte in the parsed buffer
    end: int  # offset just past the value

    @property
    def value_start(self) -> int:
        return self.end - len(self.value)


def read_tag(buf: bytes, pos: int) -> tuple[int, int]:
    """The tag at ``pos`` and the offset after it."""
    if pos >= len(buf):
        raise TlvError("truncated tag")
    tag = buf[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # high-tag-number form: more bytes while bit 8 is set
        while True:
            if pos >= len(buf):
                raise TlvError("truncated tag")
            byte = buf[pos]
            tag = (tag << 8) | byte
            pos += 1
            if not byte & 0x80:
                break
    return tag, pos


def read_length(buf: bytes, pos: int) -> tuple[int, int]:
    """The length at ``pos`` (short or long form) and the offset after it."""
    if pos >= len(buf):
        raise TlvError("truncated length")
    first = buf[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0 or count > 3:
        raise TlvError("unsupported length form")
    if pos + count > len(buf):
        raise TlvError("truncated length")
    return int.from_bytes(buf[pos : pos + count], "big"), pos + count


def header_size(buf: bytes) -> tuple[int, int]:
    """(size of tag + length fields, total object size) of the object at offset 0.

    Needs only the first few bytes, so a reader can learn how much more to fetch.
    """
    _, pos = read_tag(buf, 0)
    length, pos = read_length(buf, pos)
    return pos, pos + length


def parse_one(buf: bytes, pos: int = 0) -> Tlv:
    tag, after_tag = read_tag(buf, pos)
    length, value_start = read_length(buf, after_tag)
    end = value_start + length
    if end > len(buf):
        raise TlvError(f"value of tag {tag:X} runs past the data")
    return Tlv(tag, buf[value_start:end], pos, end)


def iter_children(value: bytes) -> Iterator[Tlv]:
    """The TLV objects inside a constructed value; offsets are relative to ``value``."""
    pos = 0
    while pos < len(value):
        if value[pos] in (0x00, 0xFF) and _rest_is_filler(value, pos):
            return
        child = parse_one(value, pos)
        yield child
        pos = child.end


def children_by_tag(value: bytes) -> dict[int, Tlv]:
    return {child.tag: child for child in iter_children(value)}


def _rest_is_filler(value: bytes, pos: int) -> bool:
    return all(b in (0x00, 0xFF) for b in value[pos:])


def encode_length(n: int) -> bytes:
    """Minimal BER length."""
    if n < 0x80:
        return bytes((n,))
    if n < 0x100:
        return bytes((0x81, n))
    if n < 0x10000:
        return b"\x82" + n.to_bytes(2, "big")
    raise ValueError("lengths above 65535 are not used on this card")


def encode(tag: int, value: bytes) -> bytes:
    """Tag (as written, one to three bytes) + minimal length + value."""
    return encode_tag(tag) + encode_length(len(value)) + value


def encode_tag(tag: int) -> bytes:
    return tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
