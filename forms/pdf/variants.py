"""Variation sequences (IVS and the standard selectors): base character + selector.

A registered name may be written as a base character followed by a variation selector
(U+E0100–U+E01EF for the Adobe-Japan1 and Hanyo-Denshi/MJ collections, U+FE00–U+FE0F for the
standard ones): 辻 + U+E0102 is the 一点しんにょう 辻 of the MJ set. A font maps such sequences
in its cmap format 14 subtable, which reportlab does not read; this module reads it with
fontTools, once per font file and only when a text actually carries a selector (IPAmj明朝 has
about 11,000 sequences, a quarter of a second to parse), and answers which glyph a sequence
draws. forms.pdf.truetype draws that glyph; forms.pdf.textfit picks the font for it.
"""

from __future__ import annotations

import re
import threading
from functools import cache

# (base, selector) -> (glyph id, advance width in 1/1000 em), or None: the "default" variant,
# drawn with the base character's own glyph.
Sequences = dict[tuple[int, int], tuple[int, float] | None]


SELECTORS = "\uFE00-\uFE0F\U000E0100-\U000E01EF"  # a regex class body
_SELECTOR = re.compile(f"[{SELECTORS}]")
_CLUSTER = re.compile(f"[{SELECTORS}]+|.[{SELECTORS}]*", re.DOTALL)
SELECTOR_SET = frozenset(map(chr, [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]))


def is_selector(char: str) -> bool:
    return char in SELECTOR_SET


def has_selector(text: str) -> bool:
    """True if ``text`` has any variation selector (the fast paths check this first)."""
    return _SELECTOR.search(text) is not None


def clusters(text: str) -> list[str]:
    """``text`` cut into characters, each with the selectors that follow it (never split)."""
    return _CLUSTER.findall(text)


_lock = threading.Lock()


@cache
def _sequences(path: str, subfont: int) -> Sequences:
    from fontTools.ttLib import TTFont as ToolsFont  # imported only for a text with a selector

    font = ToolsFont(path, fontNumber=subfont if path.lower().endswith(".ttc") else -1,
                     lazy=True)
    try:
        found: Sequences = {}
        tables = [t for t in font["cmap"].tables if t.format == 14]
        if not tables:
            return found
        # The advance widths from hmtx: reportlab's own per-glyph metrics are not in one unit
        # (hmetrics mixes font units and 1/1000 em), so they are not used for variant glyphs.
        metrics, per_em = font["hmtx"].metrics, font["head"].unitsPerEm
        for table in tables:
            for selector, pairs in table.uvsDict.items():
                for base, glyph_name in pairs:
                    found[(base, selector)] = None if glyph_name is None else (
                        font.getGlyphID(glyph_name), metrics[glyph_name][0] * 1000 / per_em)
        return found
    finally:
        font.close()


def sequences(path: str, subfont: int = 0) -> Sequences:
    """The variation sequences the font file maps (empty if it has no format 14 subtable)."""
    with _lock:  # one parse per file even when two threads render at once
        return _sequences(path, subfont)


def variant_glyph(path: str, subfont: int, cluster: str,
                  char_to_glyph: dict[int, int]) -> tuple[int, float | None] | None:
    """The glyph id the font draws for ``cluster`` (base + selector) and its width (None:
    the base character's width), or None if the font does not map that sequence. A "default"
    sequence draws the base character's own glyph."""
    key = (ord(cluster[0]), ord(cluster[1]))
    table = sequences(path, subfont)
    if key not in table:
        return None
    found = table[key]
    if found is not None:
        return found
    base = char_to_glyph.get(key[0])
    return None if base is None else (base, None)
