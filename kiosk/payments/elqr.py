"""The eL-QR (地方税統一QRコード) payload: parse, validate, derive the eL番号, build.

The layout is the one documented in docs/reference/el-qr.md §1: 255 ASCII digits in seven fixed
EMVCo-style objects, a CRC-16/CCITT-FALSE written as five decimal digits. The two MPN check
digits and the 確認番号 are computed by the issuing system with algorithms that are not public,
so they are inputs to :func:`build` and are never verified here.
"""

from __future__ import annotations

import binascii
import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

LENGTH = 255
LTA_ID = "13800"  # 地方税共同機構識別コード, also the MPN 機関ID
# (object id, value length) in the only order an eL-QR has.
OBJECTS = (("00", 2), ("01", 2), ("27", 96), ("54", 11), ("62", 26), ("80", 85), ("63", 5))
CRC_INPUT_LENGTH = 250  # everything up to and including the literal "6305"

# Rule ids (stable, used in CLI JSON and tests) with their Japanese names.
RULES = {
    "length": "255桁",
    "digits": "数字のみ",
    "object_walk": "オブジェクト構成",
    "fixed_value": "固定値",
    "crc": "CRC",
    "amount_mismatch": "金額の一致",
    "amount_zero": "金額が0円",
    "date_invalid": "日付",
    "deadline_before_due_date": "支払期限≧納期限",
    "field_format": "項目の形式",
}


class ElqrError(ValueError):
    """A payload broke one named rule."""

    def __init__(self, rule: str, detail: str) -> None:
        super().__init__(f"{rule}: {detail}")
        self.rule = rule
        self.detail = detail

    def one_line(self) -> str:
        return (f"eL-QRが不正です({RULES[self.rule]}) / invalid eL-QR "
                f"(rule {self.rule}): {self.detail}")


@dataclass(frozen=True)
class ElqrFields:
    """Every field of the payload. Zero-filled reserved areas are kept so parse→build is exact."""

    amount: int  # 取引金額 = 払込金額, yen
    item_code: str  # 税目・料金番号 (3), also the 納付区分 of the eL番号
    case_key: str  # 案件特定キー = 納付番号 (20)
    confirmation_number: str  # 確認番号 (6), issuer-generated
    institution_code: str  # 共通納税機関コード (5) = 収納機関番号
    tax_office: str  # 税務事務所コード (3)
    levy_year: int  # 賦課年度
    tax_year: int  # 課税年度
    instalment: str  # 期別コード (2), "00" = 全期
    due_date: dt.date  # 納期限
    payment_deadline: dt.date  # 支払期限
    check_digit_1: str  # issuer-generated, algorithm not public
    check_digit_2: str  # issuer-generated, algorithm not public
    fee_bearer: str = "2"  # 手数料負担区分: 2 = 加入者負担
    stamp_flag: str = "0"  # 印紙税要否区分
    lta_account: str = "0" * 11
    extension_1: str = "0" * 5
    extension_2: str = "0" * 7
    additional_data_2: str = "0" * 85  # object 80, purpose not public

    @property
    def el_number(self) -> str:
        """The 34-digit eL番号: 収納機関番号 + 納付番号 + 確認番号 + 納付区分."""
        return self.institution_code + self.case_key + self.confirmation_number + self.item_code

    @property
    def el_number_grouped(self) -> str:
        return "-".join((self.institution_code, self.case_key, self.confirmation_number,
                         self.item_code))

    def is_past_deadline(self, today: dt.date) -> bool:
        return today > self.payment_deadline

    def to_json(self, today: dt.date) -> dict[str, Any]:
        data = asdict(self)
        data["due_date"] = self.due_date.isoformat()
        data["payment_deadline"] = self.payment_deadline.isoformat()
        data["el_number"] = self.el_number
        data["el_number_grouped"] = self.el_number_grouped
        data["past_payment_deadline"] = self.is_past_deadline(today)
        return data


