"""The kiosk's back-end services for the app: the outbox (opened on the device worker thread,
the only thread that touches it), the queue's event sink, audit entries and the sync loop."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from forms.navigator import Decision
from forms.session import Session
from kiosk.metrics import MetricRow, aggregate
from kiosk.settings import Settings
from kiosk.store.crypto import KeyFileError
from kiosk.store.errors import StoreError
from kiosk.store.outbox import Outbox
from kiosk.store.service import open_outbox
from kiosk.store.sync import SyncLoop
from kiosk.visit.visitlog import (
    OutboxEventSink,
    audit_card_read,
    audit_identity_check,
    audit_login,
    audit_print,
    submit_visit,
)

log = logging.getLogger("kiosk.visit.services")
Execute = Callable[[Callable[[], Any]], None]


class KioskServices:
    def __init__(self, settings: Settings, execute: Execute | None = None) -> None:
        self.settings = settings
        self.execute: Execute = execute or (lambda job: job())
        self._outbox: Outbox | None = None
        self.problem = ""  # the last store problem, one line, for the status strip
        self.sync = SyncLoop(settings) if settings.backoffice is not None else None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        if self.sync is not None:
            self.sync.start()

    def stop(self) -> None:
        if self.sync is not None and self.sync.ident is not None:  # started
            self.sync.stop()
        self.detach()

    def detach(self) -> None:
        """Close the outbox on the executing thread (before that thread goes away)."""
        self.execute(self._close)

    def outbox(self) -> Outbox | None:
        """The outbox, opened on first use; call only from the executing thread."""
        if self._outbox is None:
            try:
                self._outbox = open_outbox(self.settings)
            except (StoreError, KeyFileError) as error:
                self.problem = str(error)
                log.error("outbox: %s", error)
        return self._outbox

    def _close(self) -> None:
        if self._outbox is not None:
            self._outbox.store.close()
            self._outbox = None

    # -- records ---------------------------------------------------------------------------------
    def event_sink(self) -> _DeferredSink:
        return _DeferredSink(self)

    def card_read(self, actor: str, *, integrity: str, with_number: bool,
                  credential: str = "pin") -> None:
        self._do(lambda o: audit_card_read(o, actor, integrity=integrity, with_number=with_number,
                                           credential=credential))

    def identity_checked(self, actor: str, *, face_integrity: str, chip: str) -> None:
        self._do(lambda o: audit_identity_check(o, actor, face_integrity=face_integrity,
                                                chip=chip))

    def printed(self, actor: str, *, what: str) -> None:
        self._do(lambda o: audit_print(o, actor, what=what))

    def login(self, staff_id: str, role: str) -> None:
        self._do(lambda o: audit_login(o, staff_id, role=role))

    def submit(self, session: Session, decisions: list[Decision], *, visit_id: str,
               channel: str) -> None:
        """Queue one submission per procedure; works on a copy, so the visit can be closed."""
        copy = dataclasses.replace(session, card=dataclasses.replace(session.card),
                                   answers=dict(session.answers))

        def job(outbox: Outbox) -> None:
            submit_visit(outbox, copy, list(decisions), visit_id=visit_id, channel=channel)
            if self.sync is not None:
                self.sync.nudge()
        self._do(job)

    def status(self) -> dict[str, Any]:
        """Depth per state and the last sync result (run it on the executing thread)."""
        outbox = self.outbox()
        return outbox.status() if outbox is not None else {"error": self.problem}

    def metrics(self, period: str = "hour") -> list[MetricRow]:
        outbox = self.outbox()
        events = outbox.visit_events() if outbox is not None else []
        return aggregate(events, "day" if period == "day" else "hour")

    def _do(self, job: Callable[[Outbox], None]) -> None:
        def run() -> None:
            outbox = self.outbox()
            if outbox is None:
                return
            try:
                job(outbox)
            except (StoreError, KeyFileError) as error:
                self.problem = str(error)
                log.error("outbox: %s", error)
        self.execute(run)


class _DeferredSink:
    """A TicketQueue sink that writes on the executing thread, not the caller's."""

    def __init__(self, services: KioskServices) -> None:
        self._services = services

    def record(self, kind: str, at: dt.datetime, data: dict[str, Any]) -> None:
        self._services._do(lambda outbox: OutboxEventSink(outbox).record(kind, at, data))
