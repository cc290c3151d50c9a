"""The simulated card-face AP (券面事項確認AP, card-face-and-gaiji.md §3, §4, §7).

Credentials (internal EFs): ``0011`` birth-date key (和暦 YYMMDD), ``0012`` 照合番号B (its
own counter, the same 14 digits as the text AP's), ``0013`` 照合番号A (the 個人番号). Files:
``0002`` the FF20 card-face record (opened by A or B), ``0003`` AP basic info and ``0004``
the CVC (free). 内部認証 (``80 2A``) signs with the chip's key, no credential; a ``clone``
persona signs with another chip's key while its files still name the original one.

The files are built on first use (fonts, JP2 and RSA signing cost tens of milliseconds), so a
test that never selects this AP pays nothing. Test hooks: ``overwrite_file`` (a forged or
damaged record) and ``photo_reads`` (the card's APDU counts at which the photo was read, to
script a removal in the middle of it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card import tlv
from devices.card.apdu import Ins, Sw
from devices.card.face_record import (
    TAG_ADDRESS_IMAGE,
    TAG_BIRTH,
    TAG_CARD_KEY,
    TAG_EXPIRY,
    TAG_NAME_IMAGE,
    TAG_PHOTO,
    TAG_SECURITY_CODE_IMAGE,
    TAG_SEX,
    encode_face_record,
    encode_rsa_key,
    signed_input_of,
)
from devices.card.faceap import FACE_AP_AID, INS_INTERNAL_AUTH, sign_challenge_digest
from devices.card.wareki import to_wareki
from devices.simcard import faceimages
from devices.simcard.files import card_verifiable_certificate, verification_number_b
from devices.simcard.persona import Persona

KEY_BIRTH, KEY_CODE_B, KEY_CODE_A = 0x0011, 0x0012, 0x0013
EF_FACE, EF_BASIC_INFO, EF_CVC = 0x0002, 0x0003, 0x0004
ACCESS = {EF_FACE: frozenset({KEY_CODE_A, KEY_CODE_B}), EF_BASIC_INFO: frozenset(),
          EF_CVC: frozenset()}
FACE_FILLER = 64  # FF bytes after the record: clients must honour the TLV length
MUNICIPALITY_CODE = b"13101"  # 千代田区, the shipped personas' town


@cache
def _key(name: str) -> rsa.RSAPrivateKey:
    pem = resources.files("devices.simcard").joinpath("keys", f"{name}.pem").read_bytes()
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError(f"{name}.pem is not an RSA key")
    return key


def face_ap_key() -> rsa.RSAPrivateKey:
    """The key EF 0004 certifies; it signs the card-face record."""
    return _key("test_face_ap")


def chip_key(*, clone: bool = False) -> rsa.RSAPrivateKey:
    """The chip's own key (DF24 names the genuine one); a clone has another."""
    return _key("test_face_clone_chip" if clone else "test_face_chip")


def card_expiry(persona: Persona) -> dt.date:
    """The persona's ``expiry_date``, else the birthday in the card's expiry year."""
    given = getattr(persona, "expiry_date", None)
    if isinstance(given, dt.date):
        return given
    birth = persona.basic4.birth_date
    day = 28 if (birth.month, birth.day) == (2, 29) else birth.day
    return dt.date(persona.card_expiry_year, birth.month, day)


def face_values(persona: Persona) -> dict[int, bytes]:
    """The record's field values (everything but DF28) for ``persona``."""
    photo = getattr(persona, "photo", None)
    return {
        TAG_BIRTH: persona.basic4.birth_date.strftime("%Y%m%d").encode("ascii"),
        TAG_SEX: persona.basic4.sex.to_card().encode("ascii"),
        TAG_CARD_KEY: encode_rsa_key(chip_key().public_key()),
        TAG_NAME_IMAGE: faceimages.text_png(persona.basic4.name),
        TAG_ADDRESS_IMAGE: faceimages.text_png(persona.basic4.address),
        TAG_PHOTO: faceimages.photo_jp2(Path(photo) if photo else None),
        TAG_EXPIRY: card_expiry(persona).strftime("%Y%m%d").encode("ascii"),
        TAG_SECURITY_CODE_IMAGE: faceimages.text_png(persona.security_code),
    }


