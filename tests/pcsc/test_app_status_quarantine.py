"""H2 in the app: a record the kiosk set aside shows in the status strip as
「送信できない記録: N件」 (in the resident's language too), and nothing else is held up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.pki import init_pki
from kiosk.store.records import VisitEvent
from tests.support.app import login
from tests.support.config import KioskConfig
from tests.support.qt import on_device_thread
from ui import i18n
from ui.shell.app import AppOptions


@pytest.fixture
def counter(pcsc_stack, tmp_path, open_app):
    pki = tmp_path / "pki"
    init_pki(pki, kiosks=1)
    # A back office that is not there: nothing is sent, the records stay here.
    home = KioskConfig(tmp_path / "home").demo().backoffice("https://127.0.0.1:9", pki).write()
    return open_app(home, AppOptions(mode="staff"), show=True).window


def quarantine_two(outbox) -> None:
    for visit in ("v1", "v2"):
        outbox.enqueue_event(VisitEvent(visit, "ticket_issued", float("nan")))  # cannot encode
    outbox.enqueue_event(VisitEvent("v3", "ticket_issued", 1.0))
    outbox.claim_batch(10)


def test_the_status_strip_shows_quarantined_records(qtbot, counter, tmp_path):
    login(qtbot, counter)
    strip = counter.status
    assert strip.quarantined.isHidden()
    on_device_thread(qtbot, counter.hub, lambda: quarantine_two(counter.services.outbox()))
    strip._poll()
    qtbot.waitUntil(lambda: not strip.quarantined.isHidden(), timeout=10000)
    assert strip.quarantined.text() == "送信できない記録: 2件（職員が確認します）"
    assert strip.quarantined.accessibleName() == "送信できない記録"
    counter.resize(1280, 800)  # the counter's screen
    qtbot.wait(50)
    shot = Path(os.environ.get("KIOSK_STATUS_PNG", tmp_path / "status-quarantined.png"))
    assert counter.grab().save(str(shot))
    try:
        assert i18n.install("en")
        strip.retranslate()
        assert strip.quarantined.text() == "Records that cannot be sent: 2 (staff will check)"
    finally:
        i18n.install("ja")
        strip.retranslate()
