"""照合番号B: the card-face credential that opens the 基本4情報 and the card-face AP, no PIN.

It is 14 ASCII digits made of what is printed on the card (card-face-and-gaiji.md §2): the
birth date as ``YYMMDD`` with YY = the 和暦 year (昭和55 → ``55``), the card's expiry year
``YYYY`` (Gregorian, as printed) and the 4-digit security code. Staff or the guided resident
type the three parts; the kiosk builds the code. Like the PIN it travels in a masked type, so
no log line, exception or crash dump can show it.
"""

from __future__ import annotations

import datetime as dt
import re

from devices.card.sensitive import _Masked
from devices.card.wareki import to_wareki

# A card is valid for about ten years; an expiry year far outside that is a typing mistake.
EXPIRY_YEARS = range(2015, 2100)
_DIGITS = re.compile(r"[0-9]+")


class CodeB(_Masked):
    """The 14-digit 照合番号B."""

    __slots__ = ()
    _label = "CodeB"

    def __init__(self, value: str) -> None:
        if len(value) != 14 or not _DIGITS.fullmatch(value):
            raise ValueError(
                "照合番号Bは数字14桁です / the card-face code (照合番号B) must be 14 digits"
            )
        super().__init__(value)


def code_b_from_parts(birth_date: dt.date, expiry_year: int, security_code: str) -> CodeB:
    """Build 照合番号B from the birth date, the card's expiry year and the security code."""
    if expiry_year not in EXPIRY_YEARS:
        raise ValueError(
            "有効期限の年が正しくありません / the card's expiry year is out of range"
        )
    if len(security_code) != 4 or not _DIGITS.fullmatch(security_code):
        raise ValueError(
            "セキュリティコードは数字4桁です / the security code must be 4 digits"
        )
    wareki = to_wareki(birth_date)
    yymmdd = f"{wareki.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}"
    return CodeB(f"{yymmdd}{expiry_year:04d}{security_code}")


def parse_code_b_line(line: str) -> CodeB:
    """One stdin line: the 14 digits, or ``BIRTH_DATE EXPIRY_YEAR SECURITY_CODE``
    (ISO date, 4 digits, 4 digits). Raises ValueError with a bilingual message that never
    repeats what was typed."""
    parts = line.split()
    if len(parts) == 1:
        return CodeB(parts[0])
    if len(parts) != 3:
        raise ValueError(
            "照合番号Bは14桁、または「生年月日 有効期限の年 セキュリティコード」で入力してください"
            " / give the 14 digits or BIRTH_DATE EXPIRY_YEAR SECURITY_CODE"
        )
    birth_text, year_text, security_code = parts
    try:
        birth_date = dt.date.fromisoformat(birth_text)
    except ValueError:
        raise ValueError(
            "生年月日が日付ではありません / the birth date is not a date (YYYY-MM-DD)"
        ) from None
    if len(year_text) != 4 or not _DIGITS.fullmatch(year_text):
        raise ValueError("有効期限の年は数字4桁です / the expiry year must be 4 digits")
    return code_b_from_parts(birth_date, int(year_text), security_code)
