"""Building and running the Qt application for each mode (self, staff, demo)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QWidget

from forms.loader import load_catalogue
from forms.pdf.fonts import register_fonts
from kiosk.hardware import terminal_hardware, trust_store
from kiosk.queue.shared import SharedTicketQueue, open_shared_queue
from kiosk.queue.tickets import TicketQueue
from kiosk.settings import Settings
from kiosk.visit.selfservice import SelfServiceFlow
from kiosk.visit.services import KioskServices
from ui import theme
from ui.fonts import register_app_fonts
from ui.hub import DeviceHub
from ui.speech import Guide


@dataclass(frozen=True)
class AppOptions:
    # self, staff, branch (self-service joined to a remote specialist), display (the call
    # display of a waiting room, reading the shared queue)
    mode: str = "self"
    fullscreen: bool = False
    high_contrast: bool = False
    scale: float = 1.0
    idle_seconds: int = 60
    speech: bool = False  # spoken guidance at the self-service screens (ui/speech.py)


def application() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([])


def build_hub(settings: Settings) -> DeviceHub:
    from devices.card.face_reading import FaceReader
    from devices.imaging import PillowDecoder

    parts = terminal_hardware(settings)
    # The card face (photo, name and address images) is read at the counter only.
    face = FaceReader(trust_store(settings), PillowDecoder())
    return DeviceHub(parts.reader, parts.open_card, parts.printer, parts.presence, face)


def build_services(settings: Settings, hub: DeviceHub) -> tuple[KioskServices, TicketQueue]:
    """The building's shared queue when kiosk.toml has a [backoffice], else this process's."""
    services = KioskServices(settings, execute=hub.execute)
    if settings.backoffice is None:
        return services, TicketQueue(services.event_sink())
    return services, open_shared_queue(settings, services.event_sink())


def build_window(options: AppOptions, settings: Settings, hub: DeviceHub,
                 queue: TicketQueue, services: KioskServices) -> QWidget:
    catalogue = load_catalogue()
    # Parsing the IPAex files takes about 0.15 s: pay it while the terminal starts, not
    # between the resident's PIN and the review screen (which checks every glyph).
    register_fonts()
    if options.mode == "display":
        from ui.call_display import CallDisplay

        if isinstance(queue, SharedTicketQueue):
            queue.reserving = False  # a reserved number it never uses would be a gap
        return CallDisplay(queue)
    if options.mode in ("self", "branch"):
        from ui.selfservice.window import SelfServiceWindow

        flow = SelfServiceFlow(catalogue)
        remote = None
        if options.mode == "branch":
            from ui.remote_branch import RemoteBranchLink

            remote = RemoteBranchLink(settings, flow, hub)
            remote.start()
        events = tuple(e.id for e in catalogue.life_events.values() if e.self_service)
        return SelfServiceWindow(flow, hub, queue, services,
                                 self_service_events=events, idle_seconds=options.idle_seconds,
                                 kiosk_mode=options.fullscreen, guide=_guide(options, settings),
                                 remote=remote)
    from ui.staff.window import StaffWindow

    return StaffWindow(catalogue, hub, queue, services)


def run(options: AppOptions, settings: Settings) -> int:
    app = application()
    register_app_fonts()  # the bundled font files, should the machine lack the font packages
    theme.apply(app, high_contrast=options.high_contrast, scale=options.scale,
                staff=options.mode == "staff")
    hub = build_hub(settings)
    services, queue = build_services(settings, hub)
    window = build_window(options, settings, hub, queue, services)
    hub.start()
    services.start()
    if isinstance(queue, SharedTicketQueue):
        queue.start()  # its worker thread: all the queue's network I/O
    if options.fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    try:
        return app.exec()
    finally:
        _close_remote(window)
        if isinstance(queue, SharedTicketQueue):
            queue.close()
        services.stop()
        hub.stop()


def _close_remote(window: QWidget) -> None:
    """Leave the remote-window session, whichever side this app is."""
    from ui.remote_branch import RemoteBranchLink
    from ui.staff.remote_counter import RemoteCounter

    remote = getattr(window, "remote", None)
    if isinstance(remote, RemoteBranchLink):
        remote.stop()
    elif isinstance(remote, RemoteCounter):
        remote.leave()


def _guide(options: AppOptions, settings: Settings) -> Guide | None:
    """Spoken guidance only when asked for (off by default), with the configured engine."""
    return Guide(settings.speech.engine) if options.speech else None
