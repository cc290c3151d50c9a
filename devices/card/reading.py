"""A whole card read: PIN status, VERIFY, 基本4情報, the 個人番号 only on request, integrity."""

from __future__ import annotations

import time
from dataclasses import dataclass

from devices.card.basic4 import Basic4, parse_basic4
from devices.card.cvc_cache import CvcCache
from devices.card.errors import CardProtocolError
from devices.card.integrity import (
    Integrity,
    IntegrityRecord,
    TrustStore,
    digests_match,
    judge_with_cvc,
    parse_cvc,
    parse_integrity_record,
    signed_by_any,
)
from devices.card.sensitive import MyNumber, Pin
from devices.card.textap import EF_BASIC4, EF_CVC, EF_INTEGRITY, EF_MY_NUMBER, TextApSession
from devices.card.transport import ApduChannel, CardTransport

MY_NUMBER_FILE_SIZE = 17  # FF 10 0C + 12 digits + FF FF: the digest covers all of it


@dataclass(frozen=True)
class CardData:
    basic4: Basic4
    my_number: MyNumber | None
    integrity: Integrity

    def __repr__(self) -> str:
        return f"CardData(****, integrity={self.integrity.value})"


@dataclass(frozen=True)
class ReadReport:
    data: CardData
    apdu_count: int  # every APDU of the read, from SELECT to the last READ BINARY
    apdus_after_pin: int  # from the PIN VERIFY to the data (what the benchmark targets)
    elapsed_ms: float
    pin_to_data_ms: float


class CardReader:
    """Reads the card-info input support AP over any transport (real reader or simulator)."""

    def __init__(self, trust: TrustStore, cvc_cache: CvcCache | None = None) -> None:
        self._trust = trust
        self._cvc_cache = cvc_cache or CvcCache()

    def pin_tries_left(self, transport: CardTransport) -> int | None:
        """The tries left, consuming none (None: the card reports the PIN already verified)."""
        return TextApSession(ApduChannel(transport)).open()

    def read(self, transport: CardTransport, pin: Pin, *, with_number: bool) -> ReadReport:
        started = time.perf_counter()
        channel = ApduChannel(transport)
        session = TextApSession(channel)
        session.open()
        before_pin = channel.apdu_count
        pin_started = time.perf_counter()
        session.verify_pin(pin)
        data = self._read_after_pin(session, with_number=with_number)
        done = time.perf_counter()
        return ReadReport(
            data,
            apdu_count=channel.apdu_count,
            apdus_after_pin=channel.apdu_count - before_pin,
            elapsed_ms=(done - started) * 1000,
            pin_to_data_ms=(done - pin_started) * 1000,
        )

    def _read_after_pin(self, session: TextApSession, *, with_number: bool) -> CardData:
        record = parse_basic4(session.read_object(EF_BASIC4))
        number_file: bytes | None = None
        my_number: MyNumber | None = None
        if with_number:
            number_file = session.read_object(EF_MY_NUMBER)[:MY_NUMBER_FILE_SIZE]
            my_number = _parse_my_number(number_file)
        integrity_record = parse_integrity_record(session.read_object(EF_INTEGRITY))
        integrity = self._judge(session, integrity_record, record.digest_input, number_file)
        return CardData(record.basic4, my_number, integrity)

    def _judge(
        self,
        session: TextApSession,
        record: IntegrityRecord,
        basic4_digest_input: bytes,
        number_file: bytes | None,
    ) -> Integrity:
        if not digests_match(record, basic4_digest_input, number_file):
            return Integrity.INVALID
        if signed_by_any(record, self._cvc_cache.trusted_keys(self._trust)):
            return Integrity.VERIFIED
        raw_cvc = session.read_object(EF_CVC)
        cvc = parse_cvc(raw_cvc)
        verdict = judge_with_cvc(record, cvc, self._trust)
        if verdict is Integrity.VERIFIED:
            self._cvc_cache.remember(raw_cvc, cvc)
        return verdict


def _parse_my_number(number_file: bytes) -> MyNumber:
    # FF 10 0C <12 ASCII digits>: fixed layout, checked rather than trusted.
    if len(number_file) < 15 or number_file[:3] != b"\xff\x10\x0c":
        raise CardProtocolError("EF0001 is malformed")
    try:
        return MyNumber(number_file[3:15].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise CardProtocolError("EF0001 holds no valid My Number") from None
