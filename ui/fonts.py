"""The IPAex fonts for Qt: the same files the PDFs embed (kiosk.pdf_fonts), so a bundled
kiosk on a machine without fonts-ipaexfont still shows Japanese text."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFontDatabase

from kiosk.pdf_fonts import GOTHIC, MINCHO, font_file


def register_app_fonts() -> list[str]:
    """Add IPAex Gothic and Mincho to the application's fonts; returns the families added.

    Needs a QGuiApplication. Adding a family fontconfig already knows is harmless.
    """
    families: list[str] = []
    for name in (GOTHIC, MINCHO):
        with resources.as_file(font_file(name)) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"Qt cannot load the font {path}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families
