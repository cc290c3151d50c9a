"""eL-QR parse / validate / build, CRC, eL番号, and the glog(0) regression."""

import dataclasses
import datetime as dt

import pytest

from kiosk.payments import elqr
from kiosk.payments.symbols import qr_matrix
from tests.support.samples import VECTOR


def with_crc(body: str) -> str:
    """A payload with a correct CRC, so that a test reaches the rule after the CRC."""
    return body[:250] + f"{elqr.crc16(body[:250]):05d}"


def test_crc_check_value():
    assert elqr.crc16("123456789") == 10673 == 0x29B1


def test_parse_the_synthetic_vector():
    fields = elqr.parse(VECTOR)
    assert fields.amount == 12300
    assert (fields.item_code, fields.institution_code, fields.tax_office) == ("127", "13101", "000")
    assert fields.case_key == "00000000000000000001" and fields.confirmation_number == "000000"
    assert (fields.levy_year, fields.tax_year, fields.instalment) == (2026, 2026, "01")
    assert fields.due_date == dt.date(2026, 6, 30)
    assert fields.payment_deadline == dt.date(2026, 7, 31)
    assert fields.el_number == "13101" + "00000000000000000001" + "000000" + "127"
    assert len(fields.el_number) == 34
    assert fields.el_number_grouped == "13101-00000000000000000001-000000-127"


def test_build_reproduces_the_vector_and_round_trips():
    fields = elqr.parse(VECTOR)
    assert elqr.build(fields) == VECTOR
    changed = dataclasses.replace(fields, amount=987654, case_key="12345678901234567890",
                                  confirmation_number="123456", check_digit_1="42")
    rebuilt = elqr.parse(elqr.build(changed))
    assert rebuilt == changed


def test_past_deadline_is_a_field_not_an_error():
    fields = elqr.parse(VECTOR)
    assert not fields.is_past_deadline(dt.date(2026, 7, 31))
    assert fields.is_past_deadline(dt.date(2026, 8, 1))
    assert fields.to_json(dt.date(2026, 8, 1))["past_payment_deadline"] is True


@pytest.mark.parametrize(("payload", "rule"), [
    (VECTOR[:-1], "length"),
    (VECTOR + "0", "length"),
    (VECTOR[:100] + "A" + VECTOR[101:], "digits"),
    (VECTOR[:100] + "٣" + VECTOR[101:], "digits"),  # a non-ASCII digit
    (with_crc(VECTOR[:112] + "5511" + VECTOR[116:]), "object_walk"),  # object 55, not 54
    (with_crc(VECTOR[:157] + "8084" + VECTOR[161:]), "object_walk"),  # wrong length field
    (with_crc("000202" + VECTOR[6:]), "fixed_value"),  # payload format 02
    (with_crc(VECTOR[:10] + "11" + VECTOR[12:]), "fixed_value"),  # static point of initiation
    (with_crc(VECTOR[:20] + "9" + VECTOR[21:]), "fixed_value"),  # LTA identifier
    (with_crc(VECTOR[:54] + "13801" + VECTOR[59:]), "fixed_value"),  # MPN institution id
    (with_crc(VECTOR[:96] + "1" + VECTOR[97:]), "fixed_value"),  # eLTAX area
    (VECTOR[:-5] + "55046", "crc"),
    (VECTOR[:140] + "9" + VECTOR[141:], "crc"),  # any changed digit
    (with_crc(VECTOR[:52] + "1" + VECTOR[53:]), "amount_mismatch"),  # MPN amount 12301
    (with_crc(VECTOR[:42] + "0" * 11 + VECTOR[53:116] + "0" * 11 + VECTOR[127:]),
     "amount_zero"),
    (with_crc(VECTOR[:141] + "20260230" + VECTOR[149:]), "date_invalid"),  # 30 February
    (with_crc(VECTOR[:149] + "20261399" + VECTOR[157:]), "date_invalid"),
    (with_crc(VECTOR[:149] + "20260629" + VECTOR[157:]), "deadline_before_due_date"),
])
def test_every_rule_has_a_failing_example(payload, rule):
    with pytest.raises(elqr.ElqrError) as caught:
        elqr.parse(payload)
    assert caught.value.rule == rule
    line = caught.value.one_line()
    assert "\n" not in line and f"rule {rule}" in line and elqr.RULES[rule] in line


def test_build_rejects_a_malformed_field_by_name():
    fields = dataclasses.replace(elqr.parse(VECTOR), confirmation_number="12345")
    with pytest.raises(elqr.ElqrError, match="confirmation_number") as caught:
        elqr.build(fields)
    assert caught.value.rule == "field_format"


def test_glog0_regression_version_6_m_encodes_the_all_zero_object_80():
    """qrcode 8.2 raises ValueError('glog(0)') on eL-QR data when a Reed-Solomon block is all
    zeros (level Q). The slip encoder is pinned to 6-M, where that cannot happen."""
    matrix = qr_matrix(VECTOR)
    assert len(matrix) == 41  # version 6
    zero_heavy = elqr.build(dataclasses.replace(
        elqr.parse(VECTOR), case_key="0" * 20, item_code="000", tax_office="000"))
    assert len(qr_matrix(zero_heavy)) == 41
