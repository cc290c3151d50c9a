"""Shape checks for records arriving at the back office.

A batch that is not a list of 1 to MAX_BATCH records, or holds a record without a usable key,
is refused whole (HTTP 422): there is nothing to answer per record. A record with a usable key
but another problem is rejected alone, with a reason, and the rest of the batch is stored:
one bad record must not block a kiosk's delivery for ever.
"""

from __future__ import annotations

from typing import Any

from devices.card.sensitive import is_valid_my_number

MAX_BATCH = 1000
KINDS = ("submission", "event")


class InvalidRecordsError(ValueError):
    """The batch does not match the interface; the message names the record, not its data."""


def validate_records(records: Any) -> None:
    """Raise on the first problem of any kind (a batch that must be stored whole)."""
    validate_batch(records)
    for index, problem in record_problems(records).items():
        raise InvalidRecordsError(f"record {index}: {problem}")


def validate_batch(records: Any) -> None:
    """Raise unless ``records`` is a list of keyed records that can be answered one by one."""
    if not isinstance(records, list) or not 1 <= len(records) <= MAX_BATCH:
        raise InvalidRecordsError(f"records must be a list of 1 to {MAX_BATCH} records")
    for index, record in enumerate(records):
        if not isinstance(record, dict) or not _short_string(record.get("key")):
            raise InvalidRecordsError(f"record {index}: key must be a short string")


def record_problems(records: list[Any]) -> dict[int, str]:
    """The problem of each bad record by its index (never its data)."""
    found = {index: _problem(record) for index, record in enumerate(records)}
    return {index: problem for index, problem in found.items() if problem}


def _short_string(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 120


def _problem(record: Any) -> str | None:
    if not isinstance(record, dict):
        return "not an object"
    for name in ("key", "kiosk_id", "visit_id"):
        value = record.get(name)
        if not isinstance(value, str) or not 0 < len(value) <= 120:
            return f"{name} must be a short string"
    if record.get("kind") not in KINDS:
        return "kind must be submission or event"
    body = record.get("body")
    if not isinstance(body, dict) or not isinstance(body.get("channel"), str):
        return "body.channel is missing"
    if not isinstance(record.get("created_at"), int | float):
        return "created_at must be a number"
    if record["kind"] == "event":
        return None if isinstance(body.get("at"), int | float) and isinstance(
            body.get("event"), str) else "event body needs event and at"
    return _submission_problem(record, body)


def _submission_problem(record: dict[str, Any], body: dict[str, Any]) -> str | None:
    if not isinstance(record.get("procedure"), str) or not record["procedure"]:
        return "procedure is missing"
    digest = body.get("form_sha256")
    if not isinstance(digest, str) or len(digest) != 64:
        return "form_sha256 must be 64 hex digits"
    personal = record.get("personal")
    if personal is not None and not isinstance(personal, dict):
        return "personal must be an object"
    number = record.get("my_number")
    if number is not None and not (isinstance(number, str) and is_valid_my_number(number)):
        return "my_number is not a valid 個人番号"  # never echo the digits
    return None
