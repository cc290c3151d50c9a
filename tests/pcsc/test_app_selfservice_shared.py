"""The self-service terminal on the building's shared queue: the ticket it prints is called at
a counter (real back office); with the back office down it still prints one, numbered from the
terminal's own range, and the status strip says the queue is offline."""

from pathlib import Path

from kiosk.queue.client import QueueClient
from kiosk.queue.shared import SharedTicketQueue
from kiosk.settings import BackofficeSettings, load_settings
from kiosk.visit.selfservice import Screen
from tests.outbox.services import free_port
from tests.pcsc.test_app_selfservice import enter_pin, to_pin
from tests.pcsc.test_app_shared_queue import backoffice, pki  # noqa: F401
from ui.shell.app import AppOptions, build_hub, build_services, build_window


def terminal_app(qtbot, tmp_path: Path, monkeypatch, pki: Path, url: str):  # noqa: F811
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
    window = build_window(AppOptions(idle_seconds=60), settings, hub, queue, services)
    qtbot.addWidget(window)
    hub.start()
    queue.start()
    window.settings = settings
    return window


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


def close(window) -> None:
    window.reset()
    window.queue.close()
    window.services.stop()
    window.hub.stop()


def test_the_printed_ticket_is_called_at_a_counter(qtbot, pcsc_stack, insert_card, tmp_path,
                                                   monkeypatch, pki, backoffice):  # noqa: F811
    window = terminal_app(qtbot, tmp_path, monkeypatch, pki, backoffice.url)
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
        close(window)


def test_offline_the_terminal_still_prints_a_ticket(qtbot, pcsc_stack, insert_card, tmp_path,
                                                    monkeypatch, pki):  # noqa: F811
    window = terminal_app(qtbot, tmp_path, monkeypatch, pki, f"https://127.0.0.1:{free_port()}")
    try:
        qtbot.waitUntil(lambda: "オフライン" in window.status.queue.text(), timeout=15000)
        assert certificate_visit(qtbot, window, insert_card) == "01-001"
        printed = sorted((window.settings.home / "printed").glob("*.pdf"))
        assert "受付番号01-001" in printed[1].name
    finally:
        close(window)