def face_record(values: dict[int, bytes], signer: rsa.RSAPrivateKey | None = None) -> bytes:
    """The signed FF20 record for ``values`` (signed by the face AP's test key by default)."""
    return encode_face_record(values, pkcs1_sign_raw(signer or face_ap_key(),
                                                     signed_input_of(values)))


def tampered(record: bytes) -> bytes:
    """``record`` with one photo byte changed after signing (the signature no longer fits)."""
    parsed = tlv.parse_one(record)
    photo = next(c for c in tlv.iter_children(parsed.value) if c.tag == TAG_PHOTO)
    position = parsed.value_start + photo.end - 8  # inside the codestream, before its end
    return record[:position] + bytes((record[position] ^ 0x5A,)) + record[position + 1 :]


def pkcs1_sign_raw(key: rsa.RSAPrivateKey, message: bytes) -> bytes:
    """PKCS #1 v1.5 signature of ``message`` itself (here the three-digest DigestInfo, which
    no library call signs without hashing it again)."""
    numbers = key.private_numbers()
    size = (key.key_size + 7) // 8
    encoded = b"\x00\x01" + b"\xff" * (size - len(message) - 3) + b"\x00" + message
    signature = pow(int.from_bytes(encoded, "big"), numbers.d, numbers.public_numbers.n)
    return signature.to_bytes(size, "big")


def basic_info() -> bytes:
    body = (tlv.encode(0xDF31, bytes.fromhex("06030E01")) + tlv.encode(0xDF32, bytes(16))
            + tlv.encode(0xDF33, b"\x01") + tlv.encode(0xDF34, MUNICIPALITY_CODE)
            + tlv.encode_tag(0xDF35) + b"\x82\x01\x10" + bytes(16) + b"\xa5" * 256)
    return tlv.encode(0xFF30, body)


class _Counts(Protocol):
    apdus: int


@dataclass
class _Key:
    value: bytes
    tries_left: int = 3
    max_tries: int = 3


