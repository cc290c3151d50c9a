"""Turning a stored outbox row into the record that is sent, or saying why it cannot be.

A row whose sealed value does not open (altered bytes, a key no longer in the ring) or whose
record cannot be encoded for the wire (a damaged body, NaN, a lone surrogate) is a poison
record: it is quarantined with a reason instead of stopping every later delivery. The reason
names what failed, never the data (exception texts of the JSON and number parsers are not
used, as they may quote the value).
"""

from __future__ import annotations

import json
from typing import Any

from devices.card.sensitive import MyNumber
from kiosk.store.crypto import KeyRing, SealError
from kiosk.store.records import OutgoingRecord
from kiosk.store.rows import UnsentRow


class PoisonRecordError(Exception):
    """This row can never be sent as it is; the message is its quarantine reason."""


def unseal(keys: KeyRing, row: UnsentRow, kiosk_id: str) -> OutgoingRecord:
    """The row decrypted and checked to encode; PoisonRecordError when it cannot be.

    A KeyFileError that is not a SealError (the ring's file is unreadable) propagates: that is
    an operator error for the whole kiosk, not a fault of this record."""
    key = row.idem_key
    try:
        personal = None if row.personal is None else keys.open(row.personal, f"{key}:personal")
        number = None if row.number is None else keys.open(row.number, f"{key}:number")
    except SealError as error:
        raise PoisonRecordError(f"復号できません / cannot unseal: {error}") from None
    record = OutgoingRecord(
        key=key, kind=row.kind, visit_id=row.visit_id, procedure=row.procedure,
        created_at=row.created_at, body=_body(row.body),
        personal=None if personal is None else _personal(personal),
        my_number=None if number is None else _number(number))
    try:
        json.dumps(record.to_wire(kiosk_id), ensure_ascii=False, allow_nan=False) \
            .encode("utf-8")
    except (ValueError, TypeError, UnicodeError):
        raise PoisonRecordError("送信用に変換できません / cannot encode the record for sending") \
            from None
    return record


def _json(text: str | bytes, what: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, TypeError, RecursionError):
        raise PoisonRecordError(f"記録の形式が不正です / malformed {what}") from None


def _body(text: str) -> dict[str, Any]:
    value = _json(text, "body")
    if not isinstance(value, dict):
        raise PoisonRecordError("記録の形式が不正です / malformed body")
    return value


def _personal(plain: bytes) -> dict[str, str]:
    value = _json(plain, "personal fields")
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                              for k, v in value.items()):
        raise PoisonRecordError("記録の形式が不正です / malformed personal fields")
    return value


def _number(plain: bytes) -> MyNumber:
    try:
        return MyNumber(plain.decode("ascii"))
    except (ValueError, UnicodeError):
        raise PoisonRecordError("記録の形式が不正です / malformed 個人番号") from None
