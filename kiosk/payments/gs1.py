"""The 44-digit GS1-128 convenience-store code (コンビニ収納用バーコード, AI 91).

Layout (docs/reference/el-qr.md §7): AI "91", biller code (6), free field (21), reissue count (1),
支払期限日 YYMMDD (6), stamp flag (1), amount (6), check digit (1, modulus 10, weights 3-1).
Stores refuse slips above ¥300,000, so the slip leaves the barcode off above that amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

LENGTH = 44
AI = "91"
MAX_STORE_AMOUNT = 300_000

RULES = {
    "length": "44桁",
    "digits": "数字のみ",
    "application_identifier": "AI 91",
    "check_digit": "チェックディジット",
    "date_invalid": "支払期限日",
    "field_format": "項目の形式",
}


class Gs1Error(ValueError):
    def __init__(self, rule: str, detail: str) -> None:
        super().__init__(f"{rule}: {detail}")
        self.rule = rule
        self.detail = detail

    def one_line(self) -> str:
        return (f"コンビニ収納用バーコードが不正です({RULES[self.rule]}) / invalid GS1-128 "
                f"convenience-store code (rule {self.rule}): {self.detail}")


@dataclass(frozen=True)
class Gs1Code:
    biller_code: str  # 請求書発行企業コード (6)
    free_field: str  # 自由使用欄 (21), issuer-defined
    reissue: str  # 再発行区分 (1)
    deadline: dt.date  # 支払期限日 (last day the store may accept it)
    stamp_flag: str  # 印紙フラグ (1)
    amount: int  # yen, at most 999,999

    @property
    def digits(self) -> str:
        return build(self)

    def human_readable(self) -> tuple[str, str]:
        """The two lines printed under the bars."""
        text = self.digits
        return f"({text[:2]}) {text[2:8]}-{text[8:29]}", \
            f"{text[29]}-{text[30:36]}-{text[36]}-{text[37:43]}-{text[43]}"


def check_digit(first_43: str) -> int:
    """Modulus 10, weights 3-1 from the rightmost digit (the JAN/EAN rule)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(first_43)))
    return (10 - total % 10) % 10


def parse(text: str) -> Gs1Code:
    if len(text) != LENGTH:
        raise Gs1Error("length", f"{len(text)} digits, expected {LENGTH}")
    if not (text.isascii() and text.isdigit()):
        raise Gs1Error("digits", "only ASCII digits 0-9 are allowed")
    if text[:2] != AI:
        raise Gs1Error("application_identifier", f"starts with {text[:2]}, expected {AI}")
    expected = check_digit(text[:43])
    if int(text[43]) != expected:
        raise Gs1Error("check_digit", f"check digit is {text[43]}, computed {expected}")
    try:
        deadline = dt.date(2000 + int(text[30:32]), int(text[32:34]), int(text[34:36]))
    except ValueError:
        raise Gs1Error("date_invalid", f"支払期限日 {text[30:36]} is not a date") from None
    return Gs1Code(biller_code=text[2:8], free_field=text[8:29], reissue=text[29],
                   deadline=deadline, stamp_flag=text[36], amount=int(text[37:43]))


def build(code: Gs1Code) -> str:
    for name, width in (("biller_code", 6), ("free_field", 21), ("reissue", 1),
                        ("stamp_flag", 1)):
        value = getattr(code, name)
        if len(value) != width or not (value.isascii() and value.isdigit()):
            raise Gs1Error("field_format", f"{name} must be {width} digits, got {value!r}")
    if not 0 < code.amount <= 999_999:
        raise Gs1Error("field_format", f"amount {code.amount} does not fit 6 digits")
    if not 2000 <= code.deadline.year <= 2099:
        raise Gs1Error("date_invalid", f"支払期限日 {code.deadline} is outside 2000-2099")
    body = (AI + code.biller_code + code.free_field + code.reissue
            + f"{code.deadline:%y%m%d}" + code.stamp_flag + f"{code.amount:06d}")
    return body + str(check_digit(body))
