"""Payables: what one slip asks the resident to pay, with the codes the issuer registered.

In production the back office supplies payables whose eL-QR it registered with eLTAX; the
kiosk only checks them and prints them. The demo source reads local JSON files. The only
payload the kiosk builds itself is the synthetic example, for the fictitious municipality
99999 (there is no prefecture 99), marked ``"synthetic": true`` and printed as 見本.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from devices.card.basic4 import FORBIDDEN_CHARS
from devices.jsonfile import JsonFileError, read_json_file
from kiosk.payments.elqr import ElqrError, ElqrFields
from kiosk.payments.elqr import parse as parse_elqr
from kiosk.payments.gs1 import Gs1Code, Gs1Error
from kiosk.payments.gs1 import parse as parse_gs1

RULES = {
    "json": "JSON",
    "missing_key": "必須項目",
    "field_type": "項目の型",
    "elqr": "eL-QR",
    "gs1": "バーコード",
    "municipality_code": "地方公共団体コード",
    "amounts_total": "金額の合計",
    "gs1_amount": "バーコードの金額",
    "gs1_deadline": "バーコードの支払期限日",
    "past_deadline": "支払期限切れ",
    "fiscal_year": "年度",
    "text": "文字列",
}

# 年度: no payable predates 2000 (the oldest arrears a municipality still collects are far
# younger), and the next 年度's notices go out in March at the earliest, so one year ahead.
FIRST_FISCAL_YEAR = 2000
# Printed texts, in characters: the slip's boxes hold far less, so a longer value is a
# broken export, not a real payable. Names and addresses as on a 住民票, with room to spare;
# the notice number as the back office caps it (kiosk.backoffice.payable_schema.MAX_NOTICE).
TEXT_LIMITS = {"subject": 40, "instalment": 16, "notice_number": 64,
               "payer.name": 100, "payer.address": 200}


class PayableError(ValueError):
    def __init__(self, rule: str, detail: str) -> None:
        super().__init__(f"{rule}: {detail}")
        self.rule = rule
        self.detail = detail

    def one_line(self) -> str:
        return (f"納付書データが不正です({RULES[self.rule]}) / invalid payable "
                f"(rule {self.rule}): {self.detail}")


@dataclass(frozen=True)
class Amounts:
    principal: int  # 本税 / 本料
    late_fee: int  # 延滞金
    dunning_fee: int  # 督促手数料

    @property
    def total(self) -> int:
        return self.principal + self.late_fee + self.dunning_fee


@dataclass(frozen=True)
class Payable:
    municipality_code: str  # 6-digit 地方公共団体コード
    subject: str  # 科目, e.g. 国民健康保険料
    fiscal_year: int  # 年度
    instalment: str  # 期別 as printed, e.g. 第1期 / 全期
    notice_number: str  # 通知書番号
    payer_name: str
    payer_address: str
    elqr: str
    elqr_fields: ElqrFields
    gs1: str | None
    gs1_code: Gs1Code | None
    amounts: Amounts
    synthetic: bool
    # Not part of the payable's JSON: how the list that found it refers to it (the back office's
    # reference, for the one lookup that releases the full payer), and whether the payer is
    # masked (kiosk/payments/masking.py): a masked payable is never printed.
    ref: str = ""
    masked: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "synthetic": self.synthetic,
            "municipality_code": self.municipality_code,
            "subject": self.subject,
            "fiscal_year": self.fiscal_year,
            "instalment": self.instalment,
            "notice_number": self.notice_number,
            "payer": {"name": self.payer_name, "address": self.payer_address},
            "elqr": self.elqr,
            "amounts": {"principal": self.amounts.principal, "late_fee": self.amounts.late_fee,
                        "dunning_fee": self.amounts.dunning_fee},
        }
        if self.gs1 is not None:
            data["gs1"] = self.gs1
        return data


def municipality_check_digit(first_five: str) -> int:
    """検査数字 of a 地方公共団体コード (docs/reference/el-qr.md §3)."""
    weights = (6, 5, 4, 3, 2)
    remainder = sum(w * int(d) for w, d in zip(weights, first_five, strict=True)) % 11
    return (11 - remainder) % 10


def payable_from_json(data: Any, today: dt.date) -> Payable:
    """Check a payable (as parsed JSON) and return it; :class:`PayableError` names the rule."""
    if not isinstance(data, dict):
        raise PayableError("field_type", "the payable must be a JSON object")
    amounts = _amounts(_get(data, "amounts", dict))
    payer = _get(data, "payer", dict)
    payable = Payable(
        municipality_code=_municipality_code(_get(data, "municipality_code", str)),
        subject=_text(data, "subject"),
        fiscal_year=_fiscal_year(_get(data, "fiscal_year", int), today),
        instalment=_text(data, "instalment"),
        notice_number=_text(data, "notice_number"),
        payer_name=_text(payer, "name", "payer."),
        payer_address=_text(payer, "address", "payer."),
        elqr=_get(data, "elqr", str),
        elqr_fields=_parse_elqr(_get(data, "elqr", str)),
        gs1=data.get("gs1"),
        gs1_code=_parse_gs1(data.get("gs1")),
        amounts=amounts,
        synthetic=_get(data, "synthetic", bool) if "synthetic" in data else False,
    )
    check_consistency(payable, today)
    return payable


def check_consistency(payable: Payable, today: dt.date) -> None:
    fields = payable.elqr_fields
    if fields.institution_code != payable.municipality_code[:5]:
        raise PayableError("municipality_code",
                           f"eL-QR 共通納税機関コード {fields.institution_code} does not belong "
                           f"to municipality {payable.municipality_code}")
    if payable.amounts.total != fields.amount:
        raise PayableError("amounts_total",
                           f"本税+延滞金+督促手数料 = {payable.amounts.total} yen, "
                           f"the eL-QR amount is {fields.amount} yen")
    code = payable.gs1_code
    if code is not None and code.amount != fields.amount:
        raise PayableError("gs1_amount", f"barcode amount {code.amount} yen, "
                                         f"eL-QR amount {fields.amount} yen")
    if code is not None and code.deadline != fields.payment_deadline:
        raise PayableError("gs1_deadline", f"barcode 支払期限日 {code.deadline}, "
                                           f"eL-QR 支払期限 {fields.payment_deadline}")
    if fields.is_past_deadline(today):
        raise PayableError("past_deadline", f"支払期限 {fields.payment_deadline} has passed; "
                                            "the back office must issue a new slip")


def _get(data: dict[str, Any], key: str, kind: type, prefix: str = "") -> Any:
    if key not in data:
        raise PayableError("missing_key", f"{prefix}{key} is missing")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise PayableError("field_type", f"{prefix}{key} must be {kind.__name__}")
    if isinstance(value, str) and not value.strip():
        raise PayableError("field_type", f"{prefix}{key} is empty")
    return value


def _not_printable(char: str) -> bool:
    # A lone surrogate, or a format character (Cf: zero-width space, LRM/RLM, ALM, BOM, soft
    # hyphen): invisible on the slip, they would make two notices that read alike differ.
    # The back office's label rule (kiosk/backoffice/schemas.py) refuses the same set.
    return 0xD800 <= ord(char) < 0xE000 or unicodedata.category(char) == "Cf"


def _text(data: dict[str, Any], key: str, prefix: str = "") -> str:
    value: str = _get(data, key, str, prefix)
    limit = TEXT_LIMITS[prefix + key]
    if len(value) > limit:
        raise PayableError("text", f"{prefix}{key} is longer than {limit} characters")
    if not FORBIDDEN_CHARS.isdisjoint(value) or any(_not_printable(c) for c in value):
        raise PayableError("text", f"{prefix}{key} contains a control character")
    return value


def _fiscal_year(year: int, today: dt.date) -> int:
    last = today.year + 1
    if not FIRST_FISCAL_YEAR <= year <= last:
        raise PayableError("fiscal_year", f"fiscal_year must be {FIRST_FISCAL_YEAR}..{last}")
    return year


def _amounts(raw: dict[str, Any]) -> Amounts:
    values = {key: _get(raw, key, int, "amounts.")
              for key in ("principal", "late_fee", "dunning_fee")}
    if any(v < 0 for v in values.values()):
        raise PayableError("field_type", "amounts must not be negative")
    return Amounts(**values)


def _municipality_code(code: str) -> str:
    if len(code) != 6 or not (code.isascii() and code.isdigit()) \
            or municipality_check_digit(code[:5]) != int(code[5]):
        raise PayableError("municipality_code", f"{code!r} is not a 6-digit code with a valid "
                                                "check digit")
    return code


def _parse_elqr(text: str) -> ElqrFields:
    try:
        return parse_elqr(text)
    except ElqrError as error:
        raise PayableError("elqr", error.one_line()) from None


def _parse_gs1(text: Any) -> Gs1Code | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise PayableError("field_type", "gs1 must be a string of 44 digits")
    try:
        return parse_gs1(text)
    except Gs1Error as error:
        raise PayableError("gs1", error.one_line()) from None


class PayableSource(Protocol):
    """Where payables come from: the back office in production, local files in demo."""

    def payables(self, notice_number: str) -> list[Payable]:
        """The printable payables for a notice number (empty when there are none), as a list
        shows them: a source that masks the payer marks them ``masked``."""
        ...

    def printable(self, payable: Payable) -> Payable:
        """The payable of a list, ready to print (its payer in full)."""
        ...


class LocalFilePayableSource:
    """Demo source: every ``*.json`` payable in one directory. Invalid files are skipped,
    because a demo counter must not stop on one bad file; ``load_payable_file`` reports them."""

    def __init__(self, directory: Path, today: dt.date | None = None) -> None:
        self.directory = directory
        self.today = today

    def payables(self, notice_number: str) -> list[Payable]:
        found = []
        for path in sorted(self.directory.glob("*.json")):
            try:
                payable = load_payable_file(path, self.today or dt.date.today())
            except PayableError:
                continue
            if payable.notice_number == notice_number:
                found.append(payable)
        return found

    def printable(self, payable: Payable) -> Payable:
        """The demo folder holds the payer in full already (the panel masks its list)."""
        return payable


def load_payable_file(path: Path, today: dt.date) -> Payable:
    try:
        data = read_json_file(path)
    except JsonFileError as error:
        raise PayableError("json", error.one_line()) from None
    return payable_from_json(data, today)
