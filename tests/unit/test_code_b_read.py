"""照合番号B reads and the credential-free status over the in-process simulated card."""

import dataclasses
import datetime as dt
import logging

import pytest

from devices.card.codeb import CodeB, code_b_from_parts
from devices.card.errors import CodeBLockedError, PinNotSetError, WrongCodeBError
from devices.card.integrity import Integrity
from devices.card.reading import Credential
from devices.card.sensitive import Pin
from devices.card.status import PinState
from devices.card.transport import TRAFFIC
from devices.simcard.files import verification_number_b
from tests.support.cards import card_transport, persona, reader

SELECT_NUMBER_FILE = bytes.fromhex("00A4020C020001")
YAMADA_CODE_B = CodeB("60040120351234")  # 昭和60-04-01, expiry 2035, security code 1234


def test_code_b_reads_the_basic_four_as_the_pin_does():
    by_pin = reader().read(card_transport(), Pin("1234"))
    transport = card_transport()
    by_code = reader().read(transport, YAMADA_CODE_B)
    assert by_code.data.basic4 == by_pin.data.basic4
    assert by_code.data.integrity is by_pin.data.integrity is Integrity.VERIFIED
    assert by_code.data.credential is Credential.CODE_B
    assert by_pin.data.credential is Credential.PIN
    assert by_code.data.my_number is None
    assert SELECT_NUMBER_FILE not in transport.sent
    assert by_code.apdu_count <= by_pin.apdu_count + 1
    assert transport.card.stats.pin_verifies == 0 and transport.card.stats.code_b_verifies == 1


def test_the_three_printed_items_build_the_code_the_card_expects():
    p = persona("kato_face_auth")
    code = code_b_from_parts(p.basic4.birth_date, p.card_expiry.year, p.security_code)
    assert code.reveal() == verification_number_b(p)
    report = reader().read(card_transport("kato_face_auth"), code)
    assert report.data.basic4.name == "加藤　トメ"


def test_code_b_never_opens_the_my_number_and_sends_nothing_when_asked():
    transport = card_transport()
    with pytest.raises(ValueError, match="個人番号"):
        reader().read(transport, YAMADA_CODE_B, with_number=True)
    assert transport.sent == []


def test_a_wrong_code_b_costs_one_try_and_is_never_retried():
    transport = card_transport()
    with pytest.raises(WrongCodeBError) as caught:
        reader().read(transport, CodeB("60040120359999"))
    assert caught.value.tries_left == 2 and "残り2回" in caught.value.one_line()
    assert "9999" not in caught.value.one_line() and "6004" not in caught.value.one_line()
    assert transport.card.stats.code_b_verifies == 1
    assert transport.card.code_b_tries_left == 2 and transport.card.pin_tries_left == 3


def test_the_last_wrong_try_locks_and_a_locked_code_b_is_never_sent():
    transport = card_transport(code_b_tries_left=1)
    with pytest.raises(CodeBLockedError):
        reader().read(transport, CodeB("60040120359999"))
    again = card_transport(code_b_tries_left=0)
    with pytest.raises(CodeBLockedError):
        reader().read(again, YAMADA_CODE_B)
    assert again.card.stats.code_b_verifies == 0
    assert not [a for a in again.sent if a[1] == 0x20 and len(a) > 4]  # no VERIFY with data


def test_a_face_authentication_card_refuses_the_pin_path_without_a_verify():
    transport = card_transport("kato_face_auth")
    with pytest.raises(PinNotSetError) as caught:
        reader().read(transport, Pin("1234"))
    assert "照合番号B" in caught.value.one_line()
    assert transport.card.stats.pin_verifies == 0
    with pytest.raises(PinNotSetError):
        reader().pin_tries_left(card_transport("kato_face_auth"))


@pytest.mark.parametrize("name,changes,state,tries", [
    ("yamada_taro", {"pin_tries_left": 2}, PinState.SET, 2),
    ("tanaka_locked", {}, PinState.LOCKED, 0),
    ("kato_face_auth", {}, PinState.NOT_SET, None),
])
def test_status_names_the_pin_state_and_spends_nothing(name, changes, state, tries):
    transport = card_transport(name, code_b_tries_left=1, **changes)
    status = reader().status(transport)
    assert (status.pin_state, status.pin_tries_left) == (state, tries)
    assert status.code_b_tries_left == 1
    assert status.certificate_expiry == persona(name).certificate_expiry
    stats = transport.card.stats
    assert stats.pin_verifies == stats.code_b_verifies == 0


def test_status_reads_only_the_start_of_the_certificate():
    transport = card_transport("ito_certificates_expiring")
    status = reader().status(transport)
    assert status.certificate_expiry == dt.date.today() + dt.timedelta(days=45)
    certificate_reads = transport.sent[transport.sent.index(
        bytes.fromhex("00A4020C02000A")) + 1:]
    assert 1 <= len(certificate_reads) <= 2
    assert len(transport.card.application(bytes.fromhex("D392F000260100000001")).files[
        0x000A]) > 512  # the whole certificate was not needed


def test_read_can_add_the_certificate_expiry_at_the_end():
    report = reader().read(card_transport("kobayashi_expired"), Pin("2580"), with_expiry=True)
    assert report.certificate_expiry == dt.date(2025, 10, 20)
    assert report.data.integrity is Integrity.VERIFIED


def test_a_certificate_that_does_not_parse_leaves_no_expiry_and_a_reason():
    transport = card_transport()
    jpki = bytes.fromhex("D392F000260100000001")
    transport.card.overwrite_file(0x000A, b"\x30\x82\x05\x00" + b"\x04" * 300, aid=jpki)
    status = reader().status(transport)
    assert status.certificate_expiry is None and "DER" in status.certificate_problem


def test_the_code_b_never_reaches_the_apdu_trace(caplog):
    caplog.set_level(TRAFFIC, logger="kiosk.card")
    reader().read(card_transport(), YAMADA_CODE_B)
    with pytest.raises(WrongCodeBError):
        reader().read(card_transport(), CodeB("60040120359999"))
    traced = caplog.text
    assert "C-APDU" in traced
    for secret in ("60040120351234", "60040120359999"):
        assert secret not in traced and secret.encode().hex(" ") not in traced
        assert secret[-4:].encode().hex(" ") not in traced
    assert all(record.levelno < logging.WARNING for record in caplog.records)


def test_a_changed_persona_keeps_its_code_b_consistent():
    p = dataclasses.replace(persona(), security_code="0042")
    assert verification_number_b(p).endswith("20350042")


def test_a_card_without_code_b_reports_it_as_not_set():
    transport = card_transport()
    del transport.card.application(bytes.fromhex("D3921000310001010408")).keys[0x0015]
    status = reader().status(transport)
    assert status.code_b.state is PinState.NOT_SET and status.code_b_tries_left is None
    assert status.pin_state is PinState.SET
