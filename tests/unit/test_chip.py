"""Chip genuineness (内部認証) and the e-certificate expiry walk: the verdicts and parsers."""

import datetime as dt
import hashlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

from devices.card.apdu import Response
from devices.card.chip import (
    Chip,
    challenge_chip,
    digest_info,
    parse_chip_key_record,
    signature_verifies,
)
from devices.card.errors import CardRemovedError
from devices.card.integrity import Integrity, TrustStore
from devices.card.jpki import JAPAN, JPKI_AID, CertificateError, _NeedMoreError, not_after
from devices.card.sensitive import Pin
from devices.card.status import ExpiryNotice, add_months, expiry_notice
from devices.card.textap import TEXT_AP_AID
from devices.card.transport import ApduChannel
from devices.simcard import keys
from devices.simcard.files import chip_key_record
from devices.simcard.jpki import user_auth_certificate
from tests.support.cards import card_transport, persona, reader


@pytest.fixture(scope="module")
def other_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_a_genuine_card_signs_a_fresh_challenge_each_time():
    transport = card_transport()
    report = reader().read(transport, Pin("1234"))
    assert report.data.chip.verdict is Chip.GENUINE
    reader().read(transport, Pin("1234"))
    challenges = [a for a in transport.sent if a[:2] == b"\x80\x2a"]
    assert len(challenges) == 2 and challenges[0] != challenges[1]
    assert challenges[0][5:5 + 19] == bytes.fromhex("3031300d060960864801650304020105000420")


def test_a_clone_is_a_copy_and_its_integrity_invalid():
    report = reader().read(card_transport("yamada_taro_clone"), Pin("1234"))
    assert report.data.chip.verdict is Chip.COPY
    assert report.data.data_integrity is Integrity.VERIFIED  # the copied files are authentic
    assert report.data.integrity is Integrity.INVALID


def test_a_card_without_internal_authentication_keeps_its_data_verdict():
    transport = card_transport()
    transport.card.application(TEXT_AP_AID).chip_key = None  # answers 6D00
    report = reader().read(transport, Pin("1234"))
    assert report.data.chip.verdict is Chip.UNCHECKED and "6D00" in report.data.chip.reason
    assert report.data.integrity is Integrity.VERIFIED


def test_a_card_without_ef_0007_is_unchecked():
    transport = card_transport()
    del transport.card.application(TEXT_AP_AID).files[0x0007]
    report = reader().read(transport, Pin("1234"))
    assert report.data.chip.verdict is Chip.UNCHECKED
    assert report.data.integrity is Integrity.VERIFIED


def test_a_chip_key_not_certified_by_the_issuer_is_a_copy(other_key):
    # A cloner writes their own chip's key into EF 0007 and signs it with their own key.
    transport = card_transport()
    transport.card.overwrite_file(0x0007, chip_key_record(other_key.public_key(), other_key))
    report = reader().read(transport, Pin("1234"))
    assert report.data.chip.verdict is Chip.COPY
    assert report.data.integrity is Integrity.INVALID


def test_a_malformed_ef_0007_is_a_copy_with_a_reason_not_a_traceback():
    transport = card_transport()
    transport.card.overwrite_file(0x0007, b"\xff\x50\x04\xdf\x51\x01\x00" + b"\xff" * 8)
    report = reader().read(transport, Pin("1234"))
    assert report.data.chip.verdict is Chip.COPY and "EF0007" in report.data.chip.reason
    assert report.data.integrity is Integrity.INVALID


def test_without_a_trusted_issuer_the_chip_is_unchecked():
    report = reader(TrustStore()).read(card_transport(), Pin("1234"))
    assert report.data.chip.verdict is Chip.UNCHECKED
    assert report.data.integrity is Integrity.UNTRUSTED


def test_the_chip_check_can_be_left_out():
    report = reader().read(card_transport(), Pin("1234"), check_chip=False)
    assert report.chip_apdus == 0 and report.data.chip.verdict is Chip.UNCHECKED


