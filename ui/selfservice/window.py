"""The self-service window: the flow, the device hub, the idle timeout and the call button.

Idle timeout and card removal both clear every personal datum (flow and pages) and return to
the start. With spoken guidance (``guide``) each new screen's guidance is spoken in the
resident's language, and the end of a visit silences it. There is no way out to the desktop from here: the window is full screen, has no
close control in kiosk mode, and Alt+F4 is swallowed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from devices.card.errors import CardError, CodeBLockedError, WrongCodeBError
from devices.card.reading import ReadReport
from devices.card.sensitive import Pin
from devices.card.status import CardStatus
from devices.card.watch import Presence, PresenceEvent
from devices.printing.port import PrintJob
from forms.pdf.bundle import render_bundle
from forms.pdf.ticket import render_ticket
from kiosk.queue.tickets import Ticket, TicketQueue
from kiosk.visit.codeb_entry import PrintedItemError, code_b_from_printed
from kiosk.visit.selfservice import PROBLEMS, Screen, SelfServiceFlow
from kiosk.visit.services import KioskServices
from ui import i18n
from ui.hub import CodeBRead, DeviceHub, Generation
from ui.i18n import translate
from ui.remote_branch import RemoteBranchLink
from ui.selfservice.codeb_page import CodeBPage
from ui.selfservice.page import set_text
from ui.selfservice.pages import PAGES, Page
from ui.speech import Guide
from ui.status import StatusStrip
from ui.widgets import button, label

IDLE_SECONDS = 60
USER_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin}


class SelfServiceWindow(QWidget):
    staff_called = Signal(str)  # why: "button", "print_failed", "ticket_failed", …

    def __init__(self, flow: SelfServiceFlow, hub: DeviceHub, queue: TicketQueue,
                 services: KioskServices, *,
                 self_service_events: tuple[str, ...], idle_seconds: int = IDLE_SECONDS,
                 kiosk_mode: bool = False, guide: Guide | None = None,
                 remote: RemoteBranchLink | None = None) -> None:
        super().__init__()
        self.flow, self.hub, self.queue, self.services = flow, hub, queue, services
        self.self_service_events = self_service_events
        self.idle_seconds = idle_seconds
        self.kiosk_mode = kiosk_mode
        self.guide = guide
        self._spoken: tuple[Screen, list[str]] | None = None  # what was last handed to speech
        self.remote = remote
        if remote is not None:
            remote.refresh = self.show_screen
        self.setWindowTitle("書かないワンストップ窓口")
        self.setAccessibleName("書かないワンストップ窓口")
        self.remaining = idle_seconds
        self._visits = Generation()  # a device result of a visit that was wiped is dropped
        self._build_widgets()
        self._layout()
        self._idle = QTimer(self)
        self._idle.setInterval(1000)
        self._idle.timeout.connect(self._tick)
        self._idle.start()
        self.hub.presence.connect(self._on_presence)
        self._attach_guide()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.show_screen()

    def _build_widgets(self) -> None:
        self.countdown = label("", name="countdown")
        self.call = button("", lambda: self.call_staff(), "call")  # not clicked's bool
        self.status = StatusStrip(self.hub)
        self.status.watch(self.services, self.hub)
        self.status.watch_queue(self.queue)
        self.remote_label = label("", name="remote session")
        self.stack = QStackedWidget()
        self.pages: dict[Screen, Page] = {}
        for page_class in PAGES:
            page = page_class(self)
            page.refresh()  # every control gets its text and accessible name up front
            self.pages[page.shows] = page
            self.stack.addWidget(page)

    def _attach_guide(self) -> None:
        guide = self.guide
        if guide is not None:
            guide.setParent(self)  # lives and dies with the window
            guide.state_changed.connect(lambda: self.status.set_speech(guide.state))
            self.status.set_speech(guide.state)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.countdown, 1)
        header.addWidget(self.call)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.remote_label)
        layout.addWidget(self.status)

    # -- navigation ---------------------------------------------------------------------------
    def show_screen(self) -> None:
        if self.flow.screen is Screen.LOCKED and not self.flow.staff_call:
            self.call_staff("locked")  # only the counter can help: staff is called for it
        page = self.pages[self.flow.screen]
        page.refresh()
        self.stack.setCurrentWidget(page)
        self.status.retranslate()
        if self.remote is not None:
            self.status.backoffice.setToolTip(self.remote.connected_text)
            self.remote_label.setText(self.remote.connected_text)
        set_text(self.call, translate("SelfService", "職員を呼ぶ"))
        self._speak(page)

    def choose_language(self, language: str) -> None:
        i18n.install(language)
        self.flow.choose_language(language)
        self.show_screen()
        self._query_card()  # the card may already be on the reader

    def pin_entered(self, value: str, *, with_number: bool) -> None:
        try:
            pin = Pin(value)
        except ValueError:
            self.flow.problem = PROBLEMS["pin_format"]
            self.show_screen()
            return
        self.flow.reading()
        self.show_screen()
        # The card was read even if the visit ended meanwhile: that is still audited.
        self.hub.read_card(pin, with_number=with_number,
                           on_done=self._visits.guard(self._on_read, self._audit_read),
                           on_failed=self._visits.guard(self._on_failed))

    def forgot_pin(self) -> None:
        self.flow.forgot_pin()
        self.show_screen()

    def back_to_pin(self) -> None:
        self.flow.back_to_pin()
        self.show_screen()

    def code_b_entered(self, era: str, birth: str, expiry_year: str, security: str) -> None:
        """The three printed items (照合番号B): built here, sent once, never retried."""
        page = self.pages[Screen.CODE_B]
        try:
            code = code_b_from_printed(era, birth, expiry_year, security)
        except PrintedItemError as error:
            self.flow.problem = PROBLEMS[f"code_b_{error.item}"]
            if isinstance(page, CodeBPage):
                page.go_to(error.item)
            self.show_screen()
            return
        if isinstance(page, CodeBPage):
            page.forget_typed()
        self.flow.reading()
        self.show_screen()
        self.hub.read_card_code_b(
            code, with_face=False,  # the photo is never shown on a self-service screen
            on_done=self._visits.guard(self._on_code_b_read, self._audit_code_b),
            on_failed=self._visits.guard(self._on_code_b_failed))

    def flow_confirm(self) -> None:
        self.flow.confirm()
        if self.remote is not None:  # confirming on screen is the consent to share it
            self.remote.confirmed()
        self.show_screen()

    def choose_life_event(self, life_event: str) -> None:
        self.flow.choose_life_event(life_event)
        if self.remote is not None:
            self.remote.life_event_chosen(life_event)
        self.show_screen()

    def answer(self, value: object) -> None:
        question = self.flow.question
        if self.flow.answer(value) and self.remote is not None and question is not None \
                and self.flow.session is not None:
            self.remote.answered(question.id, self.flow.session.answers[question.id])
        self.show_screen()

    def flow_skip(self) -> None:
        self.flow.skip()
        self.show_screen()

    def flow_back(self) -> None:
        self.flow.back()
        self.show_screen()

    def flow_print(self) -> None:
        self.flow.to_print()
        self.show_screen()
        if self.flow.screen is Screen.PRINTING:
            self._print()

    def call_staff(self, reason: str = "button") -> None:
        self.flow.call_staff(reason)
        self._announce_call()

    def _announce_call(self) -> None:
        """The flow's staff call goes out; while staff is on the way the header says so (the
        idle countdown does not overwrite it)."""
        self.staff_called.emit(self.flow.staff_call)
        self.countdown.setText(translate("SelfService", "職員が向かっています。そのままお待ちください"))

    def reset(self) -> None:
        """Forget the resident everywhere and go back to the start."""
        if self.remote is not None and self.flow.holds_personal_data():
            self.remote.visit_ended()
        self._visits.advance()
        self.flow.reset()
        if self.guide is not None:
            self.guide.stop()  # nothing of the visit goes on being said to whoever comes next
        for page in self.pages.values():
            page.clear()
        i18n.install("ja")
        self.remaining = self.idle_seconds
        self.show_screen()

    # -- devices --------------------------------------------------------------------------------
    def _print(self) -> None:
        session, decisions = self.flow.session, list(self.flow.decisions)
        if session is None:
            return
        pdf = render_bundle(session, decisions, self.flow.language).pdf
        folder = Path(tempfile.mkdtemp(prefix="kiosk-print-"))
        path = folder / "bundle.pdf"
        path.write_bytes(pdf)
        # On paper even if the visit was wiped meanwhile: that is still audited.
        self.hub.print_pdf(path, "申請書一式",
                           on_done=self._visits.guard(self._on_printed, self._audit_printed),
                           on_failed=self._visits.guard(self._on_print_failed), cleanup=folder)

    def _query_card(self) -> None:
        self.hub.card_status(self._visits.guard(self._on_status),
                             self._visits.guard(self._on_failed))

    def _on_presence(self, event: PresenceEvent) -> None:
        if event.kind in (Presence.CARD_REMOVED, Presence.SERVICE_LOST):
            had_data = self.flow.holds_personal_data()
            if had_data or self.flow.screen is not Screen.LANGUAGE:
                self.reset()
                if had_data and event.kind is Presence.CARD_REMOVED:
                    self.flow.card_removed()  # the start screen says why the visit ended
                    self.show_screen()
        elif event.kind is Presence.CARD_INSERTED and self.flow.screen is Screen.CARD:
            self._query_card()

    def _on_status(self, status: CardStatus) -> None:
        self.flow.card_present(status.pin_tries_left, pin_state=status.pin_state.value,
                               code_b_tries_left=status.code_b_tries_left,
                               certificate_expiry=status.certificate_expiry)
        self.show_screen()

    def _audit_code_b(self, read: CodeBRead) -> None:
        read.wipe()
        self.services.card_read(self.services.settings.kiosk_id,
                                integrity=read.report.data.integrity.value, with_number=False,
                                credential="code_b")

    def _on_code_b_read(self, read: CodeBRead) -> None:
        self._audit_code_b(read)
        if read.report.certificate_expiry is not None:
            self.flow.certificate_expiry = read.report.certificate_expiry
        self.flow.card_read(read.report.data, "code_b")
        self.show_screen()

    def _on_code_b_failed(self, error: Exception) -> None:
        if isinstance(error, WrongCodeBError):
            self.flow.code_b_failed(error.tries_left)
        elif isinstance(error, CodeBLockedError):
            self.flow.code_b_failed(0)
        elif isinstance(error, CardError):
            self.flow.read_failed(error)
        page = self.pages[Screen.CODE_B]
        if isinstance(page, CodeBPage):
            page.forget_typed()
            page.go_to("birth")  # a wrong code: the three items are checked again from ①
        self.show_screen()

    def _audit_read(self, report: ReadReport) -> None:
        self.services.card_read(self.services.settings.kiosk_id,
                                integrity=report.data.integrity.value,
                                with_number=report.data.my_number is not None)

    def _audit_printed(self, _: PrintJob | None = None) -> None:
        self.services.printed(self.services.settings.kiosk_id, what="bundle")

    def _on_read(self, report: ReadReport) -> None:
        self._audit_read(report)
        self.flow.card_read(report.data)
        self.show_screen()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, CardError):
            self.flow.read_failed(error)
        self.show_screen()

    def _on_printed(self, job: PrintJob) -> None:
        flow = self.flow
        procedures = tuple(d.procedure.id for d in flow.decisions)
        self.queue.pump()  # the latest board, so the printed wait counts everyone ahead
        ticket = self.queue.issue(procedures, "self")
        started = flow.started_at or ticket.issued_at
        for procedure in procedures:
            self.queue.record_service(ticket, procedure, started)
        if flow.session is not None:
            self.services.submit(flow.session, list(flow.decisions), visit_id=ticket.visit_id,
                                 channel="self")
        self._audit_printed()
        flow.printed(ticket.label)  # before the ticket: its failure finds the done screen
        self._print_ticket(ticket, [d.procedure.name for d in flow.decisions])
        self.show_screen()

    def _print_ticket(self, ticket: Ticket, procedures: list[str]) -> None:
        """The numbered ticket, printed after the forms (no personal data on it)."""
        pdf = render_ticket(ticket.label, procedures, self.queue.estimated_wait_minutes(ticket),
                            self.flow.catalogue.municipality.name, ticket.issued_at,
                            self.flow.language)
        folder = Path(tempfile.mkdtemp(prefix="kiosk-ticket-"))
        path = folder / "ticket.pdf"
        path.write_bytes(pdf)
        # The ticket after the forms: a failure keeps the done screen (the number shown
        # large, staff called) and never prints the forms again.
        self.hub.print_pdf(path, f"受付番号{ticket.label}", on_done=_nothing,
                           on_failed=self._visits.guard(self._on_ticket_failed), cleanup=folder)

    def _on_print_failed(self, error: Exception) -> None:
        self.flow.print_failed()
        self._announce_call()
        self.show_screen()

    def _on_ticket_failed(self, error: Exception) -> None:
        self.flow.ticket_print_failed()
        if self.flow.staff_call:
            self._announce_call()
        self.show_screen()

    # -- idle timeout and lockdown --------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in USER_EVENTS:
            self.remaining = self.idle_seconds
        return bool(self.kiosk_mode and isinstance(event, QKeyEvent)
                    and event.key() == Qt.Key.Key_F4
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)

    def _tick(self) -> None:
        if self.flow.screen is Screen.LANGUAGE and not self.flow.holds_personal_data():
            self.countdown.setText("")
            return
        self.remaining -= 1
        if self.remaining <= 0:
            self.reset()
            return
        if self.flow.staff_call:
            return  # 「職員が向かっています」 stays
        self.countdown.setText(translate("SelfService", "操作がないと {n} 秒で最初に戻ります").replace(
            "{n}", str(self.remaining)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.kiosk_mode:
            event.ignore()
            return
        self.reset()
        super().closeEvent(event)

    def _speak(self, page: Page) -> None:
        """Speak the page's guidance once per change (a screen, a question, a problem):
        show_screen also runs for device events that change nothing the resident hears."""
        if self.guide is None:
            return
        spoken = (page.shows, page.guidance())
        if spoken != self._spoken:
            self._spoken = spoken
            self.guide.speak(spoken[1], self.flow.language)


def _nothing(_: object) -> None:
    """The ticket printed: the visit is done already."""

