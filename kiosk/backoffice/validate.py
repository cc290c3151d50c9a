"""Shape checks for records arriving at the back office (a bad batch is refused whole)."""

from __future__ import annotations

from typing import Any

from kiosk.sensitive import is_valid_my_number

MAX_BATCH = 1000
KINDS = ("submission", "event")


class InvalidRecordsError(ValueError):
    """The batch does not match the interface; the message names the record, not its data."""


def validate_records(records: Any) -> None:
    if not isinstance(records, list) or not 1 <= len(records) <= MAX_BATCH:
        raise InvalidRecordsError(f"records must be a list of 1 to {MAX_BATCH} records")
    for index, record in enumerate(records):
        problem = _problem(record)
        if problem:
            raise InvalidRecordsError(f"record {index}: {problem}")


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
