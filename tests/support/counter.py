"""The counter (``kiosk app --mode staff``) over the real PC/SC stack: the ``counter`` and
``office_counter`` fixtures, and the slips panel driven as a clerk drives it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.support.app import OpenApp
from tests.support.backoffice import Backoffice
from tests.support.config import KioskConfig
from ui.shell.app import AppOptions


@pytest.fixture
def counter(pcsc_stack: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            open_app: OpenApp) -> Any:
    """A counter in demo mode (local payables, demo staff)."""
    monkeypatch.setenv("KIOSK_DEMO", "1")
    return open_app(tmp_path / "home", AppOptions(mode="staff"), show=True).window


@pytest.fixture
def office_counter(pcsc_stack: Any, tmp_path: Path, backoffice: Backoffice,
                   open_app: OpenApp) -> Any:
    """A counter whose payables come from the real back office (mutual TLS as kiosk-01)."""
    home = KioskConfig(tmp_path / "home").demo().backoffice(backoffice).write()
    return open_app(home, AppOptions(mode="staff"), show=True).window


def search_slips(qtbot: Any, counter: Any, notice: str) -> int:
    """Search as a clerk does; the answer comes from the device thread, not at once."""
    counter.tabs.setCurrentWidget(counter.slips)
    counter.slips.notice.setText(notice)
    qtbot.keyClick(counter.slips.notice, Qt.Key.Key_Return)
    assert counter.slips.status.text() == "検索しています…"
    assert counter.slips.results.count() == 0
    qtbot.waitUntil(lambda: counter.slips.status.text() != "検索しています…", timeout=15000)
    return int(counter.slips.results.count())


def issue_and_check(qtbot: Any, counter: Any, payable: dict[str, Any]) -> None:
    """Print the selected slip (Ctrl+L) and check that its eL-QR code reads back."""
    qtbot.keyClick(counter, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "印刷しました" in counter.slips.status.text(), timeout=30000)
    printed = list((counter.settings.home / "printed").glob("*納付書*.pdf"))
    assert len(printed) == 1
    from devices import zbar
    from devices.raster import load_images

    codes = {c.content for image in load_images(printed[0], 300)
             for c in zbar.decode_image(image, thorough=True)}
    assert payable["elqr"] in codes
