"""The counter application on the building's shared queue: against the real back office a
ticket issued by another terminal is called with F2; with the back office down the counter
still serves walk-ins from its own range and the status strip says the queue is offline."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.pki import init_pki
from kiosk.queue.client import QueueClient
from kiosk.queue.shared import SharedTicketQueue
from kiosk.settings import BackofficeSettings, load_settings
from tests.outbox.services import Backoffice, free_port
from tests.pcsc.apphelpers import on_device_thread
from tests.pcsc.test_app_staff import login
from ui.call_display import CallDisplay
from ui.shell.app import AppOptions, build_hub, build_services, build_window


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("pki")
    init_pki(directory, kiosks=2)
    return directory


def counter_app(qtbot, tmp_path: Path, monkeypatch, pki: Path, url: str):
    home = tmp_path / "home"
    home.mkdir()
    (home / "kiosk.toml").write_text(
        f'demo = true\nkiosk_id = "kiosk-01"\n[backoffice]\nurl = "{url}"\n'
        f'ca = "{pki / "ca.pem"}"\ncert = "{pki / "kiosk-01.pem"}"\n'
        f'key = "{pki / "kiosk-01-key.pem"}"\ntimeout_seconds = 5\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_HOME", str(home))
    settings = load_settings()
    hub = build_hub(settings)
    services, queue = build_services(settings, hub)
    assert isinstance(queue, SharedTicketQueue)
    window = build_window(AppOptions(mode="staff"), settings, hub, queue, services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)  # the F-key shortcuts need focus
    hub.start()
    queue.start()
    return window, hub, services, queue


@pytest.fixture
def backoffice(pki: Path, tmp_path: Path) -> Iterator[Backoffice]:
    service = Backoffice(f"sqlite:///{tmp_path / 'backoffice.sqlite3'}", pki,
                         tmp_path / "backoffice-home")
    service.start()
    yield service
    service.stop()


def test_f2_calls_a_ticket_another_terminal_issued(qtbot, pcsc_stack, tmp_path, monkeypatch,
                                                   pki, backoffice) -> None:
    window, hub, services, queue = counter_app(qtbot, tmp_path, monkeypatch, pki,
                                               backoffice.url)
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
        queue.close()
        services.stop()
        hub.stop()


def test_offline_the_counter_serves_walk_ins_from_its_own_range(qtbot, pcsc_stack, tmp_path,
                                                                monkeypatch, pki) -> None:
    nobody = f"https://127.0.0.1:{free_port()}"
    window, hub, services, queue = counter_app(qtbot, tmp_path, monkeypatch, pki, nobody)
    try:
        login(qtbot, window)
        qtbot.waitUntil(lambda: queue.problem != "", timeout=15000)
        qtbot.waitUntil(lambda: "オフライン" in window.status.queue.text(), timeout=15000)
        qtbot.keyClick(window, Qt.Key.Key_F7)  # a walk-in ticket
        qtbot.waitUntil(lambda: window.queue_panel.waiting.count() == 1, timeout=15000)
        qtbot.keyClick(window, Qt.Key.Key_F2)
        assert window.queue_panel.current is not None
        assert window.queue_panel.current.label == "01-001"
    finally:
        queue.close()
        services.stop()
        hub.stop()


def test_the_call_display_shows_every_counters_calls(qtbot, pcsc_stack, tmp_path, monkeypatch,
                                                      pki, backoffice) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "kiosk.toml").write_text(
        f'demo = true\nkiosk_id = "kiosk-01"\n[backoffice]\nurl = "{backoffice.url}"\n'
        f'ca = "{pki / "ca.pem"}"\ncert = "{pki / "kiosk-01.pem"}"\n'
        f'key = "{pki / "kiosk-01-key.pem"}"\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_HOME", str(home))
    settings = load_settings()
    hub = build_hub(settings)
    services, queue = build_services(settings, hub)
    display = build_window(AppOptions(mode="display"), settings, hub, queue, services)
    qtbot.addWidget(display)
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
        queue.close()
        services.stop()
