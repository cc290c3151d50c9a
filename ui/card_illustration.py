"""Where the three items of 照合番号B are printed: a drawing of a generic card (our own SVG in
assets/illustrations, not a picture of a real card) with one spot highlighted and the three
spots numbered in the order they are asked."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

SPOTS = ("spot-birth", "spot-expiry", "spot-security")  # ①②③, in the order asked
HIGHLIGHT = QColor("#d35400")
CARD_W, CARD_H = 856.0, 540.0  # the drawing's viewBox


def illustration_svg() -> bytes:
    return resources.files("assets").joinpath("illustrations",
                                              "card_printed_items.svg").read_bytes()


class CardIllustration(QWidget):
    """The card drawn to fit the widget; ``show_spot(i)`` highlights item ``i`` (0-2)."""

    def __init__(self) -> None:
        super().__init__()
        self._renderer = QSvgRenderer(illustration_svg())
        self.spot: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 126)

    def show_spot(self, index: int | None) -> None:
        self.spot = index
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(428, 270)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return round(width * CARD_H / CARD_W)

    def card_rect(self) -> QRectF:
        """Where the card is drawn: as large as fits, the card's proportions kept."""
        scale = min(self.width() / CARD_W, self.height() / CARD_H)
        w, h = CARD_W * scale, CARD_H * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = self.card_rect()
        self._renderer.render(painter, target)
        scale = target.width() / CARD_W
        for index, spot in enumerate(SPOTS):
            bounds = self._renderer.boundsOnElement(spot)
            box = QRectF(target.x() + bounds.x() * scale, target.y() + bounds.y() * scale,
                         bounds.width() * scale, bounds.height() * scale).adjusted(-6, -6, 6, 6)
            self._mark(painter, index, box, index == self.spot)
        painter.end()

    def _mark(self, painter: QPainter, index: int, box: QRectF, current: bool) -> None:
        colour = HIGHLIGHT if current else QColor("#2f5d8a")
        if current:
            painter.setPen(QPen(colour, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 8, 8)
        radius = max(12.0, box.height() * 0.45)
        centre = QPointF(box.left() - radius * 0.2, box.top() - radius * 0.2)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        font = QFont(painter.font())
        font.setPixelSize(round(radius * 1.3))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                2 * radius), Qt.AlignmentFlag.AlignCenter, str(index + 1))
