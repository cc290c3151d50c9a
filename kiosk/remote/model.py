"""The shared remote-window session (リモート窓口): state, edits, versions, order.

The state is a flat map of named fields, each with a value, a version and its last author:

- ``card.name``, ``card.address``, ``card.birth_date``, ``card.sex``: only what the resident
  confirmed on the branch's screen, sent by the branch only (the 個人番号 has no field at all);
- ``life_event``; ``answers.<question id>``; ``procedures`` (the decided procedures, a list);
- ``form.<procedure>.<field>``: a form field the specialist overrides;
- ``print.<job id>``: a print request ``{"forms": [...], "status": "requested"}`` written by
  staff; the branch acknowledges it by writing the same field with status "printed"/"failed";
- ``video.status``, ``video.link``: the municipality's own video system, shown, not built.

Optimistic concurrency: an edit names the version of the field it saw (``base_version``; 0 for a
field never written). The server applies it only if that is still the field's version; the field
then gets version + 1 and the edit gets the session's next sequence number, which orders every
applied edit. A stale edit is refused as a ``Conflict`` that carries the current value, version
and author, so both sides can show it. Each edit has a client-made ``op_id``; the server keeps
the outcome per op_id, so an edit re-sent after a reconnect is answered with its first outcome
and never applied twice. Clients keep the last sequence number they saw and, on reconnect, ask
for everything after it (or get a snapshot when the server's session is not the one they knew).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from kiosk.remote.limits import (
    LOG_FULL,
    MAX_LOG_BYTES,
    MAX_STATE_BYTES,
    STATE_FULL,
    entry_bytes,
    holds_my_number,
)

CARD_FIELDS = ("card.name", "card.address", "card.birth_date", "card.sex")
FIELD_PATTERN = re.compile(
    r"card\.(name|address|birth_date|sex)|life_event|procedures|video\.(status|link)"
    r"|answers\.[A-Za-z0-9_.-]{1,100}|form\.[A-Za-z0-9_-]{1,100}\.[A-Za-z0-9_.-]{1,100}"
    r"|print\.[A-Za-z0-9_-]{1,64}")
FORBIDDEN_NAMES = ("my_number", "mynumber", "individual_number")
MAX_VALUE_BYTES = 64 * 1024
PRINT_DONE = ("printed", "failed")
ROLES = ("branch", "staff")


class EditRefusedError(ValueError):
    """An edit that no version could make acceptable (bad field, value or role); one line."""


@dataclass(frozen=True)
class Edit:
    op_id: str
    field: str
    value: Any
    base_version: int


@dataclass(frozen=True)
class Applied:
    """An edit as the server ordered it."""

    seq: int
    op_id: str
    field: str
    value: Any
    version: int
    author: str

    def wire(self) -> dict[str, Any]:
        return {"type": "op", **asdict(self)}


@dataclass(frozen=True)
class Conflict:
    """A stale edit, refused: what the editor saw and what the field holds now."""

    op_id: str
    field: str
    base_version: int
    current_version: int
    current_value: Any
    current_author: str | None

    def wire(self) -> dict[str, Any]:
        return {"type": "conflict", **asdict(self)}


def clean_op_id(op_id: Any) -> bool:
    """An op id fit to echo in answers and the audit log: no control, format (bidi) or lone
    surrogate character."""
    return isinstance(op_id, str) and 1 <= len(op_id) <= 64 and not any(
        unicodedata.category(char) in ("Cc", "Cf", "Cs") for char in op_id)


def check_edit(edit: Edit, role: str) -> None:
    """Refuse what is never acceptable, whatever the versions (EditRefusedError, one line)."""
    if not clean_op_id(edit.op_id):
        raise EditRefusedError("op_id must be 1-64 characters (no control characters)")
    if not isinstance(edit.field, str) or not FIELD_PATTERN.fullmatch(edit.field):
        raise EditRefusedError(f"unknown field {str(edit.field)[:100]!r}")
    if any(name in edit.field.lower() for name in FORBIDDEN_NAMES):
        raise EditRefusedError("the 個人番号 is never shared")
    if isinstance(edit.base_version, bool) or not isinstance(edit.base_version, int) \
            or edit.base_version < 0:
        raise EditRefusedError("base_version must be a whole number >= 0")
    try:
        encoded = json.dumps(edit.value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError, TypeError, RecursionError):
        raise EditRefusedError("value must be JSON text (no lone surrogates)") from None
    if len(encoded) > MAX_VALUE_BYTES:
        raise EditRefusedError("value too large")
    if holds_my_number(edit.value):  # the field names are checked above; this is the values
        raise EditRefusedError("the 個人番号 is never shared")
    if edit.field in CARD_FIELDS:
        if role != "branch":
            raise EditRefusedError("card data comes from the branch only")
        if not isinstance(edit.value, str):
            raise EditRefusedError("card fields are strings")
    if edit.field.startswith("print."):
        _check_print(edit, role)


def _check_print(edit: Edit, role: str) -> None:
    value = edit.value
    if not isinstance(value, dict):
        raise EditRefusedError("a print field holds an object")
    if edit.base_version == 0:
        forms = value.get("forms")
        if role != "staff" or value.get("status") != "requested" or not isinstance(forms, list):
            raise EditRefusedError("staff request prints: {\"forms\": [...], \"status\": "
                              "\"requested\"}")
    elif role != "branch" or value.get("status") not in PRINT_DONE:
        raise EditRefusedError("the branch acknowledges a print with status printed or failed")


@dataclass
class SessionState:
    """One branch's session: values, versions, the ordered log and the outcome per op_id."""

    values: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    authors: dict[str, str] = field(default_factory=dict)
    seq: int = 0
    log: list[Applied] = field(default_factory=list)
    outcomes: dict[str, Applied | Conflict] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)  # each field's bytes in a snapshot
    log_sizes: list[int] = field(default_factory=list)  # each logged operation's bytes

    def __repr__(self) -> str:  # values may be personal data
        return f"SessionState(seq={self.seq}, fields={len(self.values)})"

    def version(self, name: str) -> int:
        return self.versions.get(name, 0)

    def submit(self, edit: Edit, author: str, role: str) -> tuple[Applied | Conflict, bool]:
        """Server side: apply or refuse; the bool says whether this op_id is new."""
        check_edit(edit, role)  # first: op_id must be a string before it is looked up
        known = self.outcomes.get(edit.op_id)
        if known is not None:
            return known, False
        current = self.version(edit.field)
        outcome: Applied | Conflict
        if edit.base_version != current:
            outcome = Conflict(edit.op_id, edit.field, edit.base_version, current,
                               self.values.get(edit.field), self.authors.get(edit.field))
        else:
            outcome = Applied(self.seq + 1, edit.op_id, edit.field, edit.value, current + 1,
                              author)
            self._check_room(outcome)
            self.apply(outcome)
        self.outcomes[edit.op_id] = outcome
        return outcome, True

    def state_bytes(self) -> int:
        return sum(self.sizes.values())

    def ops_bytes_after(self, seq: int) -> int:
        return sum(self.log_sizes[seq:]) if 0 <= seq <= self.seq else 0

    def _check_room(self, op: Applied) -> None:
        """Refuse the edit that would make the state or the log pass its cap."""
        added = entry_bytes(op.field, op.value, op.version, op.author)
        if self.state_bytes() - self.sizes.get(op.field, 0) + added > MAX_STATE_BYTES:
            raise EditRefusedError(STATE_FULL)
        if sum(self.log_sizes) + added > MAX_LOG_BYTES:
            raise EditRefusedError(LOG_FULL)

    def apply(self, op: Applied) -> bool:
        """Take an ordered operation (server: just made; client: received). False if old."""
        if op.seq <= self.seq:
            return False
        size = entry_bytes(op.field, op.value, op.version, op.author)
        self.sizes[op.field] = size
        self.log_sizes.append(size)
        self.values[op.field] = op.value
        self.versions[op.field] = op.version
        self.authors[op.field] = op.author
        self.seq = op.seq
        self.log.append(op)
        return True

    def after(self, seq: int) -> list[Applied]:
        """The operations after ``seq`` (the log is in seq order, from 1)."""
        return self.log[seq:] if 0 <= seq <= self.seq else []

    def snapshot(self) -> dict[str, Any]:
        return {"seq": self.seq, "fields": {
            name: {"value": self.values[name], "version": self.versions[name],
                   "author": self.authors[name]} for name in self.values}}

    @classmethod
    def from_snapshot(cls, raw: dict[str, Any]) -> SessionState:
        state = cls(seq=int(raw["seq"]))
        for name, item in raw["fields"].items():
            state.values[name] = item["value"]
            state.versions[name] = int(item["version"])
            state.authors[name] = str(item["author"])
            state.sizes[name] = entry_bytes(name, item["value"], state.versions[name],
                                            state.authors[name])
        return state


def applied_from_wire(raw: dict[str, Any]) -> Applied:
    return Applied(int(raw["seq"]), str(raw["op_id"]), str(raw["field"]), raw["value"],
                   int(raw["version"]), str(raw["author"]))


def conflict_from_wire(raw: dict[str, Any]) -> Conflict:
    return Conflict(str(raw["op_id"]), str(raw["field"]), int(raw["base_version"]),
                    int(raw["current_version"]), raw["current_value"], raw["current_author"])


def edit_from_wire(raw: dict[str, Any]) -> Edit:
    try:
        return Edit(raw["op_id"], raw["field"], raw["value"], raw["base_version"])
    except KeyError as error:
        raise EditRefusedError(f"edit without {error.args[0]}") from None
