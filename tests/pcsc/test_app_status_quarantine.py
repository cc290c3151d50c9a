"""H2 in the app: a record the kiosk set aside shows in the status strip as
「送信できない記録: N件」 (in the resident's language too), and nothing else is held up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.pki import init_pki
from kiosk.store.records import VisitEvent
from tests.pcsc.apphelpers import on_device_thread
from tests.pcsc.test_app_staff import login, open_counter
from ui import i18n


@pytest.fixture
def counter(qtbot, pcsc_stack, tmp_path, monkeypatch):
    pki = tmp_path / "pki"
    init_pki(pki, kiosks=1)
    home = tmp_path / "home"
    home.mkdir()
    (home / "kiosk.toml").write_text(  # a back office that is not there: nothing is sent
        f'demo = true\nkiosk_id = "kiosk-01"\n[backoffice]\nurl = "https://127.0.0.1:9"\n'
        f'ca = "{pki / "ca.pem"}"\ncert = "{pki / "kiosk-01.pem"}"\n'
        f'key = "{pki / "kiosk-01-key.pem"}"\n', encoding="utf-8")
    yield from open_counter(qtbot, home, monkeypatch)


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
