"""The app's font database has IPAmj明朝 for the 外字 of names, and the app font falls back
to it: a label with 𠮷 draws it in IPAmj, not as a box."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from forms.pdf.fonts import FONTS, IPAMJ
from ui import theme
from ui.fonts import register_app_fonts


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_the_font_database_has_ipamj_and_the_app_font_falls_back_to_it(qapp) -> None:
    register_app_fonts()
    assert FONTS[IPAMJ].family in QFontDatabase.families()
    assert QRawFont.fromFont(QFont(FONTS[IPAMJ].family, 20)).supportsCharacter(0x20BB7)
    previous = QApplication.font()
    try:
        theme.apply(qapp)
        font = QApplication.font()
        assert font.families()[:2] == [theme.FONT_FAMILY, FONTS[IPAMJ].family]
        runs = dict(glyph_runs("𠮷野", font))  # family -> glyph ids (runs in any order)
        assert sorted(runs) == sorted([theme.FONT_FAMILY, FONTS[IPAMJ].family])
        assert len(runs[FONTS[IPAMJ].family]) == 1 and 0 not in runs[FONTS[IPAMJ].family]
    finally:
        QApplication.setFont(previous)
        qapp.setStyleSheet("")
