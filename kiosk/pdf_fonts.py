"""Embedded Japanese fonts for every PDF the kiosk writes (forms, 案内票, payment slips).

reportlab's built-in CID fonts (HeiseiMin, HeiseiKakuGo) are not embedded and look different
on every consumer, and Noto CJK (CFF outlines) cannot be used by reportlab, so PDFs use the
IPAex TrueType fonts, embedded as subsets.

Where the font files come from, first match wins: ``assets/fonts/`` (read through
importlib.resources; the PyInstaller bundle ships the two files there together with the
IPA Font License, so a frozen kiosk prints the same glyphs whatever the machine has), then
the Debian package fonts-ipaexfont under /usr/share/fonts (a source checkout).
"""

from __future__ import annotations

from contextlib import ExitStack
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"

FILE_NAMES = {GOTHIC: "ipaexg.ttf", MINCHO: "ipaexm.ttf"}

SYSTEM_FILES = {
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


def font_file(name: str) -> Traversable:
    """The file of font ``name`` (GOTHIC or MINCHO): the shipped copy, else the system's."""
    shipped = resources.files("assets").joinpath("fonts", FILE_NAMES[name])
    if shipped.is_file():
        return shipped
    system = next((p for p in SYSTEM_FILES[name] if p.exists()), None)
    if system is None:
        raise FontMissingError(
            f"フォント {name} が見つかりません / font {name} is not installed (fonts-ipaexfont)"
        )
    return system


@cache
def register_fonts() -> tuple[str, str]:
    """Register IPAex Gothic and Mincho with reportlab once; returns their names."""
    with ExitStack() as files:
        for name in (GOTHIC, MINCHO):
            path = files.enter_context(resources.as_file(font_file(name)))
            pdfmetrics.registerFont(TTFont(name, str(path)))
    return GOTHIC, MINCHO


def has_glyph(font_name: str, char: str) -> bool:
    """True if the registered TrueType font has a glyph for ``char``."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return ord(char) in font.face.charToGlyph
