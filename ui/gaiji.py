"""A label that shows IVS sequences of a name with their variant glyph on screen.

Qt (6.11) does not apply a font's cmap format 14: it draws 辻 + U+E0102 as the plain 辻. This
label, for a text with a variation selector, draws each sequence as the glyph the print fonts
choose for it (forms.pdf.textfit picks the font of the chain that maps the sequence,
forms.pdf.variants the glyph id), through QRawFont of the same font file, and everything
else with the label's own font. A text without a selector is an ordinary QLabel. The label
wraps no lines in that mode: names fit one line, and an address that needs two keeps Qt's
drawing (base glyphs) rather than a cut line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QGlyphRun, QPainter, QPaintEvent, QPalette, QRawFont
from PySide6.QtWidgets import QLabel

from forms.pdf.fonts import FORM_MINCHO, font, font_file
from forms.pdf.textfit import font_for
from forms.pdf.variants import clusters, has_selector


@cache
def _font_data(name: str) -> bytes:
    with resources.as_file(font_file(name)) as path:
        return path.read_bytes()


def raw_font(name: str, pixel_size: float) -> QRawFont:
    """The print font ``name`` for Qt at ``pixel_size`` (the file is read once)."""
    return QRawFont(_font_data(name), pixel_size)


def variant_glyph(cluster: str) -> tuple[str, int] | None:
    """(font, glyph id) a sequence prints with, or None if no print font maps it."""
    name = font_for(cluster, FORM_MINCHO)
    glyph = font(name).glyph_for(cluster)
    return None if glyph is None else (name, glyph)


class VariantLabel(QLabel):
    """A QLabel whose variation sequences show their variant glyph (see the module doc)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  # Qt's name
        text = self.text()
        metrics = QFontMetricsF(self.font())
        if not has_selector(text) or metrics.horizontalAdvance(text) > self.contentsRect().width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.font())
        area = self.contentsRect()
        baseline = area.top() + (area.height() - metrics.height()) / 2 + metrics.ascent()
        x = float(area.left())
        for cluster in clusters(text):
            x += self._draw(painter, cluster, QPointF(x, baseline), metrics)
        painter.end()

    def _draw(self, painter: QPainter, cluster: str, at: QPointF,
              metrics: QFontMetricsF) -> float:
        """Draw one character or sequence at the baseline point; returns its advance."""
        found = variant_glyph(cluster) if len(cluster) > 1 else None
        if found is None:
            painter.drawText(at, cluster)
            return metrics.horizontalAdvance(cluster)
        raw = raw_font(found[0], self.font().pixelSize() if self.font().pixelSize() > 0
                       else self.font().pointSizeF() * self.logicalDpiY() / 72)
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes([found[1]])
        run.setPositions([QPointF(0, 0)])
        painter.drawGlyphRun(at, run)
        advance = raw.advancesForGlyphIndexes([found[1]])
        return float(advance[0].x()) if advance else metrics.horizontalAdvance(cluster[0])


def variant_label(name: str) -> VariantLabel:
    """Like ui.widgets.label for data: word-wrapped, ``name`` its accessible name."""
    widget = VariantLabel()
    widget.setWordWrap(True)
    widget.setAccessibleName(name)
    return widget
