"""Embedded Japanese fonts for every PDF the kiosk writes (forms, 案内票, payment slips).

reportlab's built-in CID fonts (HeiseiMin, HeiseiKakuGo) are not embedded and look different
on every consumer, and Noto CJK (CFF outlines) cannot be used by reportlab, so PDFs use the
IPAex TrueType fonts, embedded as subsets.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"

_FONT_FILES = {
    GOTHIC: (
        Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
        Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
    ),
    MINCHO: (
        Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
        Path("/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf"),
    ),
}


class FontMissingError(RuntimeError):
    """The IPAex fonts are not installed (scripts/setup installs fonts-ipaexfont)."""


@cache
def register_fonts() -> tuple[str, str]:
    """Register IPAex Gothic and Mincho with reportlab once; returns their names."""
    for name, candidates in _FONT_FILES.items():
        path = next((p for p in candidates if p.exists()), None)
        if path is None:
            raise FontMissingError(
                f"フォント {name} が見つかりません / font {name} is not installed "
                "(fonts-ipaexfont)"
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return GOTHIC, MINCHO


def has_glyph(font_name: str, char: str) -> bool:
    """True if the registered TrueType font has a glyph for ``char``."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return ord(char) in font.face.charToGlyph
