"""Masking the payer for the counter's list (kiosk/payments/masking.py): the family name and
the 都道府県 + 市区町村 stay, the rest is a fixed mask; masking twice changes nothing; a masked
payable is never printed."""

import datetime as dt

import pytest

from kiosk.payments.example import example_payable
from kiosk.payments.issue import render_checked_slip
from kiosk.payments.masking import mask_address, mask_name, masked
from kiosk.payments.payable import payable_from_json

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("name", "shown"), [
    ("山田　太郎", "山田 ＊＊"),          # a full-width space, as on a 住民票
    ("山田 太郎", "山田 ＊＊"),
    ("佐藤 花子 ジョーンズ", "佐藤 ＊＊"),
    ("山田太郎", "山 ＊＊"),              # no space: the first character only
    ("SMITH JOHN", "SMITH ＊＊"),
    ("  鈴木　一郎  ", "鈴木 ＊＊"),
])
def test_a_name_keeps_the_family_name_only(name, shown):
    assert mask_name(name) == shown


@pytest.mark.parametrize(("address", "shown"), [
    ("東京都千代田区千代田１－１", "東京都千代田区＊＊＊"),
    ("デモ県デモ市霞が関１－２－３", "デモ県デモ市＊＊＊"),
    ("北海道札幌市中央区北1条西2丁目", "北海道札幌市＊＊＊"),
    ("京都府京都市上京区下立売通", "京都府京都市＊＊＊"),
    ("神奈川県横浜市中区日本大通1", "神奈川県横浜市＊＊＊"),
    ("東京都西多摩郡瑞穂町大字箱根ケ崎2335", "東京都西多摩郡瑞穂町＊＊＊"),
    ("千代田区霞が関1-2-3", "千代田区＊＊＊"),
    ("1-2-3 Kasumigaseki", "＊＊＊"),    # nothing recognisable: all mask
    ("", "＊＊＊"),
])
def test_an_address_keeps_the_prefecture_and_municipality_only(address, shown):
    assert mask_address(address) == shown


def test_the_masks_do_not_tell_the_length():
    assert mask_name("山田 太") == mask_name("山田 太郎左衛門")
    assert mask_address("東京都千代田区1") == mask_address("東京都千代田区千代田一丁目1番1号")


@pytest.mark.parametrize("value", ["山田　太郎", "山田太郎", "SMITH JOHN", "x"])
def test_masking_twice_changes_nothing(value):
    assert mask_name(mask_name(value)) == mask_name(value)
    assert mask_address(mask_address(value)) == mask_address(value)
    address = "東京都西多摩郡瑞穂町大字箱根ケ崎2335"
    assert mask_address(mask_address(address)) == mask_address(address)


def test_a_masked_payable_is_marked_checked_and_never_printed(tmp_path):
    payable = payable_from_json(example_payable(TODAY), TODAY)
    listed = masked(payable)
    assert listed.masked and not payable.masked
    assert (listed.payer_name, listed.payer_address) == ("山田 ＊＊", "デモ県デモ市＊＊＊")
    assert masked(listed) is listed
    assert payable_from_json(listed.to_json(), TODAY).payer_name == "山田 ＊＊"  # still valid
    out = tmp_path / "slip.pdf"
    with pytest.raises(ValueError, match="masked payer"):
        render_checked_slip(listed, out, home=tmp_path, dpi=300)
    assert list(tmp_path.iterdir()) == []
