"""Scripted visits for `kiosk demo --walkthrough OUTDIR`: one at the self-service terminal,
one at the counter, through the real card stack, then a 納付書 for the demo payable (found
through the demo back office); a PNG of every screen and the printed PDFs."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from kiosk.queue.tickets import TicketQueue
from kiosk.settings import Settings
from kiosk.visit.selfservice import Screen
from kiosk.visit.services import KioskServices
from ui import theme
from ui.call_display import CallDisplay
from ui.selfservice.window import SelfServiceWindow
from ui.shell.app import AppOptions, application, build_hub, build_window
from ui.staff.window import StaffWindow

W = TypeVar("W", bound=QWidget)
ANSWERS = {"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678",
           "certificates": ["juminhyo", "shotoku"], "copies": 1, "purpose": "bank",
           "tax_year": 2026}


class Walkthrough:
    def __init__(self, out: Path, settings: Settings, pin: str) -> None:
        self.out, self.settings, self.pin = out, settings, pin
        self.app = application()
        theme.apply(self.app)
        self.count = 0
        out.mkdir(parents=True, exist_ok=True)
        # The demo's print folder outlives a run: only what this walkthrough prints is its own.
        self.earlier_prints = set(self.printed_folder.glob("*.pdf"))

    @property
    def printed_folder(self) -> Path:
        return self.settings.home / "printed"

    def new_prints(self) -> list[Path]:
        return sorted(set(self.printed_folder.glob("*.pdf")) - self.earlier_prints)

    def shot(self, widget: QWidget, name: str) -> None:
        self.app.processEvents()
        self.count += 1
        widget.grab().save(str(self.out / f"{self.count:02d}-{name}.png"))

    def wait(self, condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("the walkthrough timed out")
            self.app.processEvents()
            time.sleep(0.02)

    @staticmethod
    def services_detach(services: KioskServices) -> None:
        services.detach()
        services.execute = lambda job: job()  # the device thread is about to go away

    def self_service(self, queue: TicketQueue, services: KioskServices) -> None:
        hub = build_hub(self.settings)
        services.execute = hub.execute
        window = build_window(AppOptions(), self.settings, hub, queue, services)
        if not isinstance(window, SelfServiceWindow):
            raise TypeError("mode self builds the self-service window")
        window.resize(1280, 900)
        window.show()
        hub.start()
        try:
            self._self_service_steps(window)
        finally:
            window.reset()
            self.services_detach(services)
            hub.stop()
            window.close()

    def _self_service_steps(self, w: SelfServiceWindow) -> None:
        flow = w.flow
        self.shot(w, "self-language")
        w.choose_language("ja")
        self.wait(lambda: flow.screen is Screen.PIN)
        self.shot(w, "self-pin")
        w.pin_entered(self.pin, with_number=False)
        self.wait(lambda: flow.screen is Screen.CONFIRM)
        self.shot(w, "self-confirm")
        w.flow_confirm()
        self.shot(w, "self-life-event")
        w.choose_life_event("certificates")
        while flow.screen is Screen.QUESTION and flow.question is not None:
            self.shot(w, f"self-question-{flow.question.id}")
            w.answer(ANSWERS[flow.question.id])
        self.shot(w, "self-review")
        w.flow_print()
        self.wait(lambda: flow.screen is Screen.DONE)
        self.shot(w, "self-ticket")

    def staff(self, queue: TicketQueue, services: KioskServices) -> None:
        theme.apply(self.app, staff=True)
        hub = build_hub(self.settings)
        services.execute = hub.execute
        window = build_window(AppOptions(mode="staff"), self.settings, hub, queue, services)
        if not isinstance(window, StaffWindow):
            raise TypeError("mode staff builds the staff window")
        window.resize(1400, 900)
        window.show()
        hub.start()
        display = CallDisplay(queue)
        display.resize(1280, 720)
        try:
            self._staff_steps(window, display)
        finally:
            window.visit.close_visit()
            self.services_detach(services)
            hub.stop()
            window.close()
            display.close()

    def _staff_steps(self, w: StaffWindow, display: CallDisplay) -> None:
        from kiosk.staff import DEMO_PASSWORD

        self.shot(w, "staff-login")
        w.login.staff_id.setText("clerk01")
        w.login.password.setText(DEMO_PASSWORD)
        w.login.try_login()
        w.queue_panel.call_next()
        display.refresh()
        self.shot(display, "call-display")
        visit = w.visit
        visit.pin.setText(self.pin)
        visit.read_card()
        self.wait(lambda: bool(visit.card_inputs["name"].text()))
        visit.life_event.setCurrentIndex(visit.life_event.findData("moving_in"))
        _fill_answers(visit.answers.inputs)
        visit.run_navigator()
        self.shot(w, "staff-decided")
        visit.preview()
        self.wait(lambda: visit.preview_area.widget() is not None)
        self.shot(w, "staff-preview")
        visit.print_bundle()
        self.wait(lambda: len(self.new_prints()) >= 3)  # two bundles and the ticket
        self._slip_steps(w)

    def _slip_steps(self, w: StaffWindow) -> None:
        example = self.settings.home / "payables" / "example.json"  # seeded by kiosk demo
        notice = json.loads(example.read_text(encoding="utf-8"))["notice_number"]
        slips = w.slips
        w.tabs.setCurrentWidget(slips)
        slips.notice.setText(notice)
        slips.search()
        self.wait(lambda: slips.results.count() > 0)
        self.shot(w, "staff-slip")
        slips.issue()
        self.wait(lambda: any("納付書" in p.name for p in self.new_prints()), 60.0)


def _fill_answers(inputs: dict[str, QWidget]) -> None:
    """The clerk's answers for the moving-in visit, typed and chosen in the answer form."""
    for qid, text in (("furigana", "ヤマダ　タロウ"), ("phone", "03-1234-5678"),
                      ("moved_on", "2026-11-20"), ("new_address", "東京都みらい市本町一丁目２番３号"),
                      ("new_postal_code", "190-0012")):
        _input(inputs, qid, QLineEdit).setText(text)
    for qid, value in (("head_is_self", True), ("insurance", "kokuho"),
                       ("wants_seal_registration", True)):
        combo = _input(inputs, qid, QComboBox)
        combo.setCurrentIndex(combo.findData(value))


def _input(inputs: dict[str, QWidget], qid: str, kind: type[W]) -> W:
    widget = inputs[qid]
    if not isinstance(widget, kind):
        raise TypeError(f"the answer form's {qid} is a {type(widget).__name__}")
    return widget


def _wait_for_delivery(services: KioskServices, timeout_s: float = 20.0) -> None:
    """With a back office configured, let the sync loop deliver what the visits left."""
    if services.sync is None:
        return
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        services.sync.nudge()
        depth = services.status().get("depth", {})
        if not depth.get("pending") and not depth.get("in_flight"):
            return
        time.sleep(0.3)


def run_walkthrough(out: Path, settings: Settings, pin: str) -> int:
    walk = Walkthrough(out, settings, pin)
    services = KioskServices(settings)
    queue = TicketQueue(services.event_sink())
    services.start()
    try:
        walk.self_service(queue, services)
        walk.staff(queue, services)
        _wait_for_delivery(services)
    finally:
        services.stop()
    for pdf in walk.new_prints():
        shutil.copy(pdf, out / pdf.name)
    QApplication.processEvents()
    return 0
