"""The simulated card's files, built from a persona the way the real card lays them out
(docs/reference/mynumber-card.md §3 and §9.4)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from devices.card import tlv
from devices.card.basic4 import encode_basic4, parse_basic4
from devices.card.wareki import to_wareki
from devices.simcard import keys
from devices.simcard.persona import Persona

BASIC4_FILLER = 32  # FF bytes after the object: clients must honour the TLV length
BASIC_INFO_SIZE = 256


@dataclass(frozen=True)
class TextApFiles:
    my_number: bytes  # EF 0001
    basic4: bytes  # EF 0002
    integrity: bytes  # EF 0003
    cvc: bytes  # EF 0004
    basic_info: bytes  # EF 0005


def build_text_ap_files(persona: Persona) -> TextApFiles:
    my_number = b"\xff\x10\x0c" + persona.my_number.encode("ascii") + b"\xff\xff"
    record = encode_basic4(persona.basic4)
    digest_input = parse_basic4(record).digest_input
    return TextApFiles(
        my_number=my_number,
        basic4=record + b"\xff" * BASIC4_FILLER,
        integrity=integrity_record(my_number, digest_input, keys.test_ap_key()),
        cvc=card_verifiable_certificate(keys.test_ap_key().public_key()),
        basic_info=_basic_info(),
    )


def integrity_record(my_number_file: bytes, basic4_digest_input: bytes,
                     signer: rsa.RSAPrivateKey) -> bytes:
    signed = tlv.encode(0xDF31, hashlib.sha256(my_number_file).digest()) + tlv.encode(
        0xDF32, hashlib.sha256(basic4_digest_input).digest()
    )
    signature = signer.sign(signed, padding.PKCS1v15(), hashes.SHA256())
    return _long_form(0xFF30, signed + _long_form(0xDF33, signature))


def card_verifiable_certificate(ap_key: rsa.RSAPublicKey,
                                issuer: rsa.RSAPrivateKey | None = None) -> bytes:
    numbers = ap_key.public_numbers()
    body = (
        keys.TEST_ISSUER_KEY_ID
        + keys.TEST_AP_KEY_ID
        + tlv.encode(0x90, numbers.e.to_bytes(3, "big"))
        + _long_form(0x91, numbers.n.to_bytes(256, "big"))
    )
    signer = issuer or keys.test_issuer_key()
    signature = signer.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return _long_form(0x7F21, _long_form(0x5F4E, body) + _long_form(0x5F37, signature))


def verification_number_b(persona: Persona) -> str:
    """照合番号B: 和暦 YYMMDD of the birth date + card expiry year + security code."""
    birth = to_wareki(persona.basic4.birth_date)
    yymmdd = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}"
    return f"{yymmdd}{persona.card_expiry_year:04d}{persona.security_code}"


def _basic_info() -> bytes:
    body = (
        tlv.encode(0xDF41, bytes.fromhex("01030E01"))
        + tlv.encode(0xDF42, keys.TEST_AP_KEY_ID)
        + tlv.encode(0xDF43, bytes(32) + b"\xff" * 96)
    )
    record = tlv.encode(0xFF40, body)
    return record + b"\xff" * (BASIC_INFO_SIZE - len(record))


def _long_form(tag: int, value: bytes) -> bytes:
    # The card writes 82 xx xx for every value of 256 bytes or more, as real files do.
    if len(value) < 0x100:
        return tlv.encode(tag, value)
    return tlv.encode_tag(tag) + b"\x82" + len(value).to_bytes(2, "big") + value
