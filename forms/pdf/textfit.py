"""Fitting text into a ruled box: wrap, shrink if needed, never overflow.

Japanese wraps between any two characters (with 行頭禁則); words of Latin, Vietnamese or
Hangul text wrap at spaces, and only a word longer than the line is split. A font may be one
name or a chain of names: each character is drawn in the first font of the chain that has a
glyph for it, so a Korean 案内票 can carry the Japanese name of a procedure for the clerk.
A character no font has a glyph for (e.g. some 外字) is printed as 〓 and reported, so the
form says so instead of printing a blank or a tofu box.

A character followed by a variation selector (IVS, forms.pdf.variants) is one unit here: it is
never wrapped or cut apart, it prints in the first font whose cmap has the whole sequence,
and where none has it, in the first font with the base character, reported as approximated
(the selector still reaches the text layer, forms.pdf.truetype).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from forms.pdf.fonts import font as loaded
from forms.pdf.truetype import drawable
from forms.pdf.variants import SELECTOR_SET, clusters, has_selector

GETA = "〓"
EPSILON = 0.01  # points: float slack so a block that exactly fits is not cut
NO_LINE_START = set("、。，．・：；？！ー）」』】〕")  # 行頭禁則: keep these off a line start

FontSpec = str | tuple[str, ...]  # one font, or a fallback chain (first with the glyph wins)


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    missing: tuple[str, ...]  # characters replaced by 〓
    approximated: tuple[str, ...] = ()  # sequences printed with the base glyph (no variant)


def chain(font: FontSpec) -> tuple[str, ...]:
    return (font,) if isinstance(font, str) else font


def has(name: str, cluster: str) -> bool:
    """True if font ``name`` draws ``cluster`` (a character, or base + selector) itself."""
    if len(cluster) == 1:
        return ord(cluster) in loaded(name).face.charToGlyph
    return loaded(name).glyph_for(cluster) is not None


def font_for(char: str, font: FontSpec) -> str:
    """The first font of the chain with a glyph for ``char`` (a character or a sequence;
    for a sequence no font maps, the first with its base character; else the first font)."""
    fonts = chain(font)
    for candidate in (char, char[0]) if len(char) > 1 else (char,):
        for name in fonts:
            if has(name, candidate):
                return name
    return fonts[0]


def runs(text: str, font: FontSpec) -> list[tuple[str, str]]:
    """``text`` cut into (font, piece) runs of characters drawn in the same font."""
    fonts = chain(font)
    if not text:
        return []
    first = loaded(fonts[0]).face.charToGlyph
    if len(fonts) == 1 or all(ord(c) in first for c in text):  # the usual case: one run
        return [(fonts[0], text)]
    pieces: list[tuple[str, str]] = []
    for char in clusters(text):
        # A space stays in the run it follows (if that font has it: DejaVu has no 全角空白),
        # so runs are not cut at every word.
        follows = char.isspace() and pieces and has(pieces[-1][0], char)
        name = pieces[-1][0] if follows else font_for(char, fonts)
        if pieces and pieces[-1][0] == name:
            pieces[-1] = (name, pieces[-1][1] + char)
        else:
            pieces.append((name, char))
    return pieces


def text_width(text: str, font: FontSpec, size: float) -> float:
    pieces = runs(text, font)
    if not has_selector(text):  # the usual case: reportlab measures the text as it is
        return float(sum(stringWidth(piece, name, size) for name, piece in pieces))
    return float(sum(stringWidth(drawable(name, piece), name, size) for name, piece in pieces))


def _unprintable(text: str, font: FontSpec) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The characters no font of the chain has, and the sequences none maps (base only).
    Fonts after the first are looked at (and so loaded) only when the first lacks one."""
    fonts = chain(font)
    first = loaded(fonts[0]).face.charToGlyph
    if all(ord(c) in first or c.isspace() for c in text):
        return (), ()
    missing, approximated = [], []
    for cluster in dict.fromkeys(clusters(text)):
        if cluster.isspace() or any(has(name, cluster) for name in fonts):
            continue
        if len(cluster) > 1 and any(has(name, cluster[0]) for name in fonts):
            approximated.append(cluster)
        else:
            missing.append(cluster)
    return tuple(missing), tuple(approximated)


