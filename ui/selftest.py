"""Self-test checks: Qt starts offscreen and renders a window with Japanese text; spoken
guidance has its plugins (Qt's mock engine speaks) and a platform engine that loads."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontInfo, QImage, QRawFont
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from forms.pdf.fonts import GOTHIC
from kiosk.selftest.registry import Context, Skipped, check
from ui.fonts import register_app_fonts

SAMPLE_TEXT = "書かないワンストップ窓口 自己診断"
# The text at 32 px leaves thousands of dark pixels, a blank paint none. (Missing glyphs would
# still leave ink, as boxes: the glyph coverage check catches those.)
MIN_INK_PIXELS = 500


@check("qt")
def window_with_japanese_text(context: Context) -> str:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    qInstallMessageHandler(_quiet_offscreen_notes)
    register_app_fonts()
    font = QFont(GOTHIC, 32)
    family = QFontInfo(font).family()
    if family != GOTHIC:
        raise RuntimeError(f"Qt picked the font {family!r} instead of {GOTHIC}")
    raw = QRawFont.fromFont(font)
    missing = [c for c in SAMPLE_TEXT if not c.isspace() and not raw.supportsCharacter(ord(c))]
    if missing:
        raise RuntimeError(f"{GOTHIC} has no glyph for {''.join(missing)}")
    window = _window(font)
    window.show()
    app.processEvents()
    image = window.grab().toImage()
    window.close()
    ink = dark_pixels(image)
    if ink < MIN_INK_PIXELS:
        raise RuntimeError(f"the window rendered blank ({ink} dark pixels)")
    path = context.workdir / "selftest-window.png"
    image.save(str(path))
    context.files["window"] = path
    return (f"{app.platformName()}: {image.width()}x{image.height()} window, "
            f"{ink} dark pixels of {SAMPLE_TEXT!r} in {family}")


def _window(font: QFont) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle(SAMPLE_TEXT)
    label = QLabel(SAMPLE_TEXT)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: black; background: white;")
    window.setCentralWidget(label)
    window.resize(800, 160)
    return window


def _quiet_offscreen_notes(kind: QtMsgType, where: QMessageLogContext, message: str) -> None:
    """The offscreen platform notes what it cannot do (window hints); only real problems
    reach stderr, so the self-test output stays one line per check."""
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or "propagateSizeHints" in message:
        return
    print(f"Qt: {message}", file=sys.stderr)


def dark_pixels(image: QImage) -> int:
    """Pixels darker than mid-grey: the ink of the text on the white label."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride, width = grey.bytesPerLine(), grey.width()
    return sum(
        sum(1 for value in data[row * stride: row * stride + width] if value < 128)
        for row in range(grey.height())
    )


@check("speech")
def speech_engine(context: Context) -> str:
    """QtTextToSpeech imports and Qt's own mock engine speaks (the bundle has the module and
    its plugins); skipped when no platform engine loads, where --speech stays silent."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtTextToSpeech import QTextToSpeech  # a dependency: failing to import fails

    from ui.speech import engine_plugins

    app = QCoreApplication.instance() or QCoreApplication([])
    plugins = engine_plugins()
    mock = next((error for name, error in plugins.items() if "mock" in name), None)
    if mock is None or mock:
        raise RuntimeError(f"Qt's mock speech engine does not load: {mock or 'not found'}")
    tts = QTextToSpeech("mock", app)
    loop = QEventLoop()
    states = []

    def changed(state: QTextToSpeech.State) -> None:
        states.append(state)
        if state is QTextToSpeech.State.Ready:
            loop.quit()
    tts.stateChanged.connect(changed)
    QTimer.singleShot(5000, loop.quit)  # the mock takes ~0.1 s a word; never hang the test
    tts.say("self test")
    loop.exec()
    tts.deleteLater()
    if states != [QTextToSpeech.State.Speaking, QTextToSpeech.State.Ready]:
        raise RuntimeError(f"Qt's mock speech engine did not speak: {states}")
    platform = {name: error for name, error in plugins.items() if "mock" not in name}
    loaded = sorted(name for name, error in platform.items() if not error)
    if not loaded:
        reasons = "; ".join(f"{name}: {error}" for name, error in platform.items()) or "none"
        raise Skipped(f"no platform speech engine loads ({reasons}): --speech stays silent")
    return f"mock engine spoke; platform engine plugins load: {', '.join(loaded)}"
