"""A card-face read: 照合番号B, EF 0002, its signature, the images, 内部認証, one verdict.

``verified``: the record's DF28 signature verifies under the key EF 0004 certifies, a trusted
issuer key vouches for that CVC, every image decodes, the birth date and sex agree with the
text AP's 基本4情報, and the chip (if it offers 内部認証) signs with the record's DF24 key.
``untrusted``: all of that holds except that no trusted issuer key vouches for the CVC.
``invalid``: anything else, with a reason that carries no personal data. The expiry (DF29) is
outside the signature: it is reported, never as verified.

The photo and images live only in the returned object (``FaceImages``, bytearrays the caller
wipes when the visit ends); they are never logged and never put in an exception.
"""

from __future__ import annotations

import datetime as dt
import hmac
import time
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from devices.card.basic4 import Basic4, Sex
from devices.card.chip import Chip, ChipCheck
from devices.card.codeb import CodeB
from devices.card.cvc_cache import CvcCache
from devices.card.errors import CardProtocolError
from devices.card.face_record import FaceRecord, parse_face_record
from devices.card.faceap import EF_CVC, EF_FACE, SECRET_FILES, FaceApSession
from devices.card.integrity import Integrity, TrustStore, parse_cvc
from devices.card.transport import ApduChannel, CardTransport

_NOT_CHECKED = ChipCheck(Chip.UNCHECKED, "no verified card-face record to check against")


class ImageDecoder(Protocol):
    """Turns the card's images into PNG bytes a screen can show (devices.imaging)."""

    def photo_png(self, jp2: bytes) -> bytes:
        """The JPEG 2000 face photo as PNG; ValueError if it does not decode."""
        ...

    def image_png(self, png: bytes) -> bytes:
        """A card PNG (the name or the address image) re-encoded; ValueError if it does not
        decode."""
        ...


@dataclass(frozen=True, repr=False)
class FaceImages:
    """PNG bytes of the card face. Personal data: wipe() when the visit ends. The
    security-code image (DF2A) is not kept: it shows part of 照合番号B."""

    name: bytearray
    address: bytearray
    photo: bytearray

    def wipe(self) -> None:
        for buffer in (self.name, self.address, self.photo):
            buffer[:] = bytes(len(buffer))
            del buffer[:]

    def __repr__(self) -> str:
        return "FaceImages(****)"


@dataclass(frozen=True)
class CardFace:
    integrity: Integrity
    reason: str | None  # why the verdict is not ``verified``; never personal data
    chip: ChipCheck  # 内部認証 against DF24 (unchecked unless the signature verified)
    birth_date: dt.date | None  # None only when the record did not parse
    sex: Sex | None
    expiry: dt.date | None  # DF29, not covered by the signature
    images: FaceImages | None  # None when the record did not parse or an image did not decode

    def wipe(self) -> None:
        if self.images is not None:
            self.images.wipe()

    def __repr__(self) -> str:
        return f"CardFace(****, integrity={self.integrity.value}, chip={self.chip.verdict.value})"


@dataclass(frozen=True)
class FaceReport:
    face: CardFace
    apdu_count: int  # every APDU of the face read, from SELECT to 内部認証
    record_bytes: int  # size of the FF20 object in EF 0002
    record_reads: int  # READ BINARY commands EF 0002 took (256-byte short APDUs)
    elapsed_ms: float


@dataclass(frozen=True)
class _Verdict:
    integrity: Integrity
    reason: str | None = None

    def worse(self, reason: str) -> _Verdict:
        """Invalid, keeping the first reason found."""
        return _Verdict(Integrity.INVALID, self.reason if self.invalid else reason)

    @property
    def invalid(self) -> bool:
        return self.integrity is Integrity.INVALID


