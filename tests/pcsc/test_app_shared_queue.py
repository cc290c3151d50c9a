"""The counter application on the building's shared queue: against the real back office a
ticket issued by another terminal is called with F2; with the back office down the counter
still serves walk-ins from its own range and the status strip says the queue is offline."""

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.queue.client import QueueClient
from kiosk.queue.shared import SharedTicketQueue
from kiosk.settings import BackofficeSettings
from tests.support.app import login
from tests.support.config import KioskConfig
from tests.support.net import free_port
from tests.support.qt import on_device_thread
from ui.call_display import CallDisplay
from ui.shell.app import AppOptions


def counter_app(open_app, tmp_path: Path, pki: Path, url: str):
    home = (KioskConfig(tmp_path / "home").demo()
            .backoffice(url, pki, timeout_seconds=5).write())
    app = open_app(home, AppOptions(mode="staff"), focus=True)  # the F-key shortcuts need focus
    assert isinstance(app.queue, SharedTicketQueue)
    return app.window, app.hub, app.services, app.queue


def test_f2_calls_a_ticket_another_terminal_issued(qtbot, pcsc_stack, tmp_path, pki,
                                                   backoffice, open_app) -> None:
    window, hub, services, _queue = counter_app(open_app, tmp_path, pki, backoffice.url)
    terminal = QueueClient(BackofficeSettings(backoffice.url, pki / "ca.pem",
                                              pki / "kiosk-02.pem", pki / "kiosk-02-key.pem"))
    try:
        login(qtbot, window)
        qtbot.waitUntil(lambda: window.status.queue.text() == "順番待ち: 共有", timeout=15000)
        label = terminal.issue({"procedures": ["juminhyo"], "channel": "self",
                                "visit_id": "visit-from-terminal"})["label"]
        qtbot.waitUntil(lambda: window.queue_panel.waiting.count() == 1, timeout=15000)
        qtbot.keyClick(window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: window.queue_panel.current is not None, timeout=15000)
        assert window.queue_panel.current.label == label
        board = terminal.board()
        assert [(t["label"], t["state"], t["counter"]) for t in board["tickets"]] == [
            (label, "called", "1番窓口")]
        events = on_device_thread(qtbot, hub, lambda: services.outbox().visit_events())
        assert [(e["event"], e["visit_id"]) for e in events] == [
            ("called", "visit-from-terminal")]  # into this counter's own outbox
    finally:
        terminal.close()


def test_offline_the_counter_serves_walk_ins_from_its_own_range(qtbot, pcsc_stack, tmp_path,
                                                                pki, open_app) -> None:
    nobody = f"https://127.0.0.1:{free_port()}"
    window, _hub, _services, queue = counter_app(open_app, tmp_path, pki, nobody)
    login(qtbot, window)
    qtbot.waitUntil(lambda: queue.problem != "", timeout=15000)
    qtbot.waitUntil(lambda: "オフライン" in window.status.queue.text(), timeout=15000)
    qtbot.keyClick(window, Qt.Key.Key_F7)  # a walk-in ticket
    qtbot.waitUntil(lambda: window.queue_panel.waiting.count() == 1, timeout=15000)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.queue_panel.current is not None
    assert window.queue_panel.current.label == "01-001"


def test_the_call_display_shows_every_counters_calls(qtbot, pcsc_stack, tmp_path, pki,
                                                      backoffice, open_app) -> None:
    home = KioskConfig(tmp_path / "home").demo().backoffice(backoffice).write()
    app = open_app(home, AppOptions(mode="display"), start=False)
    display, queue = app.window, app.queue
    assert isinstance(display, CallDisplay) and isinstance(queue, SharedTicketQueue)
    counters = QueueClient(BackofficeSettings(backoffice.url, pki / "ca.pem",
                                              pki / "kiosk-02.pem", pki / "kiosk-02-key.pem"))
    queue.start()
    try:
        for visit in ("a", "b", "c"):
            counters.issue({"procedures": [], "channel": "counter", "visit_id": visit})
        counters.call_next("1番窓口")
        counters.call_next("2番窓口")

        def shown() -> set[tuple[str, str]]:
            return {(display.numbers[i].text(), display.counters[i].text()) for i in range(3)}

        # a board from between the requests may show first: wait for the one after them all
        qtbot.waitUntil(lambda: display.waiting.text() == "お待ちの方: 1人"
                        and shown() == {("001", "1番窓口"), ("002", "2番窓口"), ("", "")},
                        timeout=15000)
    finally:
        counters.close()
