"""Text scaled to 200 % and the high-contrast theme: no button text is clipped on any
self-service screen of the walkthrough."""

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.visit.selfservice import Screen
from tests.support.app import enter_pin
from ui import theme

ANSWERS = {"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678", "certificates": ["juminhyo"],
           "copies": 1, "purpose": "bank"}


def clipped(window) -> list[str]:
    page = window.stack.currentWidget()
    found = []
    for button in [window.call, *page.findChildren(QPushButton)]:
        if not button.isVisibleTo(window) or not button.text():
            continue
        needed = button.fontMetrics().horizontalAdvance(button.text())
        if needed > button.contentsRect().width():
            found.append(f"{button.text()} ({needed} > {button.contentsRect().width()})")
    return found


@pytest.mark.parametrize("scale,high_contrast", [(2.0, False), (1.5, True)])
def test_no_clipping(qtbot, qapp, terminal, insert_card, scale, high_contrast):
    theme.apply(qapp, high_contrast=high_contrast, scale=scale)
    terminal.resize(1920, 1080)
    terminal.show()
    insert_card("yamada_taro")
    problems = {}
    problems[Screen.LANGUAGE] = clipped(terminal)
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    problems[Screen.PIN] = clipped(terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    problems[Screen.CONFIRM] = clipped(terminal)
    terminal.flow_confirm()
    problems[Screen.LIFE_EVENT] = clipped(terminal)
    terminal.choose_life_event("certificates")
    while terminal.flow.screen is Screen.QUESTION:
        qtbot.wait(50)
        problems[terminal.flow.question.id] = clipped(terminal)
        terminal.answer(ANSWERS[terminal.flow.question.id])
    problems[Screen.REVIEW] = clipped(terminal)
    theme.apply(qapp)
    assert {k: v for k, v in problems.items() if v} == {}