@dataclass
class FaceApplet:
    """The AP's state inside a SimulatedCard; ``route`` takes the commands meant for it."""

    persona: Persona
    stats: _Counts  # the card's CardStats: its ``apdus`` count dates the photo reads
    active: bool = False
    tamper: bool = False  # one photo byte changed after signing (persona ``tamper_face``)
    clone: bool = False  # 内部認証 with another chip's key (persona ``clone``)
    photo_reads: list[int] = field(default_factory=list)
    _files: dict[int, bytes] | None = None
    _photo_range: range = range(0)
    _ef: int | None = None
    _verified: set[int] = field(default_factory=set)
    _keys: dict[int, _Key] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Persona keys read with defaults: older persona files and types lack them.
        self.tamper = self.tamper or bool(getattr(self.persona, "tamper_face", False))
        self.clone = self.clone or bool(getattr(self.persona, "clone", False))
        birth = to_wareki(self.persona.basic4.birth_date)
        self._keys = {
            KEY_BIRTH: _Key(f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}".encode()),
            KEY_CODE_B: _Key(verification_number_b(self.persona).encode("ascii")),
            KEY_CODE_A: _Key(self.persona.my_number.encode("ascii")),
        }

    def __repr__(self) -> str:
        return "FaceApplet(****)"

    @property
    def code_b_tries_left(self) -> int:
        return self._keys[KEY_CODE_B].tries_left

    def file(self, ef_id: int) -> bytes:
        return self._built()[ef_id]

    def overwrite_file(self, ef_id: int, content: bytes) -> None:
        """Fault injection: replace a file's bytes (a forged or damaged card)."""
        self._built()[ef_id] = content
        if ef_id == EF_FACE:
            self._photo_range = _photo_range(content)

    def forget(self) -> None:
        """Power loss or another AP selected: no selection, no security status."""
        self.active, self._ef = False, None
        self._verified.clear()

    def route(self, ins: int, p1: int, p2: int, data: bytes, le: int | None) -> int | bytes | None:
        """The answer if this AP takes the command, else None (the card's own dispatch)."""
        if ins == Ins.SELECT and p1 == 0x04:
            if data != FACE_AP_AID:
                self.forget()
                return None
            if not self.active:
                self._verified.clear()
            self.active, self._ef = True, None
            return Sw.OK
        if not self.active:
            return None
        if ins == Ins.SELECT:
            return self._select_ef(p1, data)
        if ins == Ins.VERIFY:
            return self._verify(p1, p2, data)
        if ins == Ins.READ_BINARY:
            return self._read_binary(p1, p2, le)
        if ins == INS_INTERNAL_AUTH:
            return self._internal_auth(p1, p2, data)
        return None  # GET CHALLENGE and the rest: as anywhere on the card

    def _built(self) -> dict[int, bytes]:
        if self._files is None:
            record = face_record(face_values(self.persona))
            if self.tamper:
                record = tampered(record)
            self._files = {EF_FACE: record + b"\xff" * FACE_FILLER, EF_BASIC_INFO: basic_info(),
                           EF_CVC: card_verifiable_certificate(face_ap_key().public_key())}
            self._photo_range = _photo_range(record)
        return self._files

    def _select_ef(self, p1: int, data: bytes) -> int:
        if p1 != 0x02 or len(data) != 2:
            return Sw.INCORRECT_P1P2
        ef = int.from_bytes(data, "big")
        if ef not in ACCESS and ef not in self._keys:
            return Sw.FILE_NOT_FOUND
        self._ef = ef
        return Sw.OK

    def _verify(self, p1: int, p2: int, data: bytes) -> int:
        if p1 != 0x00 or p2 != 0x80:
            return Sw.INCORRECT_P1P2
        key = self._keys.get(self._ef) if self._ef is not None else None
        if key is None or self._ef is None:
            return Sw.NO_CURRENT_EF
        if not data:
            return 0x63C0 | key.tries_left
        if key.tries_left == 0:
            return Sw.KEY_BLOCKED
        if data == key.value:
            key.tries_left = key.max_tries
            self._verified.add(self._ef)
            return Sw.OK
        key.tries_left -= 1
        return 0x63C0 | key.tries_left

    def _read_binary(self, p1: int, p2: int, le: int | None) -> int | bytes:
        if self._ef is None:
            return Sw.NO_CURRENT_EF
        if self._ef in self._keys:
            return Sw.INCOMPATIBLE_FILE_STRUCTURE
        if p1 & 0x80:
            return Sw.INCORRECT_P1P2
        needed = ACCESS[self._ef]
        if needed and not needed & self._verified:
            return Sw.SECURITY_STATUS_NOT_SATISFIED
        content = self._built()[self._ef]
        offset = (p1 << 8) | p2
        if offset >= len(content):
            return Sw.WRONG_P1P2_OFFSET
        end = offset + (le or 256)
        photo = self._photo_range
        if self._ef == EF_FACE and offset < photo.stop and end > photo.start:
            self.photo_reads.append(self.stats.apdus)
        return content[offset:end]

    def _internal_auth(self, p1: int, p2: int, data: bytes) -> int | bytes:
        if p1 or p2:
            return Sw.INCORRECT_P1P2
        try:
            return sign_challenge_digest(chip_key(clone=self.clone), data)
        except ValueError:
            return Sw.WRONG_LENGTH


def _photo_range(record: bytes) -> range:
    try:
        parsed = tlv.parse_one(record)
        photo = next(c for c in tlv.iter_children(parsed.value) if c.tag == TAG_PHOTO)
    except (tlv.TlvError, StopIteration):
        return range(0)
    return range(parsed.value_start + photo.start, parsed.value_start + photo.end)

