"""The simulated card-face AP (券面事項確認AP, card-face-and-gaiji.md §3, §4, §7).

Credentials (internal EFs): ``0011`` birth-date key (和暦 YYMMDD), ``0012`` 照合番号B (its
own counter, the same 14 digits as the text AP's), ``0013`` 照合番号A (the 個人番号). Files:
``0001`` the FF10 age record (birth date, the chip's public key, signed; opened by the
birth-date key only), ``0002`` the FF20 card-face record (opened by A or B), ``0003`` AP basic
info and ``0004`` the CVC of the key that signs the records (free), ``0005`` the FF40 個人番号
image (opened by A only: 照合番号B never reaches the number). 内部認証 signs with the chip's
key (the one DF24 names; a ``clone`` persona's chip has another), no credential.

The files are built on first use (fonts, JP2 and RSA signing cost a few tens of
milliseconds), so a test that never selects this AP pays nothing. Test hooks:
``SimulatedCard.overwrite_file(EF, bytes, aid=FACE_AP_AID)`` with ``tampered`` (a forged
record), and the persona keys ``tamper_face`` and ``photo`` (a picture file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from devices.card import tlv
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
from devices.card.wareki import to_wareki
from devices.simcard import faceimages, keys
from devices.simcard.apps import Application, Key
from devices.simcard.files import (
    card_verifiable_certificate,
    rsa_key_value,
    verification_number_b,
)
from devices.simcard.persona import Persona

KEY_BIRTH, KEY_CODE_B, KEY_CODE_A = 0x0011, 0x0012, 0x0013
EF_AGE, EF_FACE, EF_BASIC_INFO, EF_CVC, EF_NUMBER_IMAGE = 0x0001, 0x0002, 0x0003, 0x0004, 0x0005
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


def face_values(persona: Persona) -> dict[int, bytes]:
    """The record's field values (everything but DF28) for ``persona``."""
    return {
        TAG_BIRTH: persona.basic4.birth_date.strftime("%Y%m%d").encode("ascii"),
        TAG_SEX: persona.basic4.sex.to_card().encode("ascii"),
        TAG_CARD_KEY: encode_rsa_key(keys.chip_key(persona.my_number).public_key()),
        TAG_NAME_IMAGE: faceimages.text_png(persona.basic4.name),
        TAG_ADDRESS_IMAGE: faceimages.text_png(persona.basic4.address),
        TAG_PHOTO: faceimages.photo_jp2(persona.photo),
        TAG_EXPIRY: persona.card_expiry.strftime("%Y%m%d").encode("ascii"),
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


def face_ap(persona: Persona) -> Application:
    """The card-face AP of ``persona``'s card (files built when first touched)."""
    birth = to_wareki(persona.basic4.birth_date)
    chip = keys.chip_key(persona.my_number, copy=True) if persona.clone else keys.chip_key(
        persona.my_number)
    return Application(
        files=LazyFiles(lambda: face_files(persona)),
        keys={
            KEY_BIRTH: Key(f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}".encode(), 3),
            KEY_CODE_B: Key(verification_number_b(persona).encode("ascii"), 3),
            KEY_CODE_A: Key(persona.my_number.encode("ascii"), 3),
        },
        access={EF_AGE: frozenset({KEY_BIRTH}), EF_FACE: frozenset({KEY_CODE_A, KEY_CODE_B}),
                EF_NUMBER_IMAGE: frozenset({KEY_CODE_A})},
        chip_key=chip,
    )


def face_files(persona: Persona) -> dict[int, bytes]:
    record = face_record(face_values(persona))
    if persona.tamper_face:
        record = tampered(record)
    return {EF_AGE: age_record(persona), EF_FACE: record + b"\xff" * FACE_FILLER,
            EF_BASIC_INFO: basic_info(),
            EF_CVC: card_verifiable_certificate(face_ap_key().public_key()),
            EF_NUMBER_IMAGE: number_image_record(persona)}


def age_record(persona: Persona) -> bytes:
    """EF 0001: FF10 { DF11 birth date YYYYMMDD, DF12 the chip's key, DF13 signature }."""
    body = (tlv.encode(0xDF11, persona.basic4.birth_date.strftime("%Y%m%d").encode("ascii"))
            + _long_form(0xDF12, _chip_key_value(persona)))
    return _signed(0xFF10, body, 0xDF13)


def number_image_record(persona: Persona) -> bytes:
    """EF 0005: FF40 { DF41 the 個人番号 as an image, DF42 the chip's key, DF43 signature }."""
    body = (_long_form(0xDF41, faceimages.text_png(persona.my_number))
            + _long_form(0xDF42, _chip_key_value(persona)))
    return _signed(0xFF40, body, 0xDF43)


def _chip_key_value(persona: Persona) -> bytes:
    return rsa_key_value(keys.chip_key(persona.my_number).public_key())  # the issued chip's


def _signed(tag: int, body: bytes, signature_tag: int) -> bytes:
    """Signed the ordinary way (§3): SHA-256 over every object before the signature."""
    signature = face_ap_key().sign(body, padding.PKCS1v15(), hashes.SHA256())
    return _long_form(tag, body + _long_form(signature_tag, signature))


def _long_form(tag: int, value: bytes) -> bytes:
    if len(value) < 0x100:  # 82 xx xx for every value of 256 bytes or more, as on the card
        return tlv.encode(tag, value)
    return tlv.encode_tag(tag) + b"\x82" + len(value).to_bytes(2, "big") + value


class LazyFiles(dict[int, bytes]):
    """A file table that builds itself on first use."""

    def __init__(self, build: Callable[[], dict[int, bytes]]) -> None:
        super().__init__()
        self._build: Callable[[], dict[int, bytes]] | None = build

    def _fill(self) -> None:
        if self._build is not None:
            build, self._build = self._build, None
            super().update(build())

    def __contains__(self, key: object) -> bool:
        self._fill()
        return super().__contains__(key)

    def __getitem__(self, key: int) -> bytes:
        self._fill()
        return super().__getitem__(key)

    def __setitem__(self, key: int, value: bytes) -> None:
        self._fill()
        super().__setitem__(key, value)

    def __iter__(self) -> Iterator[int]:
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()


def photo_range(record: bytes) -> range:
    """Where DF27 (the photo, tag to end) lies in the file: a test pulls the card there."""
    parsed = tlv.parse_one(record)
    photo = next(c for c in tlv.iter_children(parsed.value) if c.tag == TAG_PHOTO)
    return range(parsed.value_start + photo.start, parsed.value_start + photo.end)