class _Answering:
    """An APDU channel double for the shared function: answers every command with ``raw``."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.sent: list[bytes] = []

    def transmit(self, command: bytes) -> bytes:
        self.sent.append(command)
        return self.raw


def test_challenge_chip_is_usable_with_any_ap_and_key(other_key):
    challenge = b"\x01" * 32
    signature = other_key.sign(hashlib.sha256(challenge).digest(), padding.PKCS1v15(),
                               utils.Prehashed(hashes.SHA256()))
    good = _Answering(signature + b"\x90\x00")
    check = challenge_chip(ApduChannel(good), other_key.public_key(), challenge)
    assert check.verdict is Chip.GENUINE
    assert good.sent == [bytes.fromhex("80 2A 00 00 33") + digest_info(challenge) + b"\x00"]
    wrong_key = keys.test_issuer_key().public_key()
    assert challenge_chip(ApduChannel(good), wrong_key, challenge).verdict is Chip.COPY
    refused = challenge_chip(ApduChannel(_Answering(b"\x69\x85")), wrong_key, challenge)
    assert refused.verdict is Chip.UNCHECKED and "6985" in refused.reason
    assert signature_verifies(other_key.public_key(), challenge, signature)
    assert not signature_verifies(other_key.public_key(), challenge + b"x", signature)
    assert Response.from_bytes(good.raw).ok


def test_the_chip_key_record_parses_as_the_shelf_lays_it_out(other_key):
    raw = chip_key_record(other_key.public_key())
    assert raw[:5] == bytes.fromhex("FF 50 82 02 13")
    record = parse_chip_key_record(raw)
    assert record.public_key.public_numbers() == other_key.public_key().public_numbers()
    assert record.signed[:2] == b"\xdf\x51" and len(record.signature) == 256


def _certificate() -> bytes:
    p = persona("ito_certificates_expiring")
    return user_auth_certificate(p, keys.test_ap_key().public_key())


def test_not_after_from_the_first_bytes_of_the_certificate():
    der = _certificate()
    expiry = persona("ito_certificates_expiring").certificate_expiry
    when = not_after(der[:256])
    assert when.astimezone(JAPAN).date() == expiry
    assert when.astimezone(JAPAN).time() == dt.time(23, 59, 59)


@pytest.mark.parametrize("cut", [0, 1, 3, 4, 8, 20, 60, 120])
def test_a_prefix_that_ends_before_the_validity_asks_for_more(cut):
    with pytest.raises(_NeedMoreError):
        not_after(_certificate()[:cut])


@pytest.mark.parametrize("raw", [
    b"\x04\x03abc", b"\x30\x03\x02\x01\x01", b"\x30\x84\x00\x00\x00\x10" + bytes(16),
    bytes.fromhex("3010300e020101300030000000") + bytes(4),
])
def test_bytes_that_are_no_certificate_are_refused_with_one_line(raw):
    with pytest.raises(CertificateError) as caught:
        not_after(raw)
    assert "\n" not in caught.value.one_line()


def test_a_damaged_validity_time_is_refused():
    der = bytearray(_certificate())
    position = der.find(b"\x17\x0d", 30)  # notBefore
    position = der.find(b"\x17\x0d", position + 2)  # notAfter
    der[position + 2 : position + 4] = b"ZZ"
    with pytest.raises(CertificateError, match="DER time"):
        not_after(bytes(der[:300]))


@pytest.mark.parametrize("expiry,notice", [
    (dt.date(2026, 11, 30), ExpiryNotice.EXPIRED),
    (dt.date(2026, 12, 1), ExpiryNotice.SOON),
    (dt.date(2027, 3, 1), ExpiryNotice.SOON),
    (dt.date(2027, 3, 2), ExpiryNotice.NONE),
    (None, ExpiryNotice.NONE),
])
def test_expiry_notice_three_months_ahead(expiry, notice):
    assert expiry_notice(expiry, dt.date(2026, 12, 1)) is notice


def test_add_months_clamps_to_the_month_end():
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)


def test_a_card_removed_during_the_chip_check_is_card_removed():
    with pytest.raises(CardRemovedError):
        reader().read(card_transport(remove_after=15), Pin("1234"))  # 13 data APDUs, then chip


def test_a_card_without_the_jpki_ap_has_no_certificate_expiry():
    transport = card_transport()
    transport.card.remove_application(JPKI_AID)
    status = reader().status(transport)
    assert status.certificate_expiry is None and status.certificate_problem == ""
    assert status.pin_tries_left == 3
