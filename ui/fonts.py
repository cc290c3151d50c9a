"""The PDF fonts for Qt too: the same files the PDFs embed (forms.pdf.fonts), so a bundled
kiosk on a machine without these font packages still shows Japanese, the 外字 of names and
addresses (IPAmj明朝, the app font's first fallback: ui.theme), and the resident's 한국어,
简体中文 or Tiếng Việt (Qt falls back to them per script).

Qt (6.11) does not apply a font's cmap format 14: a name with an IVS sequence shows the
base glyph on screen (the selector is kept in the text); the printed forms draw the variant
(forms.pdf.variants)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFontDatabase

from forms.pdf.fonts import FONTS, font_file


def register_app_fonts() -> list[str]:
    """Add the PDF fonts the system does not already have; returns the families added.

    Needs a QGuiApplication. Loading a font Qt already knows through fontconfig would only
    cost start-up time (the WenQuanYi collection is 16 MB), so those are skipped.
    """
    known = set(QFontDatabase.families())
    families: list[str] = []
    for name, font in FONTS.items():
        if font.family in known:
            continue
        with resources.as_file(font_file(name)) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"Qt cannot load the font {path}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families
