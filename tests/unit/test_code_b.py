"""照合番号B is built from the three printed items exactly as the shelf's example says."""

import datetime as dt

import pytest

from devices.card.codeb import CodeB, code_b_from_parts, parse_code_b_line


def test_the_shelf_example_builds_the_documented_digits():
    code = code_b_from_parts(dt.date(1980, 2, 17), 2035, "2285")
    assert code.reveal() == "55021720352285"


def test_a_reiwa_birth_uses_the_reiwa_year():
    assert code_b_from_parts(dt.date(2020, 1, 5), 2030, "0001").reveal() == "02010520300001"


def test_both_line_forms_give_the_same_code():
    assert parse_code_b_line("1980-02-17 2035 2285") == parse_code_b_line("55021720352285")


def test_the_code_never_shows_in_repr_or_str():
    code = CodeB("55021720352285")
    assert "5502" not in repr(code) and "5502" not in str(code) and "5502" not in f"{code}"


@pytest.mark.parametrize("line", ["", "5502172035228", "550217203522855", "5502172035228x",
                                  "1980-02-30 2035 2285", "1980-02-17 35 2285",
                                  "1980-02-17 2035 228", "1980-02-17 1999 2285",
                                  "1980-02-17 2035", "a b c d"])
def test_bad_lines_are_one_bilingual_line_without_the_input(line):
    with pytest.raises(ValueError) as caught:
        parse_code_b_line(line)
    message = str(caught.value)
    assert " / " in message and "\n" not in message
    assert all(part not in message for part in line.split() if len(part) > 3)
