"""The self-service page: what every screen has (a title, ``refresh``, ``guidance``,
``clear``) and the helpers the pages share.

``guidance`` is what spoken guidance (``--speech``) says for a page: the translated texts that
tell the resident what to do, as shown. Never a value read from the card, an answer or a PIN
digit: a bystander can hear the kiosk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QLabel, QVBoxLayout, QWidget

from kiosk.visit.selfservice import Screen
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.selfservice.window import SelfServiceWindow

CTX = "SelfService"


class Page(QWidget):
    shows: Screen
    title: QLabel  # every page has one: what the screen is for

    def __init__(self, window: SelfServiceWindow) -> None:
        super().__init__()
        self.host = window
        self.body = QVBoxLayout(self)

    def refresh(self) -> None:
        """Rebuild the texts from the flow (language, data) when the page is shown."""

    def guidance(self) -> list[str]:
        """What spoken guidance says for this page (after ``refresh``): guidance texts only."""
        return [self.title.text()]

    def clear(self) -> None:
        """Forget whatever personal data the page shows."""


def message(text: str) -> str:
    """A problem text from the core (kiosk.visit.selfservice.PROBLEMS, forms validation)."""
    return translate("Messages", text) if text else ""


def sex_label(code: str) -> str:
    labels = {"male": translate("SelfService", "男"), "female": translate("SelfService", "女"),
              "not_applicable": translate("SelfService", "適用不能"),
              "unknown": translate("SelfService", "不明")}
    return labels.get(code, code)


def set_text(widget: QAbstractButton | QLabel, text: str) -> None:
    """The visible text, and the same for a screen reader."""
    widget.setText(text)
    widget.setAccessibleName(text)