def printable(text: str, font: FontSpec) -> tuple[str, tuple[str, ...]]:
    """``text`` with glyph-less characters replaced by 〓, and the characters replaced."""
    missing, _ = _unprintable(text, font)
    if not missing:
        return text, ()
    return "".join(GETA if c in missing else c for c in clusters(text)), missing


def fit(text: str, font: FontSpec, width: float, height: float,
        max_size: float = 10.5, min_size: float = 5.5) -> Fitted:
    """The largest size (down to ``min_size``) at which ``text`` wraps into the box.

    At the minimum size the text is still wrapped to the box width; lines that do not fit the
    height are cut and the last kept line ends with …, so nothing is ever drawn outside.
    """
    shown, missing = printable(text, font)
    approximated = _unprintable(text, font)[1] if has_selector(text) else ()
    size = max_size
    while True:
        lines = wrap(shown, font, size, width)
        if len(lines) * size * 1.2 <= height + EPSILON or size <= min_size:
            break
        size = max(min_size, size - 0.5)
    max_lines = max(1, int((height + EPSILON) // (size * 1.2)))
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = _ellipsize(kept[-1], font, size, width)
        lines = kept
    return Fitted(tuple(lines), size, missing, approximated)


def breaks_anywhere(char: str) -> bool:
    """Kana, kanji and full-width forms break between any two characters; Hangul does not
    (Korean wraps at spaces, like Latin script)."""
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF \
        or 0x20000 <= code <= 0x3FFFF


def units(text: str) -> list[str]:
    """The pieces a line may break between: one CJK character, or a word with its spaces."""
    pieces: list[str] = []
    for char in clusters(text):
        # a character with its selectors is one unit: the base character decides
        last = pieces[-1][-1] if pieces else ""
        if last in SELECTOR_SET:
            last = pieces[-1].rstrip("".join(SELECTOR_SET))[-1:]
        joins = (pieces and last and not breaks_anywhere(char[0]) and not breaks_anywhere(last)
                 and (char.isspace() or not last.isspace()))
        if joins:
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def wrap(text: str, font: FontSpec, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    used = 0.0  # the width of "".join(current): glyph widths add up, so it is kept running

    def measure(piece: str) -> float:
        return text_width(piece, font, size)

    for unit in units(text):
        if not current or used + measure(unit.rstrip()) <= width:
            current.append(unit)
            used += measure(unit)
        elif unit in NO_LINE_START and len(current) > 1:  # carry the last unit over with it
            lines.append("".join(current[:-1]))
            current = [current[-1], unit]
            used = measure("".join(current))
        else:
            lines.append("".join(current).rstrip())
            current = [unit]
            used = measure(unit)
        if len(current[-1]) > 1 and measure("".join(current).rstrip()) > width:
            current, overflow = _split_long(current, font, size, width)
            lines += overflow
            used = measure(current[0])
    if current:
        lines.append("".join(current).rstrip())
    return lines or [""]


def _split_long(current: list[str], font: FontSpec, size: float,
                width: float) -> tuple[list[str], list[str]]:
    """A word longer than the line is cut by character; returns the rest and the full lines."""
    head, word = "".join(current[:-1]), current[-1]
    done: list[str] = []
    if head.strip():
        done.append(head.rstrip())
    line = ""
    for char in clusters(word):
        if line and text_width(line + char, font, size) > width:
            done.append(line)
            line = ""
        line += char
    return [line], done


def _ellipsize(line: str, font: FontSpec, size: float, width: float) -> str:
    while line and text_width(line + "…", font, size) > width:
        line = "".join(clusters(line)[:-1])
    return line + "…"


def fit_row(text: str, font: FontSpec, width: float, min_height: float, max_height: float,
            max_size: float = 10.5, min_size: float = 6.0, padding: float = 4.0) -> tuple[
                Fitted, float]:
    """Fit ``text`` into a row that may grow from ``min_height`` to ``max_height``.

    Returns the fitted text and the row height to draw: long addresses make the row taller
    first, then smaller, and are cut only if nothing else works.
    """
    shown, _ = printable(text, font)
    size = max_size
    while size >= min_size:
        needed = len(wrap(shown, font, size, width)) * size * 1.2 + padding
        if needed <= max_height:
            return fit(text, font, width, needed - padding, size, size), max(min_height, needed)
        size -= 0.5
    return fit(text, font, width, max_height - padding, min_size, min_size), max_height
