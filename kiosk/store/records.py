"""What the kiosk records: submissions (with personal data) and visit/queue events (without)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from devices.card.sensitive import MyNumber

Channel = Literal["counter", "self", "remote"]
CHANNELS: frozenset[str] = frozenset({"counter", "self", "remote"})
EVENT_TYPES: frozenset[str] = frozenset({"ticket_issued", "called", "service_start",
                                         "service_end", "transferred", "no_show", "visit_end"})


@dataclass(frozen=True)
class Submission:
    """One procedure of one visit: the form's data and the SHA-256 of the printed form."""

    visit_id: str
    procedure: str
    fields: dict[str, str]  # personal: 氏名, 住所, 生年月日 … (sealed at rest)
    form_sha256: str
    channel: str = "counter"
    my_number: MyNumber | None = None  # sealed in its own column, purged on acknowledgement

    def __post_init__(self) -> None:
        if len(self.form_sha256) != 64 or any(c not in "0123456789abcdef"
                                              for c in self.form_sha256):
            raise ValueError("form_sha256 must be 64 lowercase hex digits")
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}")


@dataclass(frozen=True)
class VisitEvent:
    """A queue/visit timestamp: the raw data of 処理件数・処理時間・待ち時間."""

    visit_id: str
    event: str
    at: float
    channel: str = "counter"
    procedure: str | None = None

    def __post_init__(self) -> None:
        if self.event not in EVENT_TYPES:
            raise ValueError(f"unknown event {self.event!r}")
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}")
        if self.event.startswith("service_") and not self.procedure:
            raise ValueError("service events name their procedure")


@dataclass(frozen=True)
class OutgoingRecord:
    """A claimed outbox row, decrypted for sending over mutual TLS."""

    key: str
    kind: str
    visit_id: str
    procedure: str | None
    created_at: float
    body: dict[str, Any]
    personal: dict[str, str] | None = field(default=None, repr=False)
    my_number: MyNumber | None = field(default=None, repr=False)

    def to_wire(self, kiosk_id: str) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "key": self.key, "kind": self.kind, "kiosk_id": kiosk_id,
            "visit_id": self.visit_id, "procedure": self.procedure,
            "created_at": self.created_at, "body": self.body,
        }
        if self.personal is not None:
            wire["personal"] = self.personal
        if self.my_number is not None:
            wire["my_number"] = self.my_number.reveal()
        return wire
