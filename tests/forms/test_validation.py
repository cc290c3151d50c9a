import datetime as dt

import pytest

from forms.model import FieldType
from forms.session import card_from_json, collect_answers
from forms.validation import Invalid, check_value
from tests.support.forms import CATALOGUE, TODAY, card, examples


@pytest.mark.parametrize("kind,value,expected", [
    (FieldType.KANA, "ヤマダ　タロウ", "ヤマダ　タロウ"),
    (FieldType.POSTAL_CODE, "1900012", "190-0012"),
    (FieldType.PHONE, "0312345678", "0312345678"),
    (FieldType.DATE, "2024-02-29", dt.date(2024, 2, 29)),
    (FieldType.MY_NUMBER, "123456789018", "123456789018"),
])
def test_valid_values(kind, value, expected):
    assert check_value(kind, value) == expected


@pytest.mark.parametrize("kind,value,english", [
    (FieldType.KANA, "やまだ", "katakana"),
    (FieldType.KANA, "ﾔﾏﾀﾞ", "katakana"),
    (FieldType.POSTAL_CODE, "19-0012", "postal code"),
    (FieldType.PHONE, "12-34", "phone"),
    (FieldType.DATE, "2025-02-29", "date"),
    (FieldType.DATE, "令和7年1月1日", "date"),
    (FieldType.MY_NUMBER, "123456789019", "check digit"),
    (FieldType.TEXT, "", "required"),
    (FieldType.INTEGER, -1, "whole number"),
])
def test_invalid_values_explain_in_both_languages(kind, value, english):
    with pytest.raises(Invalid) as info:
        check_value(kind, value)
    assert english in info.value.message_en
    assert info.value.message_ja


def test_problems_name_the_field_including_members():
    answers = examples("moving_in", furigana="やまだ", new_postal_code="abc")
    answers["household_members"][1]["kana"] = "いちろう"
    del answers["phone"]
    answers["colour"] = "red"
    _, problems = collect_answers(CATALOGUE, "moving_in", card_from_json(card()), answers, TODAY)
    lines = [p.one_line() for p in problems]
    assert any(line.startswith("colour") for line in lines)
    assert any(line.startswith("furigana") and "katakana" in line for line in lines)
    assert any(line.startswith("phone") and "required" in line for line in lines)
    assert any(line.startswith("new_postal_code") for line in lines)
    assert any(line.startswith("household_members[1].kana") for line in lines)


@pytest.mark.parametrize("raw,named", [
    ({"name": "x", "address": "y", "birth_date": "1985/04/01", "sex": "male"}, "birth_date"),
    ({"name": "x", "address": "y", "birth_date": "1985-04-01", "sex": "m"}, "sex"),
    ({"address": "y", "birth_date": "1985-04-01", "sex": "male"}, "name"),
    ({**card(), "my_number": "123456789019"}, "my_number"),
])
def test_card_json_errors_name_the_key(raw, named):
    with pytest.raises(ValueError) as info:
        card_from_json(raw)
    assert named in str(info.value) and "123456789019" not in str(info.value)
