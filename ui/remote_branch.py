"""Branch mode (リモート窓口): the self-service terminal joined to a live session with a
specialist at the main office, through the back office.

The resident's confirmation of the card data on screen is the consent to share exactly those
items (never the 個人番号). Answers go both ways; a print the specialist requests is rendered and
printed here and acknowledged. The client's callbacks run on its connection thread, so they are
handed to the GUI thread through a queued signal.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from forms.pdf.bundle import render_bundle
from forms.session import CardFacts
from forms.validation import Invalid, check_value
from kiosk.remote.client import Endpoint
from kiosk.remote.kiosk_audit import KioskAuditWriter
from kiosk.remote.roles import CARD_KEYS, BranchClient
from kiosk.settings import Settings
from kiosk.visit.selfservice import Screen, SelfServiceFlow
from ui.hub import DeviceHub


class RemoteBranchLink(QObject):
    received = Signal(object)  # an event dict from the client thread

    def __init__(self, settings: Settings, flow: SelfServiceFlow, hub: DeviceHub) -> None:
        super().__init__()
        if settings.backoffice is None:
            raise ValueError("branch mode needs [backoffice] in kiosk.toml (kiosk init)")
        office = settings.backoffice
        self.flow, self.hub = flow, hub
        self.refresh: Any = None  # the window's show_screen, set by the window
        self.printed_jobs: list[str] = []
        self.audit = KioskAuditWriter.for_kiosk(settings)
        self.client = BranchClient(Endpoint(office.url, office.ca, office.cert, office.key),
                                   settings.kiosk_id, on_event=self.received.emit,
                                   on_print=self._print_requested, audit=self.audit)
        self.connected_text = ""  # who is connected, and the video system's status
        self.received.connect(self._on_event)

    def start(self) -> None:
        self.client.start()

    def stop(self) -> None:
        self.client.close()
        self.audit.close()

    # -- from the resident's side -----------------------------------------------------------------
    def confirmed(self) -> None:
        """The resident confirmed the card data on screen and agreed to share it."""
        card = self.flow.card
        if card is None:
            return
        basic4 = card.basic4
        self.client.record_consent(CARD_KEYS)
        self.client.share_card(CardFacts(basic4.name, basic4.address, basic4.birth_date,
                                         basic4.sex))

    def life_event_chosen(self, life_event: str) -> None:
        self.client.edit("life_event", life_event)

    def answered(self, question_id: str, value: Any) -> None:
        self.client.edit(f"answers.{question_id}", _wire(value))

    def visit_ended(self) -> None:
        self.client.withdraw_consent()
        self.client.end_visit()

    # -- from the main office ---------------------------------------------------------------------
    def _on_event(self, event: dict[str, Any]) -> None:
        if event.get("event") == "_print":
            self.print_job(str(event["job_id"]), list(event["forms"]))
            return
        if event.get("event") == "presence":
            self._show_presence(list(event.get("participants", [])))
            return
        if event.get("event") != "op" or event.get("mine"):
            return
        field, value = str(event["field"]), event["value"]
        if field.startswith("answers.") and self.flow.session is not None:
            self._apply_answer(field.removeprefix("answers."), value)

    def _show_presence(self, participants: list[dict[str, Any]]) -> None:
        staff = [str(p.get("name")) for p in participants if p.get("role") != "branch"]
        video = self.client.state.values.get("video.status")
        text = (f"本庁の職員と接続中 / connected to the main office: {', '.join(staff)}"
                if staff else "本庁の職員は未接続 / no specialist connected")
        self.connected_text = text + (f"　映像 / video: {video}" if video else "")
        if self.refresh is not None:
            self.refresh()

    def _apply_answer(self, question_id: str, value: Any) -> None:
        question = self.flow.catalogue.questions.get(question_id)
        session = self.flow.session
        if question is None or session is None:
            return
        try:
            session.answers[question_id] = check_value(
                question.type, value, [c[0] for c in question.choices])
        except Invalid:
            return  # the specialist's form validates too; a bad value is ignored here
        if self.flow.screen in (Screen.QUESTION, Screen.REVIEW):
            self.flow.refresh_questions()
            if self.refresh is not None:
                self.refresh()

    def _print_requested(self, job_id: str, forms: list[str]) -> None:
        self.received.emit({"event": "_print", "job_id": job_id, "forms": forms})

    # runs on the GUI thread through the queued signal
    def print_job(self, job_id: str, forms: list[str]) -> None:
        session = self.flow.session
        decisions = [d for d in self.flow.decisions if not forms or d.procedure.id in forms]
        if session is None or not decisions:
            self.client.ack_print(job_id, False, "nothing to print yet")
            return
        folder = Path(tempfile.mkdtemp(prefix="kiosk-remote-"))
        path = folder / "bundle.pdf"
        path.write_bytes(render_bundle(session, decisions, self.flow.language).pdf)
        printer = self.hub.printer

        def job() -> str:
            try:
                printer.print_pdf(path, f"remote-{job_id}")
            finally:
                path.unlink(missing_ok=True)
                folder.rmdir()
            return job_id
        self.hub.run(job, self._printed, partial(self._print_failed, job_id))

    def _printed(self, job_id: str) -> None:
        self.printed_jobs.append(job_id)
        self.client.ack_print(job_id, True)

    def _print_failed(self, job_id: str, error: Exception) -> None:
        self.client.ack_print(job_id, False, str(error)[:200])


def _wire(value: Any) -> Any:
    """Answers as JSON: dates as ISO text, member lists with ISO dates."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: _wire(v) for k, v in value.items()}
    return value
