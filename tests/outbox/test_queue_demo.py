"""``kiosk demo --mode self`` and ``--mode staff`` as two processes: each starts its own demo
back office on the demo's one SQLite file, so the two apps share the day's queue."""

from __future__ import annotations

from pathlib import Path

from kiosk.demo.backoffice import DemoBackoffice
from kiosk.queue.client import QueueClient
from kiosk.queue.local_numbers import LocalNumbers
from kiosk.settings import load_settings


def client_for(home: Path) -> QueueClient:
    settings = load_settings({"KIOSK_HOME": str(home)})
    assert settings.backoffice is not None
    return QueueClient(settings.backoffice)


def test_two_demo_apps_share_the_queue(tmp_path: Path) -> None:
    home = tmp_path / "kiosk-demo"
    self_service, staff = DemoBackoffice(home), DemoBackoffice(home)
    self_service.start()
    terminal = client_for(home)  # the self-service app read kiosk.toml before staff started
    try:
        staff.start()
        counter = client_for(home)
        try:
            assert self_service.url != staff.url
            ticket = terminal.issue({"procedures": ["juminhyo"], "channel": "self",
                                     "visit_id": "demo-visit"})
            called = counter.call_next("1番窓口")
            assert called is not None and called["label"] == ticket["label"] == "001"
            assert counter.issue({"procedures": [], "channel": "counter",
                                  "visit_id": "walk-in"})["label"] == "002"
        finally:
            counter.close()
    finally:
        terminal.close()
        staff.stop()
        self_service.stop()


def test_two_apps_on_one_home_never_repeat_an_offline_number(tmp_path: Path) -> None:
    path = tmp_path / "queue-local.json"
    first, second = LocalNumbers("01-", path), LocalNumbers("01-", path)
    assert [first.next("2026-12-01"), second.next("2026-12-01"), first.next("2026-12-01")] == [
        1, 2, 3]
