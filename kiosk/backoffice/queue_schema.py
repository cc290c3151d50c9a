"""The shared queue's requests, one pydantic schema per endpoint, checked before anything is
stored: strict types, finite times within a window of the server's clock, bounded strings
(no control, bidi or lone surrogate characters) and lists, and no unknown fields.

A refusal is one line, 日本語 / English, naming the field but never echoing its value.
"""

from __future__ import annotations

import re
import time
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

# Time window for a ticket's issued_at around the server's clock: an offline terminal delivers
# the day's tickets when it reconnects (hours later), and terminal clocks drift a little.
PAST_SECONDS = 24 * 3600
FUTURE_SECONDS = 10 * 60
MAX_PROCEDURES = 30  # 30 ids of 64 characters fit the 2000-character column
MAX_NUMBER = 10**6
ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
PREFIX = re.compile(r"^[A-Za-z0-9]{0,20}-?$")
LABEL = re.compile(r"^[A-Za-z0-9]{0,20}-?[0-9]{3,6}$")
# C0/C1 controls, bidi marks/embeddings/overrides/isolates, line separators, BOM, surrogates.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                    "\u2028\u2029\ufeff\ud800-\udfff]")
ACTIONS = ("call", "recall", "transfer", "no_show", "start", "finish")
CHANNELS = ("counter", "self", "remote")
STATES = ("waiting", "called", "serving", "done", "no_show")


class QueueRequestError(ValueError):
    """A request the queue cannot take (one line, Japanese and English)."""


def _matching(pattern: re.Pattern[str]) -> AfterValidator:
    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise ValueError("does not match")
        return value
    return AfterValidator(check)


def _plain(value: str) -> str:
    if UNSAFE.search(value):
        raise ValueError("control, bidi or surrogate character")
    return value


def _recent(value: float | None) -> float | None:
    now = time.time()
    if value is not None and not now - PAST_SECONDS <= value <= now + FUTURE_SECONDS:
        raise ValueError("outside the window around the server's clock")
    return value


ProcedureId = Annotated[str, Field(max_length=64), _matching(ID)]
CounterName = Annotated[str, Field(max_length=64), AfterValidator(_plain)]  # 1番窓口
Stamp = Annotated[float, Field(allow_inf_nan=False)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class ReserveIn(_Body):
    """POST /v1/queue/reserve: an empty object."""


class TicketIn(_Body):
    """POST /v1/queue/tickets."""

    procedures: Annotated[list[ProcedureId], Field(max_length=MAX_PROCEDURES)] = []
    channel: Literal["counter", "self", "remote"]
    visit_id: ProcedureId
    number: Annotated[int, Field(ge=0, lt=MAX_NUMBER)] = 0
    prefix: Annotated[str, Field(max_length=21), _matching(PREFIX)] = ""
    issued_at: Annotated[Stamp | None, AfterValidator(_recent)] = None


class CallNextIn(_Body):
    """POST /v1/queue/call-next."""

    counter: Annotated[CounterName, Field(min_length=1)]


class ActBody(_Body):
    """The body of POST /v1/queue/tickets/{label}/{action}."""

    counter: CounterName = ""


class ActIn(_Body):
    """POST /v1/queue/tickets/{label}/{action}: the path and the body together."""

    label: Annotated[str, Field(max_length=27), _matching(LABEL)]
    action: Literal["call", "recall", "transfer", "no_show", "start", "finish"]
    counter: CounterName = ""


class BoardQuery(_Body):
    """GET /v1/queue/board: no parameters."""


class StoredTicket(BaseModel):
    """A row of ``queue_tickets`` as the API hands it out (what a bad stored row fails)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    label: Annotated[str, Field(max_length=27), _matching(LABEL)]
    number: Annotated[int, Field(ge=0, lt=MAX_NUMBER)]
    prefix: Annotated[str, Field(max_length=21), _matching(PREFIX)]
    procedures: Annotated[str, Field(max_length=2000)]
    channel: Literal["counter", "self", "remote"]
    state: Literal["waiting", "called", "serving", "done", "no_show"]
    counter: CounterName
    visit_id: ProcedureId
    issued_at: Stamp
    called_at: Stamp | None


MESSAGES = {
    "procedures": f"procedures は手続IDの一覧です（{MAX_PROCEDURES}件まで）/ procedures must be a "
                  f"list of at most {MAX_PROCEDURES} procedure ids",
    "channel": "channel は counter, self, remote のいずれかです / channel must be counter, self "
               "or remote",
    "visit_id": "visit_id が不正です / invalid visit_id",
    "number": f"number は0以上{MAX_NUMBER}未満の整数です / number must be a whole number >= 0 and "
              f"< {MAX_NUMBER}",
    "prefix": "prefix が不正です / invalid prefix",
    "issued_at": "issued_at はサーバー時刻の前後の有限の時刻です / issued_at must be a finite time "
                 "within a day before and 10 minutes after the server's clock",
    "counter": "counter が不正です / invalid counter",
    "label": "番号が不正です / invalid ticket label",
    "action": "未知の操作です / unknown queue action",
}
NOT_AN_OBJECT = "JSONのオブジェクトが必要です / expected a JSON object"
Model = TypeVar("Model", bound=BaseModel)


def parse(model: type[Model], data: bytes | dict[str, Any]) -> Model:
    """``data`` (a raw JSON body, or an object already in hand) as ``model``; QueueRequestError
    (one line) when it does not fit."""
    try:
        if isinstance(data, bytes | bytearray):
            return model.model_validate_json(data or b"{}")
        return model.model_validate(data)
    except ValidationError as error:
        raise QueueRequestError(_explain(error)) from None


def _explain(error: ValidationError) -> str:
    first = error.errors(include_url=False, include_input=False)[0]
    if first["type"] in ("json_invalid", "model_type", "model_attributes_type"):
        return NOT_AN_OBJECT
    field = str(first["loc"][0]) if first["loc"] else ""
    if first["type"] == "extra_forbidden":
        shown = field if re.fullmatch(r"[A-Za-z0-9_]{1,32}", field) else "?"
        return f"不明な項目です / unknown field: {shown}"
    if first["type"] == "missing" and field in MESSAGES:
        return f"{field} がありません / {field} is missing"
    return MESSAGES.get(field, NOT_AN_OBJECT)
