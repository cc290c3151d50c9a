"""Shape checks for records arriving at the back office (the schemas: schemas.py).

A batch that is not a list of 1 to MAX_BATCH records, or holds a record without a key that can
be answered back as it came, is refused whole (HTTP 422): there is nothing to answer per
record. A record with a usable key but another problem is rejected alone, with a reason, and
the rest of the batch is stored: one bad record must not block a kiosk's delivery for ever.
"""

from __future__ import annotations

from typing import Any

from kiosk.backoffice.schemas import Record, answerable_key, parse_record

MAX_BATCH = 1000


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
        if not isinstance(record, dict) or not answerable_key(record.get("key")):
            raise InvalidRecordsError(f"record {index}: key must be a short string "
                                      f"(printable ASCII)")


def parsed_records(records: list[Any]) -> list[tuple[Record | None, str]]:
    """Each record parsed, or None and the reason it is refused."""
    return [parse_record(record) for record in records]


def record_problems(records: list[Any]) -> dict[int, str]:
    """The problem of each bad record by its index (never its data)."""
    return {index: problem for index, (_, problem) in enumerate(parsed_records(records))
            if problem}