def crc16(text: str) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR)."""
    return binascii.crc_hqx(text.encode("ascii"), 0xFFFF)


def parse(payload: str) -> ElqrFields:
    """Validate every structural rule of docs/reference/el-qr.md §1.7 and return the fields."""
    if len(payload) != LENGTH:
        raise ElqrError("length", f"{len(payload)} characters, expected {LENGTH}")
    if not (payload.isascii() and payload.isdigit()):
        raise ElqrError("digits", "only ASCII digits 0-9 are allowed")
    values = _walk_objects(payload)
    _check_fixed_values(values)
    expected_crc = f"{crc16(payload[:CRC_INPUT_LENGTH]):05d}"
    if values["63"] != expected_crc:
        raise ElqrError("crc", f"CRC is {values['63']}, computed {expected_crc}")
    fields = _fields(values)
    mpn_amount = int(values["27"][13:][13:24])
    if fields.amount != mpn_amount:
        raise ElqrError("amount_mismatch",
                        f"object 54 says {fields.amount} yen, the MPN block {mpn_amount} yen")
    if fields.amount <= 0:
        raise ElqrError("amount_zero", "the amount must be more than 0 yen")
    if fields.payment_deadline < fields.due_date:
        raise ElqrError("deadline_before_due_date",
                        f"支払期限 {fields.payment_deadline} is before 納期限 {fields.due_date}")
    return fields


def _walk_objects(payload: str) -> dict[str, str]:
    values: dict[str, str] = {}
    pos = 0
    for object_id, length in OBJECTS:
        head = payload[pos:pos + 4]
        if head != f"{object_id}{length:02d}":
            raise ElqrError("object_walk",
                            f"at offset {pos} expected object {object_id} length {length:02d},"
                            f" found {head}")
        values[object_id] = payload[pos + 4:pos + 4 + length]
        pos += 4 + length
    return values


def _check_fixed_values(values: dict[str, str]) -> None:
    merchant = values["27"]
    mpn = merchant[13:]
    checks = (
        ("object 00 (payload format)", values["00"], "01"),
        ("object 01 (point of initiation)", values["01"], "12"),
        ("object 27/00 (LTA identifier)", merchant[:9], f"0005{LTA_ID}"),
        ("object 27/01 (MPN header)", merchant[9:13], "0183"),
        ("MPN institution id", mpn[25:30], LTA_ID),
        ("MPN eLTAX area", mpn[67], "0"),
    )
    for name, found, expected in checks:
        if found != expected:
            raise ElqrError("fixed_value", f"{name} is {found!r}, expected {expected!r}")


def _date(text: str, name: str) -> dt.date:
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise ElqrError("date_invalid", f"{name} {text} is not a calendar date") from None


def _fields(values: dict[str, str]) -> ElqrFields:
    mpn = values["27"][13:]
    extra = values["62"]
    return ElqrFields(
        amount=int(values["54"]),
        item_code=mpn[31:34],
        case_key=mpn[41:61],
        confirmation_number=mpn[61:67],
        institution_code=mpn[68:73],
        tax_office=mpn[73:76],
        levy_year=int(extra[0:4]),
        tax_year=int(extra[4:8]),
        instalment=extra[8:10],
        due_date=_date(extra[10:18], "納期限 (due date)"),
        payment_deadline=_date(extra[18:26], "支払期限 (payment deadline)"),
        check_digit_1=mpn[0:2],
        check_digit_2=mpn[39:41],
        fee_bearer=mpn[24],
        stamp_flag=mpn[30],
        lta_account=mpn[2:13],
        extension_1=mpn[34:39],
        extension_2=mpn[76:83],
        additional_data_2=values["80"],
    )


# (attribute, width) of every digit field build() writes, to reject a bad input by name.
_WIDTHS = (
    ("item_code", 3), ("case_key", 20), ("confirmation_number", 6), ("institution_code", 5),
    ("tax_office", 3), ("instalment", 2), ("check_digit_1", 2), ("check_digit_2", 2),
    ("fee_bearer", 1), ("stamp_flag", 1), ("lta_account", 11), ("extension_1", 5),
    ("extension_2", 7), ("additional_data_2", 85),
)


def build(fields: ElqrFields) -> str:
    """The 255-digit payload for ``fields``, CRC included; validated by :func:`parse`.

    Only the issuing system knows the real check digits and 確認番号: a payload built here from
    made-up values is a synthetic test fixture that no bank or app will accept.
    """
    for name, width in _WIDTHS:
        value = getattr(fields, name)
        if len(value) != width or not (value.isascii() and value.isdigit()):
            raise ElqrError("field_format", f"{name} must be {width} digits, got {value!r}")
    if not 0 < fields.amount < 10**11:
        raise ElqrError("amount_zero", f"amount {fields.amount} is out of range")
    amount = f"{fields.amount:011d}"
    mpn = (fields.check_digit_1 + fields.lta_account + amount + fields.fee_bearer + LTA_ID
           + fields.stamp_flag + fields.item_code + fields.extension_1 + fields.check_digit_2
           + fields.case_key + fields.confirmation_number + "0" + fields.institution_code
           + fields.tax_office + fields.extension_2)
    extra = (f"{fields.levy_year:04d}{fields.tax_year:04d}{fields.instalment}"
             f"{fields.due_date:%Y%m%d}{fields.payment_deadline:%Y%m%d}")
    body = ("000201" + "010212" + "2796" + f"0005{LTA_ID}0183" + mpn + "5411" + amount
            + "6226" + extra + "8085" + fields.additional_data_2 + "6305")
    payload = body + f"{crc16(body):05d}"
    parse(payload)  # a builder bug must never reach a printer
    return payload
