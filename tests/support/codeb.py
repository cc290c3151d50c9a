"""Typing the three items printed on the card (照合番号B) into the apps, as a resident or a
clerk would: the birth date in 和暦 as printed, the card's expiry year, the security code."""

from __future__ import annotations

from typing import Any

from kiosk.visit.selfservice import Screen

# yamada_taro: born 1985-04-01 = 昭和60年4月1日, card valid until 2035, security code 1234
YAMADA_PRINTED = ("昭和", "600401", "2035", "1234")


def enter_code_b(qtbot: Any, window: Any, printed: tuple[str, str, str, str],
                 until: Screen) -> None:
    """On the self-service CODE_B page: the era button, then each item on the pad."""
    page = window.pages[Screen.CODE_B]
    era, birth, year, code = printed
    for choice in page.eras.buttons():
        if choice.accessibleName() == era:
            choice.click()
    for value in (birth, year, code):
        for digit in value:
            page.pad.press(digit)
        page.pad.submit()
    qtbot.waitUntil(lambda: window.flow.screen is until, timeout=15000)


def type_code_b(qtbot: Any, visit: Any, printed: tuple[str, str, str, str] = YAMADA_PRINTED
                ) -> None:
    """At the counter: the clerk types the three items into the card panel and reads."""
    era, birth, year, code = printed
    panel = visit.card
    panel.era.setCurrentIndex(panel.era.findData(era))
    qtbot.keyClicks(panel.birth, birth)
    qtbot.keyClicks(panel.expiry_year, year)
    qtbot.keyClicks(panel.security, code)
    panel.read_code_b_button.click()


def wait_for_card_state(qtbot: Any, visit: Any) -> None:
    """Until the counter's card panel shows the card's PIN state (read without a credential)."""
    qtbot.waitUntil(lambda: visit.card.pin_state.text() != "", timeout=10000)