class FaceReader:
    """Reads the card-face AP over any transport (real reader or simulator)."""

    def __init__(self, trust: TrustStore, decoder: ImageDecoder,
                 cvc_cache: CvcCache | None = None) -> None:
        self._trust = trust
        self._decoder = decoder
        self._cvc_cache = cvc_cache or CvcCache()

    def code_b_tries_left(self, transport: CardTransport) -> int | None:
        """The card-face AP's 照合番号B tries left, consuming none."""
        return FaceApSession(ApduChannel(transport, SECRET_FILES)).open()

    def read(self, transport: CardTransport, code_b: CodeB, *,
             basic4: Basic4 | None = None) -> FaceReport:
        """Verify ``code_b`` (once) and read the card face. ``basic4``: the text AP's, read
        in the same visit; a birth date or sex that differs makes the face ``invalid``."""
        started = time.perf_counter()
        channel = ApduChannel(transport, SECRET_FILES)
        session = FaceApSession(channel)
        session.open()
        session.verify_code_b(code_b)
        raw = session.read_object(EF_FACE)
        counts = session.last_read
        face = self._examine(session, raw, basic4)
        return FaceReport(face, channel.apdu_count, counts.size, counts.reads,
                          (time.perf_counter() - started) * 1000)

    def _examine(self, session: FaceApSession, raw: bytes, basic4: Basic4 | None) -> CardFace:
        try:
            record = parse_face_record(raw)
        except CardProtocolError as error:
            return CardFace(Integrity.INVALID, error.detail, _NOT_CHECKED, None, None, None, None)
        verdict = self._signature(session, record)
        # Only a key inside a record whose signature verified says which chip it belongs to.
        signed = not verdict.invalid
        images, failed = self._decode(record)
        if failed is not None:
            verdict = verdict.worse(failed)
        if basic4 is not None and basic4.birth_date != record.birth_date:
            verdict = verdict.worse("the card-face birth date differs from the text AP's")
        if basic4 is not None and basic4.sex != record.sex:
            verdict = verdict.worse("the card-face sex differs from the text AP's")
        chip = session.challenge_chip(record.card_key) if signed else _NOT_CHECKED
        if chip.verdict is Chip.COPY:
            verdict = verdict.worse("the chip does not hold the record's key (a copied card)")
        return CardFace(verdict.integrity, verdict.reason, chip, record.birth_date, record.sex,
                        record.expiry, images)

    def _signature(self, session: FaceApSession, record: FaceRecord) -> _Verdict:
        cached = self._cvc_cache.trusted_keys(self._trust)
        if any(face_signature_ok(key, record) for key in cached):
            return _Verdict(Integrity.VERIFIED)
        raw_cvc = session.read_object(EF_CVC)
        try:
            cvc = parse_cvc(raw_cvc)
        except CardProtocolError:
            return _Verdict(Integrity.INVALID, "the card-face AP's CVC (EF0004) is malformed")
        if not face_signature_ok(cvc.public_key, record):
            return _Verdict(Integrity.INVALID, "the card-face signature (DF28) does not verify")
        if self._trust.vouches_for(cvc):
            self._cvc_cache.remember(raw_cvc, cvc)
            return _Verdict(Integrity.VERIFIED)
        if self._trust.knows(cvc.issuer_id):
            return _Verdict(Integrity.INVALID, "the CVC's signature by a trusted issuer fails")
        return _Verdict(Integrity.UNTRUSTED, "the CVC's issuer key is not trusted")

    def _decode(self, record: FaceRecord) -> tuple[FaceImages | None, str | None]:
        parts = (("name image", self._decoder.image_png, record.name_image),
                 ("address image", self._decoder.image_png, record.address_image),
                 ("photo", self._decoder.photo_png, record.photo))
        decoded: list[bytearray] = []
        for what, decode, data in parts:
            try:
                decoded.append(bytearray(decode(data)))
            except ValueError:
                for done in decoded:
                    done[:] = bytes(len(done))
                return None, f"the card-face {what} does not decode"
        return FaceImages(*decoded), None

def face_signature_ok(key: rsa.RSAPublicKey, record: FaceRecord) -> bool:
    """DF28 is PKCS #1 v1.5 over the three-digest DigestInfo itself (no further hashing)."""
    try:
        recovered = key.recover_data_from_signature(record.signature, padding.PKCS1v15(), None)
    except (InvalidSignature, ValueError):
        return False
    return hmac.compare_digest(recovered, record.signed)
