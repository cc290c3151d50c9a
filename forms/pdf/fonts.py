"""Embedded fonts for every PDF the kiosk writes (forms, 案内票, queue tickets, payment slips).

reportlab's built-in CID fonts (HeiseiMin, HeiseiKakuGo) are not embedded and look different
on every consumer, and Noto CJK (CFF outlines) cannot be used by reportlab, so PDFs embed
TrueType subsets: IPAex Gothic / Mincho for Japanese (every form), and for what a resident
reads in another language (the 案内票 and the ticket) a font that has the script — Nanum for
한국어, WenQuanYi Zen Hei for 简体中文 (Chinese glyph forms, not the Japanese ones), DejaVu for
Tiếng Việt's stacked diacritics (IPAex has Latin-1, enough for English and Português).

Every chain has IPAmj明朝 right after IPAex: the 外字 of names and addresses (𠮷, 髙, 﨑, the
邊/邉 variants, IVS sequences) that IPAex lacks. It covers the about 58,000 characters of the
文字情報基盤 (MJ), the basis of the 行政事務標準文字 of the standardised core systems.
IPAmj is 46 MB: it is registered with reportlab only when a text has a character IPAex does
not (:func:`font`), so a form of common characters never loads it, and the PDF embeds only the
glyphs used (subsets), a few KB. Every font is a forms.pdf.truetype.TextLayerTTFont, whose
text layer carries the true characters (non-BMP and variation sequences).

Where the font files come from, first match wins: ``assets/fonts/`` (read through
importlib.resources; the PyInstaller bundle ships the files there with their licences, so a
frozen kiosk prints the same glyphs whatever the machine has), then the Debian packages under
/usr/share/fonts (a source checkout; scripts/setup installs them).
"""

from __future__ import annotations

import threading
from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from forms.pdf.truetype import TextLayerTTFont

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"
NANUM_GOTHIC = "NanumGothic"
NANUM_MYEONGJO = "NanumMyeongjo"
ZENHEI = "WenQuanYiZenHei"
DEJAVU_SANS = "DejaVuSans"
DEJAVU_SERIF = "DejaVuSerif"
IPAMJ = "IPAmjMincho"

TRUETYPE = Path("/usr/share/fonts/truetype")


@dataclass(frozen=True)
class FontFile:
    file_name: str  # the name in assets/fonts/ and on the system
    package: str  # the Debian package that installs it
    system_dirs: tuple[Path, ...]
    family: str  # the family name Qt and fontconfig know it by
    subfont: int = 0  # the face inside a TrueType collection (.ttc)


FONTS = {
    GOTHIC: FontFile("ipaexg.ttf", "fonts-ipaexfont", (
        Path("/usr/share/fonts/opentype/ipaexfont-gothic"), TRUETYPE / "ipaexfont-gothic"),
        "IPAexGothic"),
    MINCHO: FontFile("ipaexm.ttf", "fonts-ipaexfont", (
        Path("/usr/share/fonts/opentype/ipaexfont-mincho"), TRUETYPE / "ipaexfont-mincho"),
        "IPAexMincho"),
    IPAMJ: FontFile("ipamjm.ttf", "fonts-ipamj-mincho", (TRUETYPE / "ipamj",), "IPAmjMincho"),
    NANUM_GOTHIC: FontFile("NanumGothic.ttf", "fonts-nanum", (TRUETYPE / "nanum",),
                           "NanumGothic"),
    NANUM_MYEONGJO: FontFile("NanumMyeongjo.ttf", "fonts-nanum", (TRUETYPE / "nanum",),
                             "NanumMyeongjo"),
    ZENHEI: FontFile("wqy-zenhei.ttc", "fonts-wqy-zenhei", (TRUETYPE / "wqy",),
                     "WenQuanYi Zen Hei"),
    DEJAVU_SANS: FontFile("DejaVuSans.ttf", "fonts-dejavu-core", (TRUETYPE / "dejavu",),
                          "DejaVu Sans"),
    DEJAVU_SERIF: FontFile("DejaVuSerif.ttf", "fonts-dejavu-core", (TRUETYPE / "dejavu",),
                           "DejaVu Serif"),
}


@dataclass(frozen=True)
class PrintFonts:
    """Font chains for one language: each character in the first font that has it."""

    gothic: tuple[str, ...]  # headings, labels
    mincho: tuple[str, ...]  # body text
    japanese_gothic: tuple[str, ...]  # Japanese originals printed beside a translation
    japanese_mincho: tuple[str, ...]


