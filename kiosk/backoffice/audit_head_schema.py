"""The audit anchor's requests (kiosk/backoffice/audit_heads.py), one pydantic schema per
endpoint, checked before anything is stored.

A head is the kiosk's own chain point (kiosk/store/anchor.py): ``seq`` a whole number (not a
float, not a boolean) from 0 to MAX_SEQ, ``hash`` 64 lowercase hex digits, the genesis value
exactly when ``seq`` is 0; ``base``, when sent, an entry at or before the head. The body holds
nothing else (an unknown member is refused, not ignored: the kiosk sends exactly these). Reasons
name the field and the rule (kiosk/backoffice/schemas.py ``reason_of``), never the value.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from kiosk.backoffice.schemas import Name
from kiosk.store.anchor import HASH, MAX_SEQ, Head
from kiosk.store.audit import GENESIS

Seq = Annotated[int, Field(ge=0, le=MAX_SEQ)]
Digest = Annotated[str, Field(pattern=HASH.pattern)]


class HeadRef(BaseModel):
    """``{"seq", "hash"}``: a point of a kiosk's chain."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    seq: Seq
    hash: Digest

    @field_validator("hash")
    @classmethod
    def _genesis_only_at_zero(cls, digest: str, info: ValidationInfo) -> str:
        if "seq" in info.data and (info.data["seq"] == 0) != (digest == GENESIS):
            raise ValueError("must be the genesis value exactly for seq 0, and only then")
        return digest

    def head(self) -> Head:
        return Head(self.seq, self.hash)


class HeadIn(HeadRef):
    """``POST /v1/audit/head``: the head, whose terminal it is, and the entry it extends."""

    kiosk_id: Name
    base: HeadRef | None = None

    @field_validator("base")
    @classmethod
    def _base_not_after_head(cls, base: HeadRef | None, info: ValidationInfo) -> HeadRef | None:
        if base is not None and "seq" in info.data and base.seq > info.data["seq"]:
            raise ValueError("must be null or {seq, hash} of an entry at or before seq")
        return base


class HeadQuery(BaseModel):
    """``GET /v1/audit/head?kiosk_id=NAME``: query strings are text (lax mode); other
    parameters are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    kiosk_id: Name | None = None
