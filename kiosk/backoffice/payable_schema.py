"""The payables' requests (kiosk/backoffice/payables.py), one pydantic schema per endpoint.

A payable's content is the domain's: each item a ``PUT`` brings is checked by
``payable_from_json`` (kiosk/payments/payable.py), the rules ``kiosk slip render`` applies, so a
bad payable is refused with the same reason everywhere. The schemas here hold what is the back
office's own: the batch envelopes (1 to MAX_PAYABLES items), a payable's identity (what
registers, withdraws and finds it: the lengths of the payable's text caps, and no control,
format or bidi characters, the rule of every label in kiosk/backoffice/schemas.py), and the
kiosks' query parameters. Reasons name the payable, the field and the rule, never the value.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from kiosk.backoffice.schemas import LABEL_RULE, Schema
from kiosk.payments.payable import FIRST_FISCAL_YEAR, TEXT_LIMITS

MAX_PAYABLES = 1000
MAX_NOTICE = TEXT_LIMITS["notice_number"]  # also the payable_lookups column's length
MAX_REF = 18  # digits of a row id
LAST_FISCAL_YEAR = 9999  # a withdrawal may name a payable registered in any earlier year

NoticeNumber = Annotated[str, Field(min_length=1, max_length=MAX_NOTICE), LABEL_RULE]
Instalment = Annotated[str, Field(min_length=1, max_length=TEXT_LIMITS["instalment"]),
                       LABEL_RULE]
Subject = Annotated[str, Field(min_length=1, max_length=TEXT_LIMITS["subject"]), LABEL_RULE]
IDENTITY_RULES = {
    "municipality_code": "must be str of 6 digits",
    "notice_number": f"must be str of 1 to {MAX_NOTICE} characters",
    "fiscal_year": f"must be int from {FIRST_FISCAL_YEAR} to {LAST_FISCAL_YEAR}",
    "instalment": f"must be str of 1 to {TEXT_LIMITS['instalment']} characters",
    "subject": f"must be str of 1 to {TEXT_LIMITS['subject']} characters",
}
LABEL_CHARS = ", without control, format or bidi characters"
BATCH_RULE = f"payables must be a list of 1 to {MAX_PAYABLES} payables"
NOTICE_RULE = f"notice must be 1 to {MAX_NOTICE} characters{LABEL_CHARS}"
REF_RULE = "ref must be the number a lookup listed"


class PayableIdentity(Schema):
    """Municipality, notice number, 年度, 期別 and 科目: one payable (other members ignored)."""

    municipality_code: Annotated[str, Field(pattern=r"^[0-9]{6}$")]
    notice_number: NoticeNumber
    fiscal_year: Annotated[int, Field(ge=FIRST_FISCAL_YEAR, le=LAST_FISCAL_YEAR)]
    instalment: Instalment
    subject: Subject


class PayablesIn(Schema):
    """``PUT /v1/payables``: the items as they came, each then parsed by payable_from_json."""

    payables: Annotated[list[Any], Field(min_length=1, max_length=MAX_PAYABLES)]


class WithdrawIn(Schema):
    """``POST /v1/payables/withdraw``: each payable by its identity."""

    payables: Annotated[list[PayableIdentity], Field(min_length=1, max_length=MAX_PAYABLES)]


class _Query(BaseModel):
    # Query strings are text (lax mode); other parameters are ignored.
    model_config = ConfigDict(extra="ignore", frozen=True)


QueryNotice = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                               max_length=MAX_NOTICE), LABEL_RULE]


class LookupQuery(_Query):
    """``GET /v1/payables?notice=NUMBER``."""

    notice: QueryNotice


class ReleaseQuery(_Query):
    """``GET /v1/payables/{ref}?notice=NUMBER``: the path's ref first (its rule is answered
    first), then the notice."""

    ref: Annotated[str, Field(pattern=rf"^[0-9]{{1,{MAX_REF}}}$")]
    notice: QueryNotice


def batch_reason(error: ValidationError) -> str:
    """The first problem of a batch: the envelope's rule, or ``payable N: field rule``."""
    loc = error.errors(include_url=False, include_input=False)[0]["loc"]
    if len(loc) < 2 or not isinstance(loc[1], int):
        return BATCH_RULE
    if len(loc) == 2:
        return f"payable {loc[1]}: not an object"
    return f"payable {loc[1]}: {identity_reason(str(loc[2]))}"


def identity_reason(field: str) -> str:
    """``field rule`` for a field of PayableIdentity (only its own fields can fail)."""
    rule = IDENTITY_RULES.get(field, "is not valid")
    suffix = LABEL_CHARS if field in ("notice_number", "instalment", "subject") else ""
    return f"{field} {rule}{suffix}"


def query_reason(error: ValidationError) -> str:
    """The rule of the first query parameter that does not fit (ref before notice)."""
    loc = error.errors(include_url=False, include_input=False)[0]["loc"]
    return REF_RULE if loc and loc[0] == "ref" else NOTICE_RULE
