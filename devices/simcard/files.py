"""The simulated card's files, built from a persona the way the real card lays them out
(docs/reference/mynumber-card.md §3 and §9.4)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from devices.card import tlv
from devices.card.basic4 import digest_input, encode_basic4
from devices.card.codeb import code_b_from_parts
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
    chip_key: bytes  # EF 0007


def build_text_ap_files(persona: Persona, chip_public_key: rsa.RSAPublicKey) -> TextApFiles:
    my_number = b"\xff\x10\x0c" + persona.my_number.encode("ascii") + b"\xff\xff"
    record = encode_basic4(persona.basic4)
    digest = digest_input(record)
    return TextApFiles(
        my_number=my_number,
        basic4=record + b"\xff" * BASIC4_FILLER,
        integrity=integrity_record(my_number, digest, keys.test_ap_key()),
        cvc=card_verifiable_certificate(keys.test_ap_key().public_key()),
        basic_info=_basic_info(),
        chip_key=chip_key_record(chip_public_key),
    )


def chip_key_record(chip_public_key: rsa.RSAPublicKey,
                    issuer: rsa.RSAPrivateKey | None = None) -> bytes:
    """EF 0007: FF50 { DF51 <90 exponent, 91 modulus>, DF52 <issuer's signature over DF51> }."""
    key_object = _long_form(0xDF51, rsa_key_value(chip_public_key))
    signer = issuer or keys.test_issuer_key()
    signature = signer.sign(key_object, padding.PKCS1v15(), hashes.SHA256())
    return _long_form(0xFF50, key_object + _long_form(0xDF52, signature))


def rsa_key_value(public_key: rsa.RSAPublicKey) -> bytes:
    """A public key as the card writes it: 90 exponent + 91 modulus (DF51, DF24)."""
    numbers = public_key.public_numbers()
    return tlv.encode(0x90, numbers.e.to_bytes(3, "big")) + _long_form(
        0x91, numbers.n.to_bytes(256, "big"))


def integrity_record(my_number_file: bytes, basic4_digest_input: bytes,
                     signer: rsa.RSAPrivateKey) -> bytes:
    signed = tlv.encode(0xDF31, hashlib.sha256(my_number_file).digest()) + tlv.encode(
        0xDF32, hashlib.sha256(basic4_digest_input).digest()
    )
    signature = signer.sign(signed, padding.PKCS1v15(), hashes.SHA256())
    return _long_form(0xFF30, signed + _long_form(0xDF33, signature))


def card_verifiable_certificate(ap_key: rsa.RSAPublicKey,
                                issuer: rsa.RSAPrivateKey | None = None) -> bytes:
    body = keys.TEST_ISSUER_KEY_ID + keys.TEST_AP_KEY_ID + rsa_key_value(ap_key)
    signer = issuer or keys.test_issuer_key()
    signature = signer.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return _long_form(0x7F21, _long_form(0x5F4E, body) + _long_form(0x5F37, signature))


def verification_number_b(persona: Persona) -> str:
    """照合番号B: 和暦 YYMMDD of the birth date + card expiry year + security code."""
    code = code_b_from_parts(persona.basic4.birth_date, persona.card_expiry.year,
                             persona.security_code)
    return code.reveal()


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
