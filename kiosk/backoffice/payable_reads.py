"""Reading payables for the kiosks: a notice's list with the payer masked, and the one payable
the clerk prints with its payer in full (kiosk/backoffice/payables.py serves both)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from kiosk.backoffice.payable_rules import still_payable
from kiosk.backoffice.store import BackofficeStore, payables
from kiosk.payments.masking import mask_address, mask_name


def _printable(store: BackofficeStore, notice_number: str, today: dt.date,
               payable_id: int | None = None) -> list[tuple[int, dict[str, Any]]]:
    """(row id, payable) of a notice still payable today, oldest first."""
    query = (select(payables.c.id, payables.c.payable_key, payables.c.sealed)
             .where(payables.c.notice_number == notice_number,
                    payables.c.withdrawn_at.is_(None),
                    payables.c.payment_deadline >= today.isoformat())
             .order_by(payables.c.id))
    if payable_id is not None:
        query = query.where(payables.c.id == payable_id)
    with store._read() as conn:
        rows = conn.execute(query).all()
    found = [(int(row_id), json.loads(store.keys.open(sealed, f"{key}:payable")))
             for row_id, key, sealed in rows]
    return [(row_id, data) for row_id, data in found if still_payable(data, today)]


def masked_list(store: BackofficeStore, notice_number: str, today: dt.date
                ) -> list[dict[str, Any]]:
    """The notice's payables as a counter lists them: the payer masked, each with the ``ref``
    that releases it."""
    listed = []
    for row_id, data in _printable(store, notice_number, today):
        payer = data["payer"]
        listed.append({**data, "payer": {"name": mask_name(payer["name"]),
                                         "address": mask_address(payer["address"])},
                       "payer_masked": True, "ref": str(row_id)})
    return listed


def released(store: BackofficeStore, notice_number: str, payable_id: int, today: dt.date
             ) -> dict[str, Any] | None:
    """The one payable to print, payer in full; None unless it belongs to that notice and is
    still payable (so a guessed reference yields nothing without its notice number)."""
    found = _printable(store, notice_number, today, payable_id)
    return found[0][1] if found else None
