"""Integrity of what was read: EF 0003 (digests + signature) and EF 0004 (the AP's CVC).

``verified``: the digests match the files read and the signature chains to an issuer key the
kiosk is configured to trust. ``untrusted``: everything is consistent, but the CVC's issuer
key is not trusted. ``invalid``: a digest or a signature does not match.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from devices.card import tlv
from devices.card.errors import CardProtocolError

TAG_INTEGRITY = 0xFF30
TAG_NUMBER_DIGEST = 0xDF31
TAG_BASIC4_DIGEST = 0xDF32
TAG_SIGNATURE = 0xDF33
TAG_CVC = 0x7F21
TAG_CVC_BODY = 0x5F4E
TAG_CVC_SIGNATURE = 0x5F37
TAG_EXPONENT = 0x90
TAG_MODULUS = 0x91
KEY_ID_SIZE = 16


class Integrity(Enum):
    VERIFIED = "verified"
    UNTRUSTED = "untrusted"
    INVALID = "invalid"


@dataclass(frozen=True)
class IntegrityRecord:
    number_digest: bytes
    basic4_digest: bytes
    signature: bytes
    signed: bytes  # the DF31 and DF32 TLVs, which DF33 signs


@dataclass(frozen=True)
class Cvc:
    """Card-verifiable certificate: the issuer (J-LIS CA) certifies the AP's signing key."""

    issuer_id: bytes
    subject_id: bytes
    public_key: rsa.RSAPublicKey
    body: bytes
    signature: bytes


def parse_integrity_record(raw: bytes) -> IntegrityRecord:
    try:
        record = tlv.parse_one(raw)
        if record.tag != TAG_INTEGRITY:
            raise CardProtocolError(f"EF0003 starts with tag {record.tag:X}")
        fields = tlv.children_by_tag(record.value)
        number, basic4, signature = (
            fields[TAG_NUMBER_DIGEST], fields[TAG_BASIC4_DIGEST], fields[TAG_SIGNATURE]
        )
    except (tlv.TlvError, KeyError):
        raise CardProtocolError("EF0003 is malformed") from None
    signed = record.value[number.start : basic4.end]
    return IntegrityRecord(number.value, basic4.value, signature.value, signed)


def parse_cvc(raw: bytes) -> Cvc:
    try:
        cvc = tlv.parse_one(raw)
        if cvc.tag != TAG_CVC:
            raise CardProtocolError(f"EF0004 starts with tag {cvc.tag:X}")
        parts = tlv.children_by_tag(cvc.value)
        body = parts[TAG_CVC_BODY].value
        key_fields = tlv.children_by_tag(body[2 * KEY_ID_SIZE :])
        public_key = rsa.RSAPublicNumbers(
            int.from_bytes(key_fields[TAG_EXPONENT].value, "big"),
            int.from_bytes(key_fields[TAG_MODULUS].value, "big"),
        ).public_key()
        signature = parts[TAG_CVC_SIGNATURE].value
    except (tlv.TlvError, KeyError, ValueError):
        raise CardProtocolError("EF0004 is malformed") from None
    return Cvc(body[:KEY_ID_SIZE], body[KEY_ID_SIZE : 2 * KEY_ID_SIZE], public_key, body, signature)


def rsa_verifies(key: rsa.RSAPublicKey, signature: bytes, message: bytes) -> bool:
    """RSA PKCS #1 v1.5 with SHA-256, the scheme of DF33 and of the CVC."""
    try:
        key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


class TrustStore:
    """Issuer (CA) public keys the kiosk trusts, by 16-byte key id."""

    def __init__(self, anchors: Mapping[bytes, rsa.RSAPublicKey] | None = None) -> None:
        self._anchors = dict(anchors or {})

    def add(self, key_id: bytes, key: rsa.RSAPublicKey) -> None:
        self._anchors[key_id] = key

    def keys(self) -> list[rsa.RSAPublicKey]:
        return list(self._anchors.values())

    def knows(self, issuer_id: bytes) -> bool:
        return issuer_id in self._anchors

    def vouches_for(self, cvc: Cvc) -> bool:
        anchor = self._anchors.get(cvc.issuer_id)
        return anchor is not None and rsa_verifies(anchor, cvc.signature, cvc.body)


def digests_match(
    record: IntegrityRecord, basic4_digest_input: bytes, number_file: bytes | None
) -> bool:
    """DF32 against EF 0002 and, when the number was read, DF31 against the physical EF 0001."""
    if hashlib.sha256(basic4_digest_input).digest() != record.basic4_digest:
        return False
    return number_file is None or hashlib.sha256(number_file).digest() == record.number_digest


def signed_by_any(record: IntegrityRecord, keys: Iterable[rsa.RSAPublicKey]) -> bool:
    return any(rsa_verifies(key, record.signature, record.signed) for key in keys)


def judge_with_cvc(record: IntegrityRecord, cvc: Cvc, trust: TrustStore) -> Integrity:
    """The verdict once the digests matched and the CVC was read."""
    if not rsa_verifies(cvc.public_key, record.signature, record.signed):
        return Integrity.INVALID
    if trust.vouches_for(cvc):
        return Integrity.VERIFIED
    if trust.knows(cvc.issuer_id):  # a trusted issuer's id with a signature that fails
        return Integrity.INVALID
    return Integrity.UNTRUSTED
