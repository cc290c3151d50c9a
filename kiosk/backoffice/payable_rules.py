"""Payables at the back office: what the 標準準拠システム registers for the kiosks to print.

A payable is identified by its municipality, notice number, fiscal year, instalment and
subject: registering the same one again replaces it (a reissue with a new late fee or
deadline). The batch and each payable's identity are checked by the schemas of
kiosk/backoffice/payable_schema.py, every payable by :func:`payable_from_json` (the same rules
as ``kiosk slip render``); one invalid payable refuses the whole batch. Nothing here logs or
echoes the payer's name or address.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

from pydantic import ValidationError

from kiosk.backoffice.payable_schema import (
    PayableIdentity,
    PayablesIn,
    WithdrawIn,
    batch_reason,
    identity_reason,
)
from kiosk.payments.payable import Payable, PayableError, payable_from_json

IDENTITY = ("municipality_code", "notice_number", "fiscal_year", "instalment", "subject")

Batch = TypeVar("Batch", PayablesIn, WithdrawIn)


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
    batch = _parsed(PayablesIn, items)
    payables: list[Payable] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(batch.payables):
        try:
            payable = payable_from_json(item, today)
            PayableIdentity.model_validate(identity_of(payable))
        except PayableError as error:
            raise InvalidPayablesError(f"payable {index}: {error.one_line()}") from None
        except ValidationError as error:  # what finds it again must be a plain label
            field = str(error.errors(include_url=False, include_input=False)[0]["loc"][0])
            raise InvalidPayablesError(f"payable {index}: {identity_reason(field)}") from None
        key = payable_key(identity_of(payable))
        if key in seen:
            raise InvalidPayablesError(f"payable {index}: the same payable as payable "
                                       f"{seen[key]}")
        seen[key] = index
        payables.append(payable)
    return payables


def withdrawal_keys(items: Any) -> list[str]:
    """The keys of the payables to withdraw, each given by its identity fields."""
    batch = _parsed(WithdrawIn, items)
    return [payable_key(identity.model_dump()) for identity in batch.payables]


def _parsed(schema: type[Batch], items: Any) -> Batch:
    """``{"payables": items}`` as ``schema``; :class:`InvalidPayablesError` otherwise."""
    try:
        return schema.model_validate({"payables": items})
    except ValidationError as error:
        raise InvalidPayablesError(batch_reason(error)) from None


def still_payable(data: Any, today: dt.date) -> bool:
    """Checked again when read: a payable past its 支払期限 is no longer handed out."""
    try:
        payable_from_json(data, today)
    except PayableError:
        return False
    return True
