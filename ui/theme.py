"""Look and feel: large text, touch targets of at least 15 mm, a high-contrast theme, scaling."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

FONT_FAMILY = "IPAexGothic"
# The first fallback for what IPAex lacks: the 外字 of names and addresses (𠮷 …), the same
# glyphs the forms print (forms/pdf/fonts.py), before whatever else fontconfig would pick.
GAIJI_FAMILY = "IPAmjMincho"
BASE_POINTS = 20
MIN_TARGET_MM = 15.0

NORMAL = """
QWidget {{ background: #f7f7f2; color: #1d1d1d; font-size: {body}pt; }}
QPushButton {{ background: #ffffff; border: 2px solid #2f5d8a; border-radius: 10px;
              min-height: {target}px; min-width: {target}px; padding: 6px 14px; }}
QPushButton:focus {{ border: 4px solid #d35400; }}
QPushButton[role="primary"] {{ background: #2f5d8a; color: #ffffff; }}
QPushButton[role="key"] {{ padding: 2px; }}
QPushButton:checked {{ background: #d35400; color: #ffffff; border: 4px solid #a04000;
                      font-weight: bold; }}
QPushButton[role="call"] {{ background: #c0392b; color: #ffffff; border-color: #922b21; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="problem"] {{ color: #b03a2e; font-weight: bold; }}
QLabel[role="hint"] {{ font-weight: bold; }}
QLabel[role="notice"] {{ background: #fff4d6; border: 2px solid #b7950b; padding: 8px; }}
QLabel[role="ticket"] {{ font-size: {huge}pt; font-weight: bold; color: #2f5d8a; }}
QLineEdit {{ background: #ffffff; border: 2px solid #555; min-height: {target}px; }}
"""

HIGH_CONTRAST = """
QWidget {{ background: #000000; color: #ffff00; font-size: {body}pt; }}
QPushButton {{ background: #000000; color: #ffffff; border: 3px solid #ffffff; border-radius: 6px;
              min-height: {target}px; min-width: {target}px; padding: 6px 14px; }}
QPushButton:focus {{ border: 5px solid #00ffff; }}
QPushButton[role="primary"] {{ background: #ffff00; color: #000000; }}
QPushButton[role="key"] {{ padding: 2px; }}
QPushButton:checked {{ background: #00ffff; color: #000000; border: 5px solid #ffff00;
                      font-weight: bold; }}
QPushButton[role="call"] {{ background: #ffffff; color: #000000; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="problem"] {{ color: #ff8080; font-weight: bold; }}
QLabel[role="notice"] {{ border: 3px solid #ffffff; padding: 8px; }}
QLabel[role="ticket"] {{ font-size: {huge}pt; font-weight: bold; color: #00ffff; }}
QLineEdit {{ background: #000000; color: #ffffff; border: 3px solid #ffffff;
             min-height: {target}px; }}
"""


STAFF_POINTS = 12  # the counter is keyboard-first on a desk monitor
STAFF_TARGET_MM = 7.0


def target_pixels(scale: float = 1.0, target_mm: float = MIN_TARGET_MM) -> int:
    """``target_mm`` (15 mm for touch) in device-independent pixels on the primary screen."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
    return round(target_mm / 25.4 * max(dpi, 72.0) * max(scale, 1.0))


def apply(app: QApplication, *, high_contrast: bool = False, scale: float = 1.0,
          staff: bool = False) -> None:
    """Set the font and stylesheet; ``scale`` (1.0–2.0) enlarges all text, up to 200 %."""
    body = round((STAFF_POINTS if staff else BASE_POINTS) * scale)
    app.setFont(QFont([FONT_FAMILY, GAIJI_FAMILY], body))
    template = HIGH_CONTRAST if high_contrast else NORMAL
    app.setStyleSheet(template.format(body=body, title=round(body * 1.4),
                                      huge=round(body * 4),
                                      target=target_pixels(scale, STAFF_TARGET_MM if staff
                                                           else MIN_TARGET_MM)))
