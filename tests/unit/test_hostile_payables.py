"""Payables with absurd 年度 or overlong texts: refused by the kiosk and by the back office.

The back office checks every payable with ``payable_from_json`` (kiosk.backoffice.payables),
so one rule covers ``kiosk slip render``, ``kiosk backoffice payables load`` and the API.
"""

import datetime as dt

import pytest

from kiosk.backoffice.payables import InvalidPayablesError
from kiosk.backoffice.store import BackofficeStore
from kiosk.payments.example import example_payable
from kiosk.payments.payable import (
    FIRST_FISCAL_YEAR,
    TEXT_LIMITS,
    PayableError,
    payable_from_json,
)
from kiosk.store.crypto import KeyRing

TODAY = dt.date(2026, 11, 23)


def with_change(path: str, value):
    data = example_payable(TODAY)
    target = data["payer"] if path.startswith("payer.") else data
    target[path.removeprefix("payer.")] = value
    return data


@pytest.mark.parametrize("year", [-5, 0, 10**30, FIRST_FISCAL_YEAR - 1, TODAY.year + 2])
def test_fiscal_year_out_of_range_is_refused(year):
    with pytest.raises(PayableError) as info:
        payable_from_json(with_change("fiscal_year", year), TODAY)
    assert info.value.rule == "fiscal_year"
    assert "\n" not in info.value.one_line() and "年度" in info.value.one_line()


@pytest.mark.parametrize("year", [FIRST_FISCAL_YEAR, TODAY.year, TODAY.year + 1])
def test_fiscal_years_in_range_pass(year):
    assert payable_from_json(with_change("fiscal_year", year), TODAY).fiscal_year == year


@pytest.mark.parametrize("path", sorted(TEXT_LIMITS))
def test_texts_longer_than_their_cap_are_refused(path):
    limit = TEXT_LIMITS[path]
    assert payable_from_json(with_change(path, "あ" * limit), TODAY)  # at the cap: fine
    with pytest.raises(PayableError) as info:
        payable_from_json(with_change(path, "あ" * (limit + 1)), TODAY)
    assert info.value.rule == "text" and path in info.value.one_line()
    assert "あ" not in info.value.one_line()  # the value itself is never echoed


@pytest.mark.parametrize("text", ["山田\n太郎", "山田\x00", "山田\x85", "山田\u202e太郎",
                                  "山田\ud800"])
def test_control_characters_and_surrogates_in_texts_are_refused(text):
    with pytest.raises(PayableError, match="control character"):
        payable_from_json(with_change("payer.name", text), TODAY)


def test_the_back_office_refuses_them_too_and_stores_nothing(tmp_path):
    store = BackofficeStore(f"sqlite:///{tmp_path / 'bo.sqlite3'}",
                            KeyRing.load_or_create(tmp_path / "data.key"))
    try:
        for bad in (with_change("fiscal_year", -5), with_change("fiscal_year", 10**30),
                    with_change("payer.address", "x" * 10_000)):
            with pytest.raises(InvalidPayablesError, match="payable 1: "):
                store.put_payables([example_payable(TODAY, serial=2), bad], "test", TODAY)
        assert store.payables_for(example_payable(TODAY, serial=2)["notice_number"], TODAY) == []
    finally:
        store.close()


@pytest.mark.parametrize("char", ["\u200b", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"])
@pytest.mark.parametrize("path", ["notice_number", "subject", "payer.name"])
def test_invisible_format_characters_are_refused_as_the_back_office_refuses_them(char, path):
    data = example_payable(TODAY)
    target = data["payer"] if path.startswith("payer.") else data
    key = path.removeprefix("payer.")
    target[key] = target[key][:2] + char + target[key][2:]
    with pytest.raises(PayableError) as info:
        payable_from_json(data, TODAY)
    assert info.value.rule == "text" and key in info.value.one_line()


def test_an_ivs_selector_in_a_payer_name_is_still_a_name():
    data = with_change("payer.name", "葛\U000e0100飾　花子")
    assert payable_from_json(data, TODAY).payer_name == "葛\U000e0100飾　花子"
