"""On screen, a name's IVS sequence shows its variant glyph (Qt alone draws the base glyph)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QLabel

from ui.gaiji import VariantLabel

ONE_DOT, TWO_DOTS = "辻\U000E0102", "辻\U000E0103"  # IPAmj: mj025760 and mj025761 (= 辻)


def grab(widget: QLabel, text: str) -> QImage:
    widget.setFont(QFont("IPAexGothic", 40))
    widget.setStyleSheet("color: black; background: white;")
    widget.setText(text)
    widget.resize(400, 90)
    return widget.grab().toImage()


def test_qt_alone_draws_both_variants_alike_the_label_does_not(qtbot) -> None:
    plain, variant = QLabel(), VariantLabel()
    qtbot.addWidget(plain)
    qtbot.addWidget(variant)
    assert grab(plain, ONE_DOT) == grab(plain, TWO_DOTS)  # why the label exists
    assert grab(variant, ONE_DOT) != grab(variant, TWO_DOTS)
    assert grab(variant, f"{TWO_DOTS}　健一") != grab(variant, "")  # ink is drawn


def test_a_text_without_selectors_is_an_ordinary_label(qtbot) -> None:
    plain, variant = QLabel(), VariantLabel()
    qtbot.addWidget(plain)
    qtbot.addWidget(variant)
    assert grab(variant, "山田　太郎") == grab(plain, "山田　太郎")
