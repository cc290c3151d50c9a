import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.card.sensitive import MyNumber, Pin, is_valid_my_number, my_number_check_digit


def test_worked_example_from_the_ordinance():
    assert my_number_check_digit("12345678901") == 8
    assert is_valid_my_number("123456789018")
    assert is_valid_my_number("537686677188")  # a synthetic test-card number from the shelf


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_exactly_one_check_digit_is_valid(base):
    valid = [d for d in "0123456789" if is_valid_my_number(base + d)]
    assert valid == [str(my_number_check_digit(base))]


@pytest.mark.parametrize(
    "bad", ["12345678901", "1234567890189", "12345678901X", "１２３４５６７８９０１８"]
)
def test_malformed_numbers_are_invalid(bad):
    assert not is_valid_my_number(bad)


def test_secrets_never_show_in_repr_str_format_or_errors():
    number, pin = MyNumber("123456789018"), Pin("1234")
    for text in (repr(number), str(number), f"{number}", f"{number!r}", repr([number, pin])):
        assert "123456789018" not in text and "1234" not in text
    assert number.reveal() == "123456789018" and pin.reveal() == "1234"
    with pytest.raises(ValueError) as info:
        MyNumber("123456789019")
    assert "123456789019" not in str(info.value)
    with pytest.raises(TypeError):
        pickle.dumps(number)


@pytest.mark.parametrize("bad", ["123", "12345", "12a4", "", "１２３４"])
def test_pin_must_be_four_ascii_digits(bad):
    with pytest.raises(ValueError):
        Pin(bad)
