"""Building the Qt window of a mode with the simulated devices, as ``kiosk app`` does, and
driving it as a resident or a clerk would.

``open_app(home, AppOptions(...))`` loads the settings of ``home`` (see KioskConfig), builds
the hub, the services and the window, starts the hub (and a shared queue) and closes it all
after the test, in the order the app itself does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from kiosk.queue.shared import SharedTicketQueue
from kiosk.queue.tickets import TicketQueue
from kiosk.settings import Settings, load_settings
from kiosk.visit.selfservice import Screen
from ui.shell.app import AppOptions, build_hub, build_services, build_window


@dataclass
class App:
    window: Any
    settings: Settings
    hub: Any
    services: Any
    queue: TicketQueue
    options: AppOptions
    started: bool = False
    closed: bool = field(default=False, repr=False)

    def start(self) -> None:
        """Start the device thread (and the shared queue's worker), as the running app does."""
        self.hub.start()
        if isinstance(self.queue, SharedTicketQueue):
            self.queue.start()
        self.started = True

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        # The running app's event loop has ended before it stops the hub: no timer fires into
        # a stopped hub. Here the window outlives the test (qtbot deletes it later), so its
        # timers (the status strip's outbox poll, ...) are stopped first.
        for timer in self.window.findChildren(QTimer):
            timer.stop()
        if self.started and self.options.mode == "self":
            self.window.reset()
        if self.options.mode == "branch":
            self.window.remote.stop()
        if isinstance(self.queue, SharedTicketQueue):
            self.queue.close()
        self.services.stop()
        if self.started:
            self.hub.stop()


OpenApp = Callable[..., App]


@pytest.fixture
def open_app(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenApp]:
    """open_app(home, options=AppOptions(), *, show=False, focus=False, start=True) -> App;
    with start=False the test calls ``app.start()`` itself (or never)."""
    opened: list[App] = []

    def open_(home: Path, options: AppOptions | None = None, *, show: bool = False,
              focus: bool = False, start: bool = True) -> App:
        options = options or AppOptions()
        monkeypatch.setenv("KIOSK_HOME", str(home))
        settings = load_settings()
        hub = build_hub(settings)
        services, queue = build_services(settings, hub)
        window = build_window(options, settings, hub, queue, services)
        qtbot.addWidget(window)
        app = App(window, settings, hub, services, queue, options)
        opened.append(app)
        if show or focus:
            window.show()
        if focus:  # the F-key shortcuts need focus
            qtbot.waitUntil(window.isActiveWindow, timeout=10000)
        if start:
            app.start()
        window.settings = settings
        return app

    yield open_
    for app in reversed(opened):
        app.close()


def to_pin(qtbot: Any, window: Any) -> None:
    window.choose_language("ja")
    qtbot.waitUntil(lambda: window.flow.screen in (Screen.PIN, Screen.LOCKED), timeout=10000)


def enter_pin(qtbot: Any, window: Any, pin: str, until: Screen) -> None:
    pad = window.pages[window.flow.screen].pad
    for digit in pin:
        pad.press(digit)
    pad.submit()
    qtbot.waitUntil(lambda: window.flow.screen is until, timeout=10000)


def login(qtbot: Any, window: Any, staff_id: str = "clerk01", password: str = "demo1234") -> None:
    qtbot.keyClicks(window.login.staff_id, staff_id)
    qtbot.keyClicks(window.login.password, password)
    qtbot.keyClick(window.login.password, Qt.Key.Key_Return)
