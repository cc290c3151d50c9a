"""Masking the payer for lists: what a counter sees before the clerk picks the payable to print.

A lookup by notice number lists every payable of the notice; the clerk recognises the right one
by 科目, 年度, 期別, amount and a glimpse of the payer, so the list carries the family name and
the 都道府県 + 市区町村 only: ``山田 ＊＊`` / ``東京都千代田区＊＊＊``. The full name and address
are released only for the payable the clerk prints (kiosk/backoffice/payables.py). The masks have a
fixed length, so they do not tell how long the hidden part is, and masking is idempotent (a
masked value masks to itself), so a list can be masked again wherever it is shown.
"""

from __future__ import annotations

import dataclasses
import re

from kiosk.payments.payable import Payable

MASK = "＊＊"
ADDRESS_MASK = "＊＊＊"
# 都道府県: 東京都, 北海道, 京都府/大阪府, and every 県 (2 or 3 characters before it, as 神奈川県).
_PREFECTURE = r"(?:東京都|北海道|京都府|大阪府|[^\s０-９0-9]{2,3}県)"
# 市区町村, after an optional 郡 (as in 西多摩郡瑞穂町); the shortest match, so 千代田区 and not
# more. A 政令市's 区 after its 市 is hidden with the rest.
_MUNICIPALITY = r"(?:[^\s０-９0-9]{1,6}?郡)?[^\s０-９0-9]{1,8}?[市区町村]"
_ADDRESS = re.compile(rf"({_PREFECTURE}?{_MUNICIPALITY}|{_PREFECTURE})")
_SPACES = re.compile(r"[\s\u3000]+")


def mask_name(name: str) -> str:
    """The family name (the part before the first space) and a fixed mask; a name written
    without a space keeps its first character only."""
    parts = _SPACES.split(name.strip(), maxsplit=1)
    family = parts[0] if len(parts) > 1 else name.strip()[:1]
    return f"{family} {MASK}"


def mask_address(address: str) -> str:
    """The 都道府県 and 市区町村, then a fixed mask; an address without them is all mask."""
    match = _ADDRESS.match(address.strip())
    return (match.group(1) if match else "") + ADDRESS_MASK


def masked(payable: Payable) -> Payable:
    """The payable as a list shows it: the payer masked, marked so that it is never printed."""
    if payable.masked:
        return payable
    return dataclasses.replace(payable, payer_name=mask_name(payable.payer_name),
                               payer_address=mask_address(payable.payer_address), masked=True)
