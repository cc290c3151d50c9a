"""The self-service terminal on the building's shared queue: the ticket it prints is called at
a counter (real back office); with the back office down it still prints one, numbered from the
terminal's own range, and the status strip says the queue is offline."""

from pathlib import Path

from kiosk.queue.client import QueueClient
from kiosk.queue.shared import SharedTicketQueue
from kiosk.settings import BackofficeSettings
from kiosk.visit.selfservice import Screen
from tests.support.app import enter_pin, to_pin
from tests.support.config import KioskConfig
from tests.support.net import free_port
from ui.shell.app import AppOptions


def terminal_app(open_app, tmp_path: Path, pki: Path, url: str):
    home = (KioskConfig(tmp_path / "home").demo()
            .backoffice(url, pki, timeout_seconds=5).write())
    app = open_app(home, AppOptions(idle_seconds=60))
    assert isinstance(app.queue, SharedTicketQueue)
    return app.window


def certificate_visit(qtbot, window, insert_card) -> str:
    insert_card("yamada_taro")
    to_pin(qtbot, window)
    enter_pin(qtbot, window, "1234", Screen.CONFIRM)
    window.flow_confirm()
    window.choose_life_event("certificates")
    for value in ("ヤマダ　タロウ", "090-1234-5678", ["juminhyo"], 2, "bank"):
        window.answer(value)
    window.flow_print()
    qtbot.waitUntil(lambda: window.flow.screen is Screen.DONE, timeout=15000)
    folder = window.settings.home / "printed"
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 2, timeout=10000)
    return window.pages[Screen.DONE].ticket.text()


def test_the_printed_ticket_is_called_at_a_counter(qtbot, pcsc_stack, insert_card, tmp_path,
                                                   pki, backoffice, open_app):
    window = terminal_app(open_app, tmp_path, pki, backoffice.url)
    counter = QueueClient(BackofficeSettings(backoffice.url, pki / "ca.pem",
                                             pki / "kiosk-02.pem", pki / "kiosk-02-key.pem"))
    try:
        qtbot.waitUntil(lambda: window.status.queue.text() == "順番待ち: 共有", timeout=15000)
        qtbot.waitUntil(lambda: window.queue._reserved is not None, timeout=15000)
        label = certificate_visit(qtbot, window, insert_card)
        assert label == "001"
        qtbot.waitUntil(lambda: window.queue._submitted == window.queue._done, timeout=15000)
        called = counter.call_next("1番窓口")
        assert called is not None
        assert (called["label"], called["channel"], called["procedures"]) == (
            "001", "self", ["juminhyo_koufu"])
        assert called["visit_id"] == window.queue.tickets[0].visit_id
    finally:
        counter.close()


def test_offline_the_terminal_still_prints_a_ticket(qtbot, pcsc_stack, insert_card, tmp_path,
                                                    pki, open_app):
    window = terminal_app(open_app, tmp_path, pki, f"https://127.0.0.1:{free_port()}")
    qtbot.waitUntil(lambda: "オフライン" in window.status.queue.text(), timeout=15000)
    assert certificate_visit(qtbot, window, insert_card) == "01-001"
    printed = sorted((window.settings.home / "printed").glob("*.pdf"))
    assert "受付番号01-001" in printed[1].name
