"""Fitting Japanese text into a ruled box: wrap by character, shrink if needed, never overflow.

A character the embedded font has no glyph for (e.g. some 外字) is printed as 〓 and reported,
so the form says so instead of printing a blank or a tofu box.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

GETA = "〓"
EPSILON = 0.01  # points: float slack so a block that exactly fits is not cut
NO_LINE_START = set("、。，．・：；？！ー）」』】〕")  # 行頭禁則: keep these off a line start


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    missing: tuple[str, ...]  # characters replaced by 〓


def printable(text: str, font: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with glyph-less characters replaced by 〓, and the characters replaced."""
    glyphs = getFont(font).face.charToGlyph
    missing = tuple(dict.fromkeys(c for c in text if ord(c) not in glyphs and not c.isspace()))
    if not missing:
        return text, ()
    return "".join(GETA if c in missing else c for c in text), missing


def fit(text: str, font: str, width: float, height: float,
        max_size: float = 10.5, min_size: float = 5.5) -> Fitted:
    """The largest size (down to ``min_size``) at which ``text`` wraps into the box.

    At the minimum size the text is still wrapped to the box width; lines that do not fit the
    height are cut and the last kept line ends with …, so nothing is ever drawn outside.
    """
    shown, missing = printable(text, font)
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
    return Fitted(tuple(lines), size, missing)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for char in text:
        if stringWidth(current + char, font, size) <= width or not current:
            current += char
            continue
        if char in NO_LINE_START and len(current) > 1:  # carry the last char over with it
            lines.append(current[:-1])
            current = current[-1] + char
            continue
        lines.append(current)
        current = char
    if current:
        lines.append(current)
    return lines or [""]


def _ellipsize(line: str, font: str, size: float, width: float) -> str:
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line + "…"


def fit_row(text: str, font: str, width: float, min_height: float, max_height: float,
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
