"""Chip genuineness (内部認証): is the chip in the reader the one the data was written to?

A verified signature proves the files were issued; it does not prove they were not copied
onto another chip. Both 券面 APs hold a private key that signs a challenge without any
credential (card-face-and-gaiji.md §4): ``80 2A 00 00 <DigestInfo(SHA-256(challenge))> 00``
answers an RSA PKCS #1 v1.5 signature, checked here against the card's public key from a
record whose own signature verified — the text AP's EF 0007 (``DF51`` key, ``DF52`` issuer
signature over the ``DF51`` object) or ``DF24`` of the card-face record.

``challenge_chip`` is the part both APs share: it takes any APDU channel with the AP already
selected and the public key to check against.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from devices.card import apdu, tlv
from devices.card.errors import CardProtocolError
from devices.card.integrity import rsa_verifies
from devices.card.transport import ApduChannel

# DigestInfo for SHA-256 (RFC 8017 §9.2 note 1) up to the 32 digest bytes.
SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")
CHALLENGE_BYTES = 32
TAG_CHIP_KEY_RECORD = 0xFF50
TAG_CHIP_KEY = 0xDF51
TAG_CHIP_KEY_SIGNATURE = 0xDF52
TAG_EXPONENT = 0x90
TAG_MODULUS = 0x91


class Chip(Enum):
    GENUINE = "genuine"  # the chip signed our challenge with the certified key
    COPY = "copy"  # it did not: the files sit on another chip (integrity becomes invalid)
    UNCHECKED = "unchecked"  # the card does not support the check, or nothing to check against


@dataclass(frozen=True)
class ChipCheck:
    verdict: Chip
    reason: str = ""  # why, for staff and logs (English, never personal data)


@dataclass(frozen=True)
class ChipKeyRecord:
    """Text AP EF 0007: the chip's public key and the issuer's signature over its object."""

    public_key: rsa.RSAPublicKey
    signature: bytes
    signed: bytes  # the whole DF51 TLV, as DF52 signs it


def digest_info(challenge: bytes) -> bytes:
    """DigestInfo(SHA-256(challenge)): what the card is asked to sign."""
    return SHA256_DIGEST_INFO_PREFIX + hashlib.sha256(challenge).digest()


def signature_verifies(key: rsa.RSAPublicKey, challenge: bytes, signature: bytes) -> bool:
    """The chip's answer against ``key``: PKCS #1 v1.5 over DigestInfo(SHA-256(challenge))."""
    try:
        key.verify(signature, hashlib.sha256(challenge).digest(), padding.PKCS1v15(),
                   utils.Prehashed(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def challenge_chip(channel: ApduChannel, key: rsa.RSAPublicKey,
                   challenge: bytes | None = None) -> ChipCheck:
    """内部認証 on the AP selected on ``channel``, checked against ``key``.

    A fresh random challenge each time (``challenge`` is for tests only), so a recorded
    answer cannot be replayed. Any refusal of the command is UNCHECKED: the card does not
    offer the check (6D00 INS not supported, 6A81, 6985 …); it proves nothing either way.
    """
    nonce = challenge if challenge is not None else os.urandom(CHALLENGE_BYTES)
    answer = channel.send(apdu.internal_authenticate(digest_info(nonce)))
    if not answer.ok:
        return ChipCheck(Chip.UNCHECKED, f"internal authentication refused (SW {answer.sw:04X})")
    if signature_verifies(key, nonce, answer.data):
        return ChipCheck(Chip.GENUINE)
    return ChipCheck(Chip.COPY, "the chip's signature does not match the card's key")


def parse_rsa_public_key(value: bytes) -> rsa.RSAPublicKey:
    """An RSA key written as ``90`` exponent + ``91`` modulus (DF51's and DF24's value)."""
    try:
        fields = tlv.children_by_tag(value)
        return rsa.RSAPublicNumbers(
            int.from_bytes(fields[TAG_EXPONENT].value, "big"),
            int.from_bytes(fields[TAG_MODULUS].value, "big"),
        ).public_key()
    except (tlv.TlvError, KeyError, ValueError):
        raise CardProtocolError("the card's public key is malformed") from None


def parse_chip_key_record(raw: bytes) -> ChipKeyRecord:
    try:
        record = tlv.parse_one(raw)
        if record.tag != TAG_CHIP_KEY_RECORD:
            raise CardProtocolError(f"EF0007 starts with tag {record.tag:X}")
        fields = tlv.children_by_tag(record.value)
        key, signature = fields[TAG_CHIP_KEY], fields[TAG_CHIP_KEY_SIGNATURE]
    except (tlv.TlvError, KeyError):
        raise CardProtocolError("EF0007 is malformed") from None
    signed = record.value[key.start : key.end]
    return ChipKeyRecord(parse_rsa_public_key(key.value), signature.value, signed)


def judge_text_ap_chip(channel: ApduChannel, record_file: bytes | None,
                       issuer_keys: Iterable[rsa.RSAPublicKey], *,
                       issuer_trusted: bool) -> ChipCheck:
    """The text AP's check once EF 0007 was read (None: the card has no such file).

    The chip key counts only if a trusted issuer key signed it (DF52). When the data itself
    chained to a trusted issuer (``issuer_trusted``) but the chip key does not, the key was
    swapped: COPY. Without a trusted issuer there is nothing to check against: UNCHECKED.
    """
    if record_file is None:
        return ChipCheck(Chip.UNCHECKED, "the card has no chip key record (EF0007)")
    try:
        record = parse_chip_key_record(record_file)
    except CardProtocolError as error:
        return ChipCheck(Chip.COPY, error.detail or "EF0007 is malformed")
    if not any(rsa_verifies(key, record.signature, record.signed) for key in issuer_keys):
        if issuer_trusted:
            return ChipCheck(Chip.COPY, "the chip key is not certified by the card's issuer")
        return ChipCheck(Chip.UNCHECKED, "no trusted issuer key certifies the chip key")
    return challenge_chip(channel, record.public_key)
