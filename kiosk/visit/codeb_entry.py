"""The three items printed on the card, as a resident or a clerk types them, into 照合番号B.

The birth date is printed in 和暦 (「昭和55年 2月17日生」): the era is chosen and the year,
month and day typed as on the card. The card's expiry year is printed in the Western calendar
(「2035年 2月17日まで有効」) and the security code is 4 digits. Every problem is one bilingual
line that never repeats what was typed; nothing here touches a device.
"""

from __future__ import annotations

import datetime as dt
import re

from devices.card.codeb import CodeB, code_b_from_parts
from devices.card.wareki import ERAS, Era

# The eras a living card holder can be born in, newest first (as the buttons show them).
BIRTH_ERAS = tuple(era for era in ERAS if era.name in ("令和", "平成", "昭和", "大正"))
_DIGITS = re.compile(r"[0-9]+")


class PrintedItemError(ValueError):
    """One of the three items is not right; ``item`` says which (birth, expiry, security)."""

    def __init__(self, item: str, message: str) -> None:
        super().__init__(message)
        self.item = item


def birth_date_from_wareki(era_name: str, year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of 「<era><year>年<month>月<day>日」, checked against the era's span."""
    era = _era(era_name)
    try:
        date = dt.date(era.start.year + year - 1, month, day)
    except ValueError:
        raise PrintedItemError("birth", "生年月日が日付ではありません / the birth date is not "
                               "a date") from None
    if year < 1 or date < era.start or date >= _era_end(era):
        raise PrintedItemError("birth", "その元号にない生年月日です / the birth date is not "
                               "within that era")
    return date


def code_b_from_printed(era_name: str, birth_digits: str, expiry_year: str,
                        security_code: str) -> CodeB:
    """照合番号B from the items as typed: ``birth_digits`` is 年月日 two digits each as printed
    (昭和55年2月17日 → ``550217``), ``expiry_year`` four digits, ``security_code`` four."""
    if len(birth_digits) != 6 or not _DIGITS.fullmatch(birth_digits):
        raise PrintedItemError("birth", "生年月日は年・月・日を2けたずつ入力してください / "
                               "type the birth date as year, month, day, two digits each")
    birth = birth_date_from_wareki(era_name, int(birth_digits[:2]), int(birth_digits[2:4]),
                                   int(birth_digits[4:]))
    if len(expiry_year) != 4 or not _DIGITS.fullmatch(expiry_year):
        raise PrintedItemError("expiry", "有効期限の年は西暦4けたです / the expiry year is "
                               "4 digits")
    if len(security_code) != 4 or not _DIGITS.fullmatch(security_code):
        raise PrintedItemError("security", "セキュリティコードは数字4けたです / the security "
                               "code is 4 digits")
    try:
        return code_b_from_parts(birth, int(expiry_year), security_code)
    except ValueError as error:  # the expiry year out of range (the message names no digit)
        raise PrintedItemError("expiry", str(error)) from None


def _era(name: str) -> Era:
    for era in BIRTH_ERAS:
        if era.name == name:
            return era
    raise PrintedItemError("birth", "元号を選んでください / choose the era")


def _era_end(era: Era) -> dt.date:
    later = [other.start for other in ERAS if other.start > era.start]
    return min(later) if later else dt.date.max
