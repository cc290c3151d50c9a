"""在留カード: the counter starts a visit for a resident without a My Number Card.

The staff tick 「在留カードで受付」 and enter the card's items once; the name (in the alphabet,
as on the card), the birth date and sex go in the card fields above. forms.residence validates
them when the navigator runs (one line naming the item) and every form fills from the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from forms.residence import KUBUN
from ui.i18n import translate


def _items() -> tuple[tuple[str, str], ...]:
    """Key, label: the 住民票's 外国人住民 items (住基法30条の45) and the 通称."""
    return (("nationality", translate("Staff", "国籍・地域")),
            ("status", translate("Staff", "在留資格")),
            ("period", translate("Staff", "在留期間")),
            ("expiry", translate("Staff", "在留期間の満了日（YYYY-MM-DD）")),
            ("number", translate("Staff", "在留カード等の番号")),
            ("tsusho", translate("Staff", "通称（ある方のみ）")))


class ResidencePanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.enabled = QCheckBox(translate("Staff", "在留カードで受付（マイナンバーカードなし）"))
        self.enabled.setAccessibleName(translate("Staff", "在留カードで受付"))
        self.kubun = QComboBox()
        self.kubun.setAccessibleName(translate("Staff", "住基法30条の45区分"))
        for kubun in KUBUN:
            self.kubun.addItem(kubun, kubun)
        self.inputs: dict[str, QLineEdit] = {}
        self.items = QWidget()
        form = QFormLayout(self.items)
        form.addRow(translate("Staff", "住基法30条の45区分"), self.kubun)
        for key, text in _items():
            line = QLineEdit()
            line.setAccessibleName(text)
            self.inputs[key] = line
            form.addRow(text, line)
        self.inputs["number"].setMaxLength(12)
        self.items.setVisible(False)  # the usual visit has a My Number Card: kept out of the way
        self.enabled.toggled.connect(self.items.setVisible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.items)

    def values(self) -> dict[str, Any] | None:
        """The residence_card of the CARD.json, or None for a My Number Card visit."""
        if not self.enabled.isChecked():
            return None
        raw: dict[str, Any] = {key: line.text().strip() for key, line in self.inputs.items()}
        raw["kubun"] = str(self.kubun.currentData())
        return raw

    def clear(self) -> None:
        for line in self.inputs.values():
            line.clear()
        self.kubun.setCurrentIndex(0)
        self.enabled.setChecked(False)
