"""Payables at the back office: what the 標準準拠システム registers for the kiosks to print.

A payable is identified by its municipality, notice number, fiscal year, instalment and
subject: registering the same one again replaces it (a reissue with a new late fee or
deadline). Every payable is checked with :func:`payable_from_json`, the same rules as
``kiosk slip render``; one invalid payable refuses the whole batch. Nothing here logs or
echoes the payer's name or address.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from kiosk.payments.payable import Payable, PayableError, payable_from_json

MAX_PAYABLES = 1000
MAX_NOTICE = 64
IDENTITY = ("municipality_code", "notice_number", "fiscal_year", "instalment", "subject")


class InvalidPayablesError(ValueError):
    """The batch is refused whole; the message names the payable and the rule, not its data."""


def payable_key(identity: dict[str, Any]) -> str:
    """One string for a payable's identity (unambiguous, whatever the subject contains)."""
    return json.dumps([identity[name] for name in IDENTITY], ensure_ascii=False,
                      separators=(",", ":"))


def identity_of(payable: Payable) -> dict[str, Any]:
    return {name: getattr(payable, name) for name in IDENTITY}


def checked_batch(items: Any, today: dt.date) -> list[Payable]:
    """Every payable checked, none twice; :class:`InvalidPayablesError` otherwise."""
    _check_size(items, "payables")
    payables: list[Payable] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        try:
            payable = payable_from_json(item, today)
        except PayableError as error:
            raise InvalidPayablesError(f"payable {index}: {error.one_line()}") from None
        if len(payable.notice_number) > MAX_NOTICE:
            raise InvalidPayablesError(f"payable {index}: notice_number is longer than "
                                       f"{MAX_NOTICE} characters")
        key = payable_key(identity_of(payable))
        if key in seen:
            raise InvalidPayablesError(f"payable {index}: the same payable as payable "
                                       f"{seen[key]}")
        seen[key] = index
        payables.append(payable)
    return payables


def withdrawal_keys(items: Any) -> list[str]:
    """The keys of the payables to withdraw, each given by its identity fields."""
    _check_size(items, "payables")
    keys = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise InvalidPayablesError(f"payable {index}: not an object")
        for name in IDENTITY:
            kind = int if name == "fiscal_year" else str
            value = item.get(name)
            if not isinstance(value, kind) or isinstance(value, bool):
                raise InvalidPayablesError(f"payable {index}: {name} must be "
                                           f"{kind.__name__}")
        keys.append(payable_key(item))
    return keys


def _check_size(items: Any, name: str) -> None:
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_PAYABLES:
        raise InvalidPayablesError(f"{name} must be a list of 1 to {MAX_PAYABLES} payables")


def still_payable(data: Any, today: dt.date) -> bool:
    """Checked again when read: a payable past its 支払期限 is no longer handed out."""
    try:
        payable_from_json(data, today)
    except PayableError:
        return False
    return True
