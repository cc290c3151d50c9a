"""The counter application: login, the queue, the visit editor; supervisors see the dashboard."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from forms.model import Catalogue
from forms.navigator import Decision
from forms.session import Session
from kiosk.payments.sources import payable_source
from kiosk.queue.tickets import TicketQueue
from kiosk.staff import StaffDirectory, StaffMember
from kiosk.visit.services import KioskServices
from ui.hub import DeviceHub
from ui.i18n import translate
from ui.staff.login import LoginPage
from ui.staff.queue_panel import QueuePanel
from ui.staff.remote_counter import RemoteCounter
from ui.staff.slips import SlipPanel
from ui.staff.visit import VisitEditor
from ui.status import StatusStrip
from ui.widgets import label

CTX = "Staff"


class StaffWindow(QWidget):
    def __init__(self, catalogue: Catalogue, hub: DeviceHub, queue: TicketQueue,
                 services: KioskServices, counter: str = "1番窓口") -> None:
        super().__init__()
        self.setWindowTitle(translate("Staff", "書かないワンストップ窓口 — 職員"))
        self.setAccessibleName(translate("Staff", "職員画面"))
        settings = services.settings
        self.services, self.queue, self.hub = services, queue, hub
        directory = StaffDirectory(settings.home / "staff.toml")
        if settings.demo:
            directory.seed_demo()
        self.member: StaffMember | None = None
        self.login = LoginPage(directory)
        self.queue_panel = QueuePanel(queue, counter)
        self.visit = VisitEditor(catalogue, hub)
        self._connect_visit()
        self.who = label("", name=translate("Staff", "ログイン中の職員"))
        self.slips = SlipPanel(hub, payable_source(settings), settings.home)
        self.tabs = self._tabs()
        self.status = StatusStrip(hub)
        self.status.watch(services, hub)
        self.status.watch_queue(queue)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self._main_page())
        QVBoxLayout(self).addWidget(self.stack)
        self.login.logged_in.connect(self._logged_in)
        self._shortcuts()

    def _connect_visit(self) -> None:
        self.visit.card_was_read.connect(self._card_read)
        self.visit.code_b_was_read.connect(
            lambda integrity: self.services.card_read(self._actor(), integrity=integrity,
                                                      with_number=False, credential="code_b"))
        self.visit.identity_checked.connect(
            lambda face, chip: self.services.identity_checked(self._actor(),
                                                              face_integrity=face, chip=chip))
        self.visit.was_printed.connect(
            lambda: self.services.printed(self._actor(), what="bundle"))
        self.visit.submitted.connect(self._submitted)
        self.visit.closed.connect(self.queue_panel.finish_current)

    def _tabs(self) -> QTabWidget:
        """窓口 (the queue and the visit), 納付書 and リモート窓口; the dashboard joins later."""
        counter_page = QWidget()
        row = QHBoxLayout(counter_page)
        row.addWidget(self.queue_panel, 1)
        row.addWidget(self.visit, 4)
        tabs = QTabWidget()
        tabs.addTab(counter_page, translate("Staff", "窓口"))
        tabs.addTab(self.slips, translate("Staff", "納付書"))
        self.remote = RemoteCounter(self.services.settings)
        tabs.addTab(self.remote, translate("Staff", "リモート窓口"))
        return tabs

    def _main_page(self) -> QWidget:
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.addWidget(self.who)
        main_layout.addWidget(self.tabs)
        main_layout.addWidget(self.status)
        return main

    def _shortcuts(self) -> None:
        keys = {"F2": self.queue_panel.call_next, "F3": self.queue_panel.recall,
                "F4": self.queue_panel.transfer, "F6": self.queue_panel.no_show,
                "F7": self.queue_panel.issue_walk_in, "F5": self.visit.read_card,
                "F8": self.visit.run_navigator, "F9": self.visit.preview,
                "F10": self.visit.ask_preapp,
                "Ctrl+P": self.visit.print_bundle, "Ctrl+S": self.visit.submit,
                "Ctrl+W": self.close_visit, "Ctrl+L": self.slips.issue}
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    def _logged_in(self, member: StaffMember) -> None:
        self.member = member
        self.services.login(member.id, member.role)
        if member.is_supervisor:
            self._add_dashboard()
        role = translate("Staff", "管理者") if member.is_supervisor else translate("Staff", "職員")
        self.who.setText(f"{member.name}（{role}）")
        self.stack.setCurrentIndex(1)

    def close_visit(self) -> None:
        self.visit.close_visit()
        self.slips.clear()

    def _actor(self) -> str:
        return self.member.id if self.member is not None else self.services.settings.kiosk_id

    def _card_read(self, integrity: str, with_number: bool) -> None:
        self.services.card_read(self._actor(), integrity=integrity, with_number=with_number)

    def _submitted(self, session: Session, decisions: list[Decision]) -> None:
        """Service times per procedure into the queue, the forms into the encrypted outbox."""
        ticket = self.queue_panel.current
        if ticket is None:
            ticket = self.queue_panel.current = self.queue.serve_walk_in(self.queue_panel.counter)
        started = ticket.called_at or ticket.issued_at
        for decision in decisions:
            self.queue.record_service(ticket, decision.procedure.id, started)
        self.services.submit(session, decisions, visit_id=ticket.visit_id, channel="counter")

    def _add_dashboard(self) -> None:
        from ui.staff.dashboard import Dashboard

        if self.tabs.count() == 3:
            self.tabs.addTab(Dashboard(self.services, self.hub),
                             translate("Staff", "処理件数・処理時間・待ち時間"))
