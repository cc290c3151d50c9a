"""EF 0002 of the card-face AP (券面事項確認AP): the ``FF20`` card-face record.

Layout (card-face-and-gaiji.md §3): ``FF20`` { ``DF21`` offset table, ``DF22`` birth date
``YYYYMMDD``, ``DF23`` sex digit, ``DF24`` the card's RSA public key (``90`` exponent, ``91``
modulus), ``DF25`` name image (PNG), ``DF26`` address image (PNG), ``DF27`` face photo (JP2),
``DF28`` signature, ``DF29`` expiry ``YYYYMMDD``, ``DF2A`` security-code image (PNG) }.

The offset table holds one big-endian u16 per object after it: the offset, from the first byte
of the file, of that object's tag. It is checked against the objects actually found, so a
record whose table and contents disagree is refused rather than half-trusted.

``DF28`` signs three SHA-256 digests, one per group of encoded objects (tag, length, value, as
written): DF22+DF23+DF24, DF25+DF26, DF27. DF29 and DF2A come after it and are not covered.
Plain Python: no Pillow here (images stay bytes; devices.imaging decodes them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card import tlv
from devices.card.basic4 import Sex
from devices.card.errors import CardProtocolError

TAG_RECORD = 0xFF20
TAG_OFFSETS = 0xDF21
TAG_BIRTH = 0xDF22
TAG_SEX = 0xDF23
TAG_CARD_KEY = 0xDF24
TAG_NAME_IMAGE = 0xDF25
TAG_ADDRESS_IMAGE = 0xDF26
TAG_PHOTO = 0xDF27
TAG_SIGNATURE = 0xDF28
TAG_EXPIRY = 0xDF29
TAG_SECURITY_CODE_IMAGE = 0xDF2A
TAG_EXPONENT = 0x90
TAG_MODULUS = 0x91

# The objects after the offset table, in the order the card writes them.
FIELD_TAGS = (TAG_BIRTH, TAG_SEX, TAG_CARD_KEY, TAG_NAME_IMAGE, TAG_ADDRESS_IMAGE, TAG_PHOTO,
              TAG_SIGNATURE, TAG_EXPIRY, TAG_SECURITY_CODE_IMAGE)
SIGNED_GROUPS = ((TAG_BIRTH, TAG_SEX, TAG_CARD_KEY), (TAG_NAME_IMAGE, TAG_ADDRESS_IMAGE),
                 (TAG_PHOTO,))
# DigestInfo header for SHA-256 with an OCTET STRING of 0x60 bytes (three digests).
DIGEST_INFO_PREFIX = bytes.fromhex("3071300d060960864801650304020105000460")
KEY_BITS = range(2048, 4097)


@dataclass(frozen=True)
class FaceRecord:
    """The parsed record. Image fields are raw bytes as the card holds them."""

    birth_date: dt.date
    sex: Sex
    card_key: rsa.RSAPublicKey
    name_image: bytes
    address_image: bytes
    photo: bytes
    signature: bytes
    expiry: dt.date  # outside the signature: shown, never called verified
    security_code_image: bytes
    signed: bytes  # the DigestInfo DF28 is a PKCS #1 v1.5 signature of

    def __repr__(self) -> str:
        return "FaceRecord(****)"


def parse_face_record(raw: bytes) -> FaceRecord:
    """Parse EF 0002 as read (filler after the object is ignored). CardProtocolError with a
    reason that carries no personal data when anything does not fit."""
    try:
        record = tlv.parse_one(raw)
        children = list(tlv.iter_children(record.value))
    except tlv.TlvError as exc:
        raise CardProtocolError(f"card-face record: {exc}") from None
    if record.tag != TAG_RECORD:
        raise CardProtocolError(f"card-face record starts with tag {record.tag:X}")
    fields = _check_offsets(children, record.value_start)
    encoded = {tag: record.value[f.start:f.end] for tag, f in fields.items()}
    values = {tag: f.value for tag, f in fields.items()}
    return FaceRecord(
        birth_date=_date(values[TAG_BIRTH], "birth date"),
        sex=_sex(values[TAG_SEX]),
        card_key=parse_rsa_key(values[TAG_CARD_KEY]),
        name_image=values[TAG_NAME_IMAGE],
        address_image=values[TAG_ADDRESS_IMAGE],
        photo=values[TAG_PHOTO],
        signature=values[TAG_SIGNATURE],
        expiry=_date(values[TAG_EXPIRY], "expiry"),
        security_code_image=values[TAG_SECURITY_CODE_IMAGE],
        signed=signed_digest_info(encoded),
    )


def _check_offsets(children: list[tlv.Tlv], value_start: int) -> dict[int, tlv.Tlv]:
    if not children or children[0].tag != TAG_OFFSETS:
        raise CardProtocolError("card-face record has no offset table first")
    table, objects = children[0].value, children[1:]
    if len(table) != 2 * len(objects):
        raise CardProtocolError(
            f"card-face offset table lists {len(table) // 2} objects, the record has "
            f"{len(objects)}")
    for index, child in enumerate(objects):
        offset = int.from_bytes(table[2 * index : 2 * index + 2], "big")
        if offset != value_start + child.start:
            raise CardProtocolError(f"card-face offset table entry {index + 1} does not "
                                    f"point at object {child.tag:X}")
    fields: dict[int, tlv.Tlv] = {}
    for child in objects:
        if child.tag in fields:
            raise CardProtocolError(f"card-face record has {child.tag:X} twice")
        fields[child.tag] = child
    missing = [f"{tag:X}" for tag in FIELD_TAGS if tag not in fields]
    if missing:
        raise CardProtocolError(f"card-face record has no {', '.join(missing)}")
    return fields


def signed_digest_info(encoded: dict[int, bytes]) -> bytes:
    """The DigestInfo over the three group digests (``encoded``: tag -> encoded object)."""
    digests = b"".join(
        hashlib.sha256(b"".join(encoded[tag] for tag in group)).digest()
        for group in SIGNED_GROUPS
    )
    return DIGEST_INFO_PREFIX + digests


def parse_rsa_key(value: bytes) -> rsa.RSAPublicKey:
    """``90`` exponent + ``91`` modulus, as every key in the 券面 APs is written."""
    try:
        parts = tlv.children_by_tag(value)
        exponent = int.from_bytes(parts[TAG_EXPONENT].value, "big")
        modulus = int.from_bytes(parts[TAG_MODULUS].value, "big")
        key = rsa.RSAPublicNumbers(exponent, modulus).public_key()
    except (tlv.TlvError, KeyError, ValueError):
        raise CardProtocolError("card-face public key is malformed") from None
    if key.key_size not in KEY_BITS:
        raise CardProtocolError(f"card-face public key has {key.key_size} bits")
    return key


def encode_rsa_key(key: rsa.RSAPublicKey) -> bytes:
    numbers = key.public_numbers()
    exponent = numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big")
    return tlv.encode(TAG_EXPONENT, exponent) + tlv.encode(
        TAG_MODULUS, numbers.n.to_bytes((key.key_size + 7) // 8, "big"))


def _date(value: bytes, what: str) -> dt.date:
    try:
        return dt.datetime.strptime(value.decode("ascii"), "%Y%m%d").date()
    except (UnicodeDecodeError, ValueError):
        raise CardProtocolError(f"card-face {what} is not YYYYMMDD") from None


def _sex(value: bytes) -> Sex:
    if len(value) != 1 or value not in b"0129":
        raise CardProtocolError("card-face sex is not one of 0, 1, 2, 9")
    return Sex.from_card(value.decode("ascii"))


def encode_object(tag: int, value: bytes) -> bytes:
    """One object as the card writes it: ``82 xx xx`` for every value of 256 bytes or more."""
    if len(value) < 0x100:
        return tlv.encode(tag, value)
    return tlv.encode_tag(tag) + b"\x82" + len(value).to_bytes(2, "big") + value


def encode_face_record(values: dict[int, bytes], signature: bytes | None = None) -> bytes:
    """The FF20 record with a correct offset table (used by the simulator and the tests).

    ``values`` maps each of FIELD_TAGS except DF28 to its value; ``signature`` (DF28) defaults
    to 256 zero bytes, for a caller that signs ``signed_digest_info`` afterwards.
    """
    values = {**values, TAG_SIGNATURE: signature if signature is not None else bytes(256)}
    objects = [encode_object(tag, values[tag]) for tag in FIELD_TAGS]
    table_size = 3 + 2 * len(objects)  # DF21 + one-byte length + the u16 offsets
    body_len = table_size + sum(len(o) for o in objects)
    position = 2 + len(tlv.encode_length(body_len)) + table_size
    offsets = b""
    for encoded in objects:
        offsets += position.to_bytes(2, "big")
        position += len(encoded)
    body = tlv.encode(TAG_OFFSETS, offsets) + b"".join(objects)
    return tlv.encode(TAG_RECORD, body)


def signed_input_of(values: dict[int, bytes]) -> bytes:
    """The DigestInfo a signer signs for these field values (the same bytes the reader
    rebuilds from the record it reads)."""
    return signed_digest_info({tag: encode_object(tag, values[tag]) for group in SIGNED_GROUPS
                               for tag in group})
