"""The values the back office accepts, one pydantic schema per kind of input (issue 17).

Every value that reaches the database passes one of these schemas first: numbers are finite and
in range, timestamps lie within a window around the server's clock, strings have the length of
their column and carry no lone surrogate (which cannot be encoded, so it would fail on the way
out) nor, where they are not free text, control or bidirectional-override characters (which
would be echoed raw to staff screens, logs and CSV files).

Reasons name the field and the rule, never the value: a record may carry personal data.
"""

from __future__ import annotations

import re
import time
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from devices.card.sensitive import is_valid_my_number

# A record is made on the kiosk and may wait in its outbox through a long outage (the back
# office down, the network cut over a holiday week): five years in the past still covers any
# 年度 report. The future side only allows for a terminal's clock running a little fast; a
# timestamp a day ahead of the server is a broken clock or a forgery, and would skew the
# metrics for good.
TIMESTAMP_PAST_S = 5 * 366 * 86400
TIMESTAMP_FUTURE_S = 86400
MAX_KEY = 120
MAX_NAME = 64  # kiosk_id, visit_id: String(64) columns
MAX_PROCEDURE = 200  # String(200)
MAX_EVENT = 32  # String(32)
MAX_PERSONAL_FIELDS = 200
MAX_FIELD_NAME = 100
MAX_FREE_TEXT = 4000  # one form field: a long address or a note
# Bidirectional formatting characters (RLO and friends can reverse what staff read).
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
KEY_PATTERN = re.compile(r"[\x21-\x7e]{1,120}")  # printable ASCII: answered back verbatim


def has_lone_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(char) <= 0xDFFF for char in text)


def _label(text: str) -> str:
    """A name or label: no lone surrogate, control, format or bidi character at all."""
    if has_lone_surrogate(text):
        raise ValueError("contains a lone surrogate")
    if any(char in BIDI or unicodedata.category(char) in ("Cc", "Cf") for char in text):
        raise ValueError("contains a control or bidi character")
    return text


def _free_text(text: str) -> str:
    """Typed by a resident: line breaks and tabs are fine, other control characters are not."""
    if has_lone_surrogate(text):
        raise ValueError("contains a lone surrogate")
    if any(unicodedata.category(char) == "Cc" and char not in "\t\n\r" for char in text):
        raise ValueError("contains a control character")
    return text


def _recent(at: float) -> float:
    now = time.time()
    if not now - TIMESTAMP_PAST_S <= at <= now + TIMESTAMP_FUTURE_S:
        raise ValueError("is outside the accepted window around the server's clock")
    return at


def _my_number(number: str) -> str:
    if not is_valid_my_number(number):
        raise ValueError("my_number is not a valid 個人番号")  # never echo the digits
    return number


# The label rule as a validator, for the schemas of other endpoints whose strings have other
# caps (kiosk/backoffice/payable_schema.py): Annotated[str, Field(max_length=N), LABEL_RULE].
LABEL_RULE = AfterValidator(_label)
Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME), LABEL_RULE]
EventName = Annotated[str, Field(min_length=1, max_length=MAX_EVENT), AfterValidator(_label)]
Procedure = Annotated[str, Field(min_length=1, max_length=MAX_PROCEDURE),
                      AfterValidator(_label)]
FieldName = Annotated[str, Field(min_length=1, max_length=MAX_FIELD_NAME),
                      AfterValidator(_label)]
Timestamp = Annotated[float, Field(allow_inf_nan=False), AfterValidator(_recent)]
FreeText = Annotated[str, Field(max_length=MAX_FREE_TEXT), AfterValidator(_free_text)]
Channel = Literal["counter", "self", "remote"]


class Schema(BaseModel):
    # strict: "1" is not a number and true is not 1; unknown members are ignored (a newer
    # kiosk may send more) and never stored.
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class EventBody(Schema):
    event: EventName
    at: Timestamp
    channel: Channel


class SubmissionBody(Schema):
    channel: Channel
    form_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class RecordBase(Schema):
    key: Annotated[str, Field(pattern=r"^[\x21-\x7e]{1,120}$")]
    kiosk_id: Name
    visit_id: Name
    created_at: Timestamp

    def scoped(self) -> bool:
        """Idempotency keys are per certificate: a terminal's keys start with its name."""
        return self.key.startswith(f"{self.kiosk_id}:") and len(self.key) > len(self.kiosk_id) + 1


class EventRecord(RecordBase):
    kind: Literal["event"]
    procedure: Procedure | None = None
    body: EventBody


class SubmissionRecord(RecordBase):
    kind: Literal["submission"]
    procedure: Procedure
    body: SubmissionBody
    personal: Annotated[dict[FieldName, FreeText],
                        Field(max_length=MAX_PERSONAL_FIELDS)] | None = None
    my_number: Annotated[str, AfterValidator(_my_number)] | None = None


class PageQuery(BaseModel):
    """``?after=ID&limit=N``: query strings are text, so "10" is read as 10 (lax mode)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    after: Annotated[int, Field(ge=0, le=2**62)] = 0
    limit: Annotated[int, Field(ge=1, le=2**62)] = 500


Record = EventRecord | SubmissionRecord
RECORD_KINDS: dict[str, type[EventRecord] | type[SubmissionRecord]] = {
    "event": EventRecord, "submission": SubmissionRecord}


def answerable_key(key: Any) -> bool:
    """A key the per-record answer can carry back as it came (else the batch is refused)."""
    return isinstance(key, str) and KEY_PATTERN.fullmatch(key) is not None


def parse_record(raw: Any) -> tuple[Record | None, str]:
    """The record, or None and the reason it is refused (one line, without its data)."""
    if not isinstance(raw, dict):
        return None, "not an object"
    model = RECORD_KINDS.get(raw["kind"]) if isinstance(raw.get("kind"), str) else None
    if model is None:
        return None, "kind must be submission or event"
    try:
        record = model.model_validate(raw)
    except ValidationError as error:
        return None, reason_of(error)
    if not record.scoped():
        return None, "key must start with this terminal's kiosk_id and a colon"
    if isinstance(record, EventRecord) and record.body.event.startswith("service_") \
            and record.procedure is None:
        return None, "procedure is missing (service events name their procedure)"
    return record, ""


def reason_of(error: ValidationError) -> str:
    """The first problem as ``field.path: rule``; pydantic's messages never quote the input."""
    first = error.errors(include_url=False, include_input=False, include_context=False)[0]
    where = ".".join(_safe(part) for part in first["loc"]) or "value"
    message = str(first["msg"]).removeprefix("Value error, ")
    if message.startswith(where.split(".")[-1]):
        return message[:300]
    return f"{where}: {message}"[:300]


def _safe(part: str | int) -> str:
    """A path element fit to answer: a dict key sent by the caller may be anything."""
    return str(part) if isinstance(part, int) or re.fullmatch(r"[A-Za-z0-9_]{1,40}", part) \
        else "*"
