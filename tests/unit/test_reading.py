"""The card client over the in-process simulated card: data, hygiene, APDU budget, integrity."""

import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card.basic4 import Sex
from devices.card.cvc_cache import CvcCache
from devices.card.errors import CardProtocolError, CardRemovedError, PinLockedError, WrongPinError
from devices.card.integrity import Integrity, TrustStore
from devices.card.sensitive import MyNumber, Pin
from devices.card.transport import TRAFFIC
from devices.simcard.files import card_verifiable_certificate, integrity_record
from tests.support.cards import card_transport, reader


def test_reads_the_basic_four_and_verifies_integrity():
    report = reader().read(card_transport(), Pin("1234"), with_number=False)
    basic4 = report.data.basic4
    assert (basic4.name, basic4.address) == ("山田　太郎", "東京都千代田区霞が関１－２－３")
    assert (basic4.birth_date, basic4.sex) == (dt.date(1985, 4, 1), Sex.MALE)
    assert report.data.my_number is None
    assert report.data.integrity is Integrity.VERIFIED


def test_my_number_is_read_only_when_asked():
    transport = card_transport()
    reader().read(transport, Pin("1234"), with_number=False)
    assert bytes.fromhex("00A4020C020001") not in transport.sent
    transport = card_transport()
    report = reader().read(transport, Pin("1234"), with_number=True)
    assert report.data.my_number == MyNumber("123456789018")
    assert bytes.fromhex("00A4020C020001") in transport.sent


@pytest.mark.parametrize("name,with_number,budget", [
    ("yamada_taro", False, 10), ("yamada_taro", True, 12),
    ("sato_hanako_long_address", False, 10), ("sato_hanako_long_address", True, 12),
])
def test_apdu_budget_once_the_issuers_cvc_is_known(name, with_number, budget):
    shared_cache = CvcCache()
    first = reader(cache=shared_cache).read(card_transport(name), Pin(_pin(name)),
                                            with_number=with_number)
    again = reader(cache=shared_cache).read(card_transport(name), Pin(_pin(name)),
                                            with_number=with_number)
    assert again.apdu_count - again.chip_apdus <= budget
    assert again.chip_apdus == 5  # SELECT EF 0007, three READ BINARY, 内部認証
    assert first.apdu_count == again.apdu_count + 4  # SELECT EF 0004 + three READ BINARY
    assert again.data.integrity is Integrity.VERIFIED


def test_long_record_is_read_in_offset_chunks():
    transport = card_transport("sato_hanako_long_address")
    report = reader().read(transport, Pin("5678"), with_number=False)
    assert len(report.data.basic4.address.encode()) > 256 - 30
    reads = [a for a in transport.sent if a[1] == 0xB0]
    assert bytes.fromhex("00B0010028") in reads  # second chunk: offset 256, the 40 bytes left


def test_supplementary_plane_name():
    report = reader().read(card_transport("yoshida_supplementary"), Pin("2468"), with_number=False)
    assert report.data.basic4.name == "𠮷田　𩸽子"


def test_untrusted_when_the_issuer_key_is_not_configured():
    report = reader(TrustStore()).read(card_transport(), Pin("1234"), with_number=True)
    assert report.data.integrity is Integrity.UNTRUSTED


def test_cached_cvcs_do_not_create_trust(tmp_path):
    cache = CvcCache(tmp_path)
    reader(cache=cache).read(card_transport(), Pin("1234"), with_number=False)
    assert list(tmp_path.glob("*.cvc"))
    report = reader(TrustStore(), CvcCache(tmp_path)).read(card_transport(), Pin("1234"),
                                                           with_number=False)
    assert report.data.integrity is Integrity.UNTRUSTED


def test_invalid_when_basic4_was_altered_after_issue():
    transport = card_transport()
    forged = transport.card.file(2).replace("太郎".encode(), "次郎".encode())
    transport.card.overwrite_file(2, forged)
    report = reader().read(transport, Pin("1234"), with_number=False)
    assert report.data.basic4.name == "山田　次郎"
    assert report.data.integrity is Integrity.INVALID


def test_invalid_when_the_number_file_does_not_match_its_digest():
    transport = card_transport()
    transport.card.overwrite_file(1, b"\xff\x10\x0c" + b"537686677188" + b"\xff\xff")
    report = reader().read(transport, Pin("1234"), with_number=True)
    assert report.data.integrity is Integrity.INVALID


