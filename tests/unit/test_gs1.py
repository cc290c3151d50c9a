"""The 44-digit GS1-128 convenience-store code."""

import datetime as dt

import pytest

from kiosk.payments import gs1

# docs/reference/el-qr.md §9.4 (fictitious biller)
VECTOR = "91912345000000000000000000001026073100123002"


def test_check_digit_of_known_codes():
    assert gs1.check_digit(VECTOR[:43]) == 2
    # a real-format code: 91 959919 833262024010101043480 0 240710 0 039500 3
    assert gs1.check_digit("9195991983326202401010104348002407100039500") == 3
    assert gs1.check_digit("0" * 43) == 0


def test_check_digit_weights_are_3_1_from_the_right():
    assert gs1.check_digit("0" * 42 + "1") == 7  # rightmost weight 3 -> 10 - 3
    assert gs1.check_digit("0" * 41 + "10") == 9  # next weight 1 -> 10 - 1


def test_parse_and_build_round_trip():
    code = gs1.parse(VECTOR)
    assert code.biller_code == "912345" and code.amount == 12300
    assert code.deadline == dt.date(2026, 7, 31) and code.reissue == "0"
    assert gs1.build(code) == VECTOR == code.digits
    assert code.human_readable() == ("(91) 912345-000000000000000000001", "0-260731-0-012300-2")


@pytest.mark.parametrize(("text", "rule"), [
    (VECTOR[:-1], "length"),
    (VECTOR[:10] + "x" + VECTOR[11:], "digits"),
    ("92" + VECTOR[2:43] + str(gs1.check_digit("92" + VECTOR[2:43])), "application_identifier"),
    (VECTOR[:-1] + "3", "check_digit"),
    (VECTOR[:30] + "261331" + VECTOR[36:43] + str(gs1.check_digit(VECTOR[:30] + "261331"
                                                                   + VECTOR[36:43])),
     "date_invalid"),
])
def test_every_rule_has_a_failing_example(text, rule):
    with pytest.raises(gs1.Gs1Error) as caught:
        gs1.parse(text)
    assert caught.value.rule == rule
    assert f"rule {rule}" in caught.value.one_line()


def test_build_rejects_an_amount_over_six_digits():
    code = gs1.parse(VECTOR)
    with pytest.raises(gs1.Gs1Error, match="amount"):
        gs1.build(gs1.Gs1Code(code.biller_code, code.free_field, code.reissue, code.deadline,
                              code.stamp_flag, 1_000_000))
