"""The synthetic example payable (見本): fictitious municipality, placeholder check digits.

Used by ``kiosk slip example-payable``, the tests and the benchmark. No bank, app or store can
accept it: the institution code 99999 belongs to no municipality and the MPN check digits and
確認番号 are placeholders (their algorithms are not public).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kiosk.payments import elqr, gs1

DEMO_MUNICIPALITY_CODE = "999997"  # prefecture 99 does not exist; 7 is the check digit
DEMO_BILLER_CODE = "912345"  # fictitious


def example_payable(today: dt.date, *, principal: int = 12_000, late_fee: int = 0,
                    dunning_fee: int = 300, serial: int = 1) -> dict[str, Any]:
    """A valid payable (as JSON data) whose 納期限 is 30 days and 支払期限 60 days from today."""
    amount = principal + late_fee + dunning_fee
    due = today + dt.timedelta(days=30)
    deadline = today + dt.timedelta(days=60)
    case_key = f"{today.year:04d}{serial:016d}"
    fields = elqr.ElqrFields(
        amount=amount, item_code="501", case_key=case_key, confirmation_number="000000",
        institution_code=DEMO_MUNICIPALITY_CODE[:5], tax_office="000",
        levy_year=_fiscal_year(today), tax_year=_fiscal_year(today), instalment="01",
        due_date=due, payment_deadline=deadline, check_digit_1="00", check_digit_2="00")
    data: dict[str, Any] = {
        "synthetic": True,
        "municipality_code": DEMO_MUNICIPALITY_CODE,
        "subject": "国民健康保険料",
        "fiscal_year": _fiscal_year(today),
        "instalment": "第1期",
        "notice_number": f"{_fiscal_year(today)}-{serial:06d}",
        "payer": {"name": "山田　太郎", "address": "デモ県デモ市霞が関１－２－３"},
        "elqr": elqr.build(fields),
        "amounts": {"principal": principal, "late_fee": late_fee, "dunning_fee": dunning_fee},
    }
    if amount <= gs1.MAX_STORE_AMOUNT:
        data["gs1"] = gs1.build(gs1.Gs1Code(
            biller_code=DEMO_BILLER_CODE, free_field=f"{case_key[-15:]:0<21}", reissue="0",
            deadline=deadline, stamp_flag="0", amount=amount))
    return data


def _fiscal_year(today: dt.date) -> int:
    """Japanese fiscal years start on 1 April."""
    return today.year if today.month >= 4 else today.year - 1
