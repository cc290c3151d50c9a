"""What a visit leaves behind, through the encrypted outbox: queue events (no personal data),
one submission per procedure (its fields sealed, the SHA-256 of its printed form), and audit
entries for card reads, prints and staff logins (never their content)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from forms.model import FieldType
from forms.navigator import Decision
from forms.pdf.bundle import render_form
from forms.prefill import fill_procedure
from forms.session import Session
from kiosk.store import audit
from kiosk.store.outbox import Outbox
from kiosk.store.records import Submission, VisitEvent

# TicketQueue's event names -> the outbox's visit events
EVENTS = {"ticket_issued": "ticket_issued", "ticket_called": "called",
          "service_started": "service_start", "service_ended": "service_end",
          "ticket_transferred": "transferred", "ticket_no_show": "no_show",
          "ticket_done": "visit_end"}
CHANNELS = {"counter": "counter", "self": "self", "remote": "remote"}


class OutboxEventSink:
    """TicketQueue's event sink: every queue change, time-stamped, into the outbox."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox

    def record(self, kind: str, at: dt.datetime, data: dict[str, Any]) -> None:
        event = EVENTS.get(kind)
        if event is None:
            return
        self.outbox.enqueue_event(VisitEvent(
            visit_id=str(data.get("visit_id") or f"ticket-{data.get('ticket')}"),
            event=event, at=at.timestamp(), channel=CHANNELS.get(str(data.get("channel")),
                                                                 "counter"),
            procedure=data.get("procedure")))


def submissions(session: Session, decisions: list[Decision], *, visit_id: str,
                channel: str) -> list[Submission]:
    """One submission per decided procedure; the 個人番号 only where the procedure needs it."""
    out = []
    for decision in decisions:
        procedure = decision.procedure
        filled = fill_procedure(session, procedure)
        fields = {f.field.id: f.text for f in filled
                  if f.text and f.field.type is not FieldType.MY_NUMBER}
        pdf = render_form(session, decision).pdf
        # The card's 個人番号 travels only with a form that prints it (the subject's or the
        # 世帯主's), never with e.g. the deceased's form filed by a survivor (issue #12).
        printed = any(f.field.type is FieldType.MY_NUMBER and f.text for f in filled)
        number = session.card.my_number if procedure.needs_my_number and printed else None
        out.append(Submission(visit_id=visit_id, procedure=procedure.id, fields=fields,
                              form_sha256=hashlib.sha256(pdf).hexdigest(), channel=channel,
                              my_number=number))
    return out


def submit_visit(outbox: Outbox, session: Session, decisions: list[Decision], *,
                 visit_id: str, channel: str) -> list[str]:
    return [outbox.enqueue_submission(s)
            for s in submissions(session, decisions, visit_id=visit_id, channel=channel)]


def audit_card_read(outbox: Outbox, actor: str, *, integrity: str, with_number: bool,
                    credential: str = "pin") -> None:
    detail: dict[str, object] = {"integrity": integrity, "with_number": with_number}
    if credential != "pin":  # entries of PIN reads stay as they were
        detail["credential"] = credential
    audit.record(outbox.store, "card_read", actor, detail)


def audit_identity_check(outbox: Outbox, actor: str, *, face_integrity: str,
                         chip: str) -> None:
    """The clerk confirmed 「写真で本人確認しました」: who, and what the card face was judged
    (never the photo or any item of it)."""
    audit.record(outbox.store, "identity_check", actor,
                 {"method": "card_face_photo", "face_integrity": face_integrity, "chip": chip})


def audit_print(outbox: Outbox, actor: str, *, what: str, pages: int = 0) -> None:
    audit.record(outbox.store, "print", actor, {"what": what, "pages": pages})


def audit_login(outbox: Outbox, staff_id: str, *, role: str) -> None:
    audit.record(outbox.store, "staff_login", staff_id, {"role": role})
