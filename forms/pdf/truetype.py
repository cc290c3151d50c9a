"""reportlab TrueType fonts whose PDF text layer carries the true characters of a name.

Two gaps in reportlab (4.2 up to 5.x, the range pyproject pins), closed by a subclass so the
installed package stays as shipped:

1. **ToUnicode outside the BMP.** reportlab's ``makeToUnicodeCMap`` writes every code point
   as ``<%04X>``, one UTF-16 unit: 𠮷 (U+20BB7) becomes the five digits ``<20BB7>``, which a
   reader takes as U+20BB plus junk, so copy, search, screen readers and ``pdftotext`` see
   "₻野" instead of "𠮷野". :func:`to_unicode_cmap` writes UTF-16BE with surrogate pairs, and
   :meth:`TextLayerTTFont.addObjects` puts it into each subset's CMap stream after reportlab
   has built the font objects (the stream is found through the font dictionary's /ToUnicode
   reference, so nothing of reportlab's subsetting is copied here).
2. **Variation sequences.** reportlab maps one code point to one glyph and does not read cmap
   format 14. :meth:`TextLayerTTFont.drawable` replaces each base + selector sequence by an
   alias code point from the Supplementary Private Use Area-A (plane 15, which no shipped
   font maps) whose glyph is the variant the font's format 14 table names (forms.pdf.variants).
   The ToUnicode CMap maps the alias back to base + selector, so the text layer keeps the
   selector: it is never dropped silently, even where the font draws only the base glyph.

And one cost: reportlab's subsetting copies the whole ``glyf`` table to cut a few glyphs out
of it, 45 MB and about 70 ms per PDF for IPAmj明朝; :class:`_Face` hands it a view instead.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from forms.pdf import variants

ALIAS_FIRST, ALIAS_LAST = 0xF0000, 0xFFFFD  # Supplementary Private Use Area-A


def utf16_hex(text: str) -> str:
    """``text`` as the UTF-16BE hex digits of a CMap destination (surrogate pairs included)."""
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, subset: list[int], aliases: dict[int, str]) -> str:
    """The ToUnicode CMap of one 256-code subset: code ``i`` of the subset stands for
    ``subset[i]``, or for the sequence an alias code point was made for."""
    pairs = [f"<{code:02X}> <{utf16_hex(aliases.get(point) or chr(point))}>"
             for code, point in enumerate(subset)]
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})",
             "/Supplement 0", ">> def", f"/CMapName /{name} def", "/CMapType 2 def",
             "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange"]
    for start in range(0, len(pairs), 100):  # at most 100 entries per block (PDF 1.7 §9.10.3)
        block = pairs[start:start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class _TableView:
    """A font table that is sliced without first copying all of it (see the module doc)."""

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._view = memoryview(data)[start:start + length]

    def __getitem__(self, index: slice) -> bytes:
        return bytes(self._view[index])

    def __len__(self) -> int:
        return len(self._view)


class _Face(TTFontFace):  # type: ignore[misc]
    def get_table(self, tag: str) -> Any:
        if tag != "glyf":  # the others are small, and reportlab may use them as bytes
            return super().get_table(tag)
        start, length = self.get_table_pos(tag)
        return _TableView(self._ttf_data, start, length)


class TextLayerTTFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A reportlab TTFont with a true ToUnicode map and variant glyphs (see the module)."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803
        super().__init__(name, filename, subfontIndex=subfontIndex)
        if type(self.face) is TTFontFace:  # reportlab made it: make it ours, nothing else
            self.face.__class__ = _Face
        self.subfont = subfontIndex
        self.aliases: dict[int, str] = {}  # alias code point -> the sequence it draws
        self._alias_of: dict[str, str] = {}
        self._lock = threading.Lock()

    def glyph_for(self, cluster: str) -> int | None:
        """The glyph this font draws for one character or base + selector sequence."""
        char_to_glyph: dict[int, int] = self.face.charToGlyph
        if len(cluster) == 1:
            return char_to_glyph.get(ord(cluster))
        found = variants.variant_glyph(self.face.filename, self.subfont, cluster, char_to_glyph)
        return None if found is None else found[0]

    def drawable(self, text: str, carry_missing: bool = False) -> str:
        """``text`` with every sequence replaced by its alias (the text reportlab draws).

        With ``carry_missing`` (text drawn invisibly under an image), a character the font
        has no glyph for gets an alias too (glyph 0), so the text layer still carries it."""
        glyphs = self.face.charToGlyph
        if not variants.has_selector(text) and not (
                carry_missing and any(ord(c) not in glyphs for c in text)):
            return text
        return "".join(
            self._alias(c) if len(c) > 1 or (carry_missing and ord(c) not in glyphs) else c
            for c in variants.clusters(text))

    def _alias(self, cluster: str) -> str:
        """The alias of a sequence: its variant glyph, else the base glyph (the selector then
        still reaches the text layer; forms.pdf.textfit reports the sequence as approximated),
        else glyph 0 (only for text drawn invisibly, e.g. under a name image)."""
        with self._lock:
            if cluster in self._alias_of:
                return self._alias_of[cluster]
            face = self.face
            found = variants.variant_glyph(face.filename, self.subfont, cluster,
                                           face.charToGlyph) if len(cluster) > 1 else None
            glyph, width = found or (face.charToGlyph.get(ord(cluster[0]), 0), None)
            if width is None:  # the base character's glyph (or glyph 0): its known width
                width = face.charWidths.get(ord(cluster[0]), face.defaultWidth)
            point = max(self.aliases, default=ALIAS_FIRST - 1) + 1
            while point in self.face.charToGlyph:
                point += 1
            if point > ALIAS_LAST:
                raise RuntimeError("no alias code point left")
            face.charToGlyph[point] = glyph
            face.glyphToChar.setdefault(glyph, []).append(point)
            face.charWidths[point] = width
            self.aliases[point] = cluster
            self._alias_of[cluster] = chr(point)
            return chr(point)

    def addObjects(self, doc: Any) -> None:  # noqa: N802  # reportlab's name
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)  # builds the font objects and forgets the document's state
        if state is None or state.internalName is None:
            return
        fonts = doc.idToObject["BasicFonts"].dict
        for number, subset in enumerate(subsets):
            pdf_font = fonts[f"{state.internalName}+{number}"]
            stream = doc.idToObject[pdf_font.ToUnicode.name]
            stream.content = to_unicode_cmap(pdf_font.BaseFont, subset, self.aliases)


def drawable(font_name: str, text: str) -> str:
    """``text`` as font ``font_name`` draws it (sequences as aliases where it is ours)."""
    font = getFont(font_name)
    return font.drawable(text) if isinstance(font, TextLayerTTFont) else text