def test_invalid_when_resigned_by_a_key_the_trusted_issuer_never_certified():
    forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    transport = card_transport()
    card = transport.card
    from devices.card.basic4 import parse_basic4

    digest_input = parse_basic4(card.file(2)).digest_input
    card.overwrite_file(3, integrity_record(card.file(1), digest_input, forger))
    card.overwrite_file(4, card_verifiable_certificate(forger.public_key(), issuer=forger))
    report = reader().read(transport, Pin("1234"), with_number=True)
    assert report.data.integrity is Integrity.INVALID
    # The same forgery against a kiosk that trusts nobody is merely consistent.
    transport = card_transport()
    for ef in (3, 4):
        transport.card.overwrite_file(ef, card.file(ef))
    assert reader(TrustStore()).read(transport, Pin("1234"), with_number=True).data.integrity \
        is Integrity.UNTRUSTED


def test_wrong_pin_is_tried_once_and_reports_tries_left():
    transport = card_transport()
    with pytest.raises(WrongPinError) as info:
        reader().read(transport, Pin("9999"), with_number=False)
    assert info.value.tries_left == 2
    assert transport.card.stats.pin_verifies == 1
    assert "9999" not in str(info.value)


def test_wrong_pin_on_the_last_try_locks():
    transport = card_transport("suzuki_last_try")
    with pytest.raises(PinLockedError):
        reader().read(transport, Pin("0000"), with_number=False)
    assert transport.card.pin_tries_left == 0


def test_locked_pin_is_never_sent():
    transport = card_transport("tanaka_locked")
    with pytest.raises(PinLockedError):
        reader().read(transport, Pin("0000"), with_number=False)
    assert transport.card.stats.pin_verifies == 0


def test_tries_left_query_consumes_nothing():
    transport = card_transport(pin_tries_left=2)
    for _ in range(3):
        assert reader().pin_tries_left(transport) == 2
    assert transport.card.pin_tries_left == 2 and transport.card.stats.pin_verifies == 0


def test_card_removed_mid_read():
    with pytest.raises(CardRemovedError):
        reader().read(card_transport(remove_after=6), Pin("1234"), with_number=False)


def test_not_a_my_number_card():
    class BlankCard:
        def transmit(self, apdu: bytes) -> bytes:
            return b"\x6a\x82"

    from devices.card.errors import NotMyNumberCardError

    with pytest.raises(NotMyNumberCardError):
        reader().read(BlankCard(), Pin("1234"), with_number=False)


def test_wrong_le_and_get_response_are_handled():
    inner = card_transport()

    class Fussy:
        """Answers 6Cxx to READ BINARY with Le=00 and splits data with 61xx."""

        def __init__(self):
            self.pending = b""

        def transmit(self, apdu: bytes) -> bytes:
            if apdu[1] == 0xC0:
                data, self.pending = self.pending, b""
                return data + b"\x90\x00"
            answer = inner.transmit(apdu)
            if apdu[1] == 0xB0 and apdu[4] == 0 and answer[-2:] == b"\x90\x00":
                return b"\x6c" + bytes((min(len(answer) - 2, 255),))
            if apdu[1] == 0xB0 and len(answer) > 20:
                self.pending = answer[10:-2]
                return answer[:10] + b"\x61" + bytes((len(self.pending),))
            return answer

    report = reader().read(Fussy(), Pin("1234"), with_number=True)
    assert report.data.basic4.name == "山田　太郎"
    assert report.data.integrity is Integrity.VERIFIED


def test_malformed_number_file_is_a_protocol_error():
    transport = card_transport()
    transport.card.overwrite_file(1, b"\xff\x10\x0c" + b"12345678901X" + b"\xff\xff")
    with pytest.raises(CardProtocolError):
        reader().read(transport, Pin("1234"), with_number=True)


def test_trace_level_never_shows_the_pin_or_the_number(caplog):
    caplog.set_level(TRAFFIC)
    reader().read(card_transport(), Pin("1234"), with_number=True)
    traced = "\n".join(r.getMessage() for r in caplog.records)
    assert "C-APDU" in traced and "R-APDU" in traced
    assert "31 32 33 34" not in traced  # the PIN in hex
    assert "31 32 33 34 35 36 37 38 39 30 31 38" not in traced  # the number in hex
    assert "<secret>" in traced


def _pin(name: str) -> str:
    return {"yamada_taro": "1234", "sato_hanako_long_address": "5678"}[name]


