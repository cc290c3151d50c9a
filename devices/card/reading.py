"""A whole card read: the credential (PIN or 照合番号B), the 基本4情報, the 個人番号 only on
request (PIN only), integrity, chip genuineness; and the credential-free card status."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from enum import Enum

from devices.card.basic4 import Basic4, parse_basic4
from devices.card.chip import Chip, ChipCheck, judge_text_ap_chip
from devices.card.codeb import CodeB
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
from devices.card.jpki import read_certificate_expiry
from devices.card.sensitive import MyNumber, Pin
from devices.card.status import CardStatus, KeyState, PinState
from devices.card.textap import (
    EF_BASIC4,
    EF_CHIP_KEY,
    EF_CODE_B,
    EF_CVC,
    EF_INTEGRITY,
    EF_MY_NUMBER,
    EF_PIN,
    TextApSession,
)
from devices.card.transport import ApduChannel, CardTransport

MY_NUMBER_FILE_SIZE = 17  # FF 10 0C + 12 digits + FF FF: the digest covers all of it
NOT_ASKED = ChipCheck(Chip.UNCHECKED, "not asked")


class Credential(Enum):
    PIN = "pin"
    CODE_B = "code_b"  # 照合番号B: what is printed on the card face; never opens the 個人番号


@dataclass(frozen=True)
class CardData:
    basic4: Basic4
    my_number: MyNumber | None
    integrity: Integrity  # the verdict to show: the data's, and INVALID when the chip is a copy
    chip: ChipCheck = NOT_ASKED
    credential: Credential = Credential.PIN
    data_integrity: Integrity | None = None  # the files' verdict alone (None: as integrity)

    def __repr__(self) -> str:
        return f"CardData(****, integrity={self.integrity.value}, chip={self.chip.verdict.value})"


@dataclass(frozen=True)
class ReadReport:
    data: CardData
    apdu_count: int  # every APDU of the read, from SELECT to the chip check
    apdus_after_pin: int  # from the credential's VERIFY to the data (what the benchmark targets)
    elapsed_ms: float
    pin_to_data_ms: float
    chip_apdus: int = 0  # of apdu_count, those of the chip check (EF 0007 + 内部認証)
    certificate_expiry: dt.date | None = None  # only with ``with_expiry``
    certificate_problem: str = ""


@dataclass
class _Clock:
    channel: ApduChannel
    started: float = field(default_factory=time.perf_counter)
    verify_started: float = 0.0
    before_verify: int = 0

    def mark_verify(self) -> None:
        self.verify_started, self.before_verify = time.perf_counter(), self.channel.apdu_count


class CardReader:
    """Reads the card-info input support AP over any transport (real reader or simulator)."""

    def __init__(self, trust: TrustStore, cvc_cache: CvcCache | None = None) -> None:
        self._trust = trust
        self._cvc_cache = cvc_cache or CvcCache()

    def pin_tries_left(self, transport: CardTransport) -> int | None:
        """The tries left, consuming none (None: the card reports the PIN already verified).
        Raises PinNotSetError for a card issued without a PIN."""
        return TextApSession(ApduChannel(transport)).open()

    def status(self, transport: CardTransport) -> CardStatus:
        """PIN and 照合番号B state and tries (consuming none) and the e-certificates' expiry."""
        channel = ApduChannel(transport)
        session = TextApSession(channel)
        session.select()
        pin = session.key_state(EF_PIN)
        # 照合番号B is on every card seen; one without it is reported as having none.
        code_b = (session.key_state(EF_CODE_B) if session.has_file(EF_CODE_B)
                  else KeyState(PinState.NOT_SET, None))
        expiry, problem = _certificate_expiry(channel)
        return CardStatus(pin, code_b, expiry, problem)

    def read(self, transport: CardTransport, secret: Pin | CodeB, *, with_number: bool = False,
             check_chip: bool = True, with_expiry: bool = False) -> ReadReport:
        """One VERIFY with ``secret`` (a PIN, or 照合番号B), then the data.

        ``with_number`` needs the PIN: 照合番号B does not open the 個人番号. ``with_expiry``
        also reads the e-certificates' expiry from the JPKI-AP at the end (three APDUs)."""
        if isinstance(secret, CodeB) and with_number:
            raise ValueError("照合番号Bでは個人番号を読めません / 照合番号B never opens the number")
        channel = ApduChannel(transport)
        clock = _Clock(channel)
        session = TextApSession(channel)
        session.select()
        credential = self._verify(session, secret, clock)
        data = self._read_after_verify(session, with_number=with_number)
        data_done = time.perf_counter()
        before_chip = channel.apdu_count
        chip = self._check_chip(session, data.integrity) if check_chip else NOT_ASKED
        chip_apdus = channel.apdu_count - before_chip
        expiry, problem = _certificate_expiry(channel) if with_expiry else (None, "")
        overall = Integrity.INVALID if chip.verdict is Chip.COPY else data.integrity
        card = CardData(data.basic4, data.my_number, overall, chip, credential, data.integrity)
        return ReadReport(
            card,
            apdu_count=channel.apdu_count,
            apdus_after_pin=before_chip - clock.before_verify,
            elapsed_ms=(time.perf_counter() - clock.started) * 1000,
            pin_to_data_ms=(data_done - clock.verify_started) * 1000,
            chip_apdus=chip_apdus,
            certificate_expiry=expiry,
            certificate_problem=problem,
        )

    @staticmethod
    def _verify(session: TextApSession, secret: Pin | CodeB, clock: _Clock) -> Credential:
        # The tries are asked first (consuming none): a locked or never-set credential is
        # refused before any VERIFY carries a secret.
        if isinstance(secret, CodeB):
            session.key_state(EF_CODE_B)
            clock.mark_verify()
            session.verify_code_b(secret)
            return Credential.CODE_B
        session.key_state(EF_PIN)
        clock.mark_verify()
        session.verify_pin(secret)
        return Credential.PIN

    def _read_after_verify(self, session: TextApSession, *, with_number: bool) -> CardData:
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

    def _check_chip(self, session: TextApSession, data_verdict: Integrity) -> ChipCheck:
        """EF 0007's chip key, certified by a trusted issuer key (DF52), then 内部認証."""
        record = session.read_object(EF_CHIP_KEY) if session.has_file(EF_CHIP_KEY) else None
        issuers = [*self._trust.keys(), *self._cvc_cache.trusted_keys(self._trust)]
        return judge_text_ap_chip(session.channel, record, issuers,
                                  issuer_trusted=data_verdict is Integrity.VERIFIED)


def _certificate_expiry(channel: ApduChannel) -> tuple[dt.date | None, str]:
    try:
        return read_certificate_expiry(channel), ""
    except CardProtocolError as error:  # a certificate that does not parse: no expiry, a reason
        return None, error.detail or type(error).__name__


def _parse_my_number(number_file: bytes) -> MyNumber:
    # FF 10 0C <12 ASCII digits>: fixed layout, checked rather than trusted.
    if len(number_file) < 15 or number_file[:3] != b"\xff\x10\x0c":
        raise CardProtocolError("EF0001 is malformed")
    try:
        return MyNumber(number_file[3:15].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise CardProtocolError("EF0001 holds no valid My Number") from None