def _chain(*names: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))  # each font once, first place kept


# The forms (always Japanese): IPAex, then IPAmj for the 外字 of names and addresses (IPAmj has
# no Gothic: a 外字 in a Gothic line prints in Mincho rather than as 〓), then every other
# shipped font, so that any character some shipped font has prints (a name in Hangul, a
# Vietnamese or Chinese one) and only what none has becomes 〓.
FORM_GOTHIC = _chain(GOTHIC, IPAMJ, DEJAVU_SANS, NANUM_GOTHIC, ZENHEI)
FORM_MINCHO = _chain(MINCHO, IPAMJ, DEJAVU_SERIF, NANUM_MYEONGJO, ZENHEI)

# Latin text and Japanese both print in IPAex (then IPAmj); DejaVu catches what they lack.
_LATIN = (FORM_GOTHIC, FORM_MINCHO)
LANGUAGE_FONTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ja": _LATIN, "ja_easy": _LATIN, "en": _LATIN, "pt": _LATIN,
    "ko": (_chain(NANUM_GOTHIC, *FORM_GOTHIC), _chain(NANUM_MYEONGJO, *FORM_MINCHO)),
    "zh_CN": (_chain(ZENHEI, *FORM_GOTHIC), _chain(ZENHEI, *FORM_MINCHO)),
    "vi": (_chain(DEJAVU_SANS, *FORM_GOTHIC), _chain(DEJAVU_SERIF, *FORM_MINCHO)),
}
# Registered on first use only (see the module doc): IPAmj, and the fonts of other scripts
# where they are only fallbacks of a Japanese chain.
LAZY = frozenset({IPAMJ, NANUM_GOTHIC, NANUM_MYEONGJO, ZENHEI})


_lock = threading.Lock()


class FontMissingError(RuntimeError):
    """A font the PDF needs is not installed (scripts/setup installs the packages)."""


def font_file(name: str) -> Traversable:
    """The file of font ``name``: the shipped copy in assets/fonts, else the system's."""
    font = FONTS[name]
    shipped = resources.files("assets").joinpath("fonts", font.file_name)
    if shipped.is_file():
        return shipped
    system = next((d / font.file_name for d in font.system_dirs
                   if (d / font.file_name).exists()), None)
    if system is None:
        raise FontMissingError(
            f"フォント {name} が見つかりません / font {name} is not installed ({font.package})")
    return system


def _register(name: str) -> None:
    if name in pdfmetrics.getRegisteredFontNames():
        return
    with ExitStack() as files:
        path = files.enter_context(resources.as_file(font_file(name)))
        pdfmetrics.registerFont(
            TextLayerTTFont(name, str(path), subfontIndex=FONTS[name].subfont))


_loaded: dict[str, TextLayerTTFont] = {}


def font(name: str) -> TextLayerTTFont:
    """Font ``name``, registered with reportlab on first use (a dictionary look-up after:
    the text fitting asks for every piece of text it measures)."""
    found = _loaded.get(name)
    if found is None:
        with _lock:
            _register(name)
            found = _loaded[name] = pdfmetrics.getFont(name)
    return found


@cache
def register_fonts() -> tuple[str, str]:
    """Register IPAex Gothic and Mincho with reportlab once; returns their names."""
    for name in (GOTHIC, MINCHO):
        _register(name)
    return GOTHIC, MINCHO


@cache
def fonts_for(language: str) -> PrintFonts:
    """The font chains a document in ``language`` prints with (registered on first use,
    so a Japanese-only kiosk never loads the Chinese or Korean files)."""
    register_fonts()
    gothic, mincho = LANGUAGE_FONTS.get(language, _LATIN)
    japanese_gothic = (GOTHIC, *[f for f in gothic if f != GOTHIC])
    japanese_mincho = (MINCHO, *[f for f in mincho if f != MINCHO])
    for name in {*gothic, *mincho} - LAZY | {gothic[0], mincho[0]}:
        _register(name)
    return PrintFonts(gothic, mincho, japanese_gothic, japanese_mincho)


def has_glyph(font_name: str, char: str) -> bool:
    """True if the TrueType font has a glyph for ``char`` (one character, or a base
    character with its variation selector: then the sequence must be in the font's cmap)."""
    register_fonts()
    return font(font_name).glyph_for(char) is not None
