"""A card removed mid-visit (issue #14): the visit is wiped and the start screen says why."""

from kiosk.visit.selfservice import START_NOTICES, Screen
from tests.support.app import enter_pin, to_pin
from tests.support.qt import personal_data_left


def test_removal_mid_visit_explains_itself_on_the_start_screen(qtbot, terminal, insert_card):
    inserted = insert_card("yamada_taro")
    to_pin(qtbot, terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    terminal.flow_confirm()
    inserted.remove()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LANGUAGE, timeout=10000)
    page = terminal.pages[Screen.LANGUAGE]
    assert terminal.stack.currentWidget() is page
    assert page.notice.text() == START_NOTICES["removed"] and not page.notice.isHidden()
    assert personal_data_left(terminal) == []
    second = insert_card("yamada_taro")
    to_pin(qtbot, terminal)  # the next visit: the notice is gone
    second.remove()  # (before the fixture's teardown, which removes the first card first)
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LANGUAGE, timeout=10000)
    terminal.reset()  # and it ends normally: the start screen says nothing about the last
    assert page.notice.text() == "" and page.notice.isHidden()


def test_cancel_asks_first_then_wipes_the_visit(qtbot, terminal, insert_card):
    from PySide6.QtCore import Qt

    insert_card("yamada_taro")
    terminal.show()
    row = terminal.actions
    assert not row.cancel.isEnabled()  # nothing to stop on the start screen
    to_pin(qtbot, terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    terminal.flow_confirm()
    terminal.choose_life_event("certificates")
    assert row.cancel.isEnabled() and row.confirm.isHidden()
    qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
    assert row.confirm.isVisible() and "消しますか" in row.question.text()
    qtbot.mouseClick(row.keep, Qt.MouseButton.LeftButton)  # いいえ: nothing is lost
    assert terminal.flow.screen is Screen.QUESTION and terminal.flow.holds_personal_data()
    qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.confirm, Qt.MouseButton.LeftButton)
    assert terminal.flow.screen is Screen.LANGUAGE and not terminal.flow.holds_personal_data()
    assert personal_data_left(terminal) == [] and row.confirm.isHidden()


def test_the_bottom_call_button_calls_and_the_countdown_leaves_the_notice(
        qtbot, terminal, insert_card):
    from PySide6.QtCore import Qt

    calls: list[str] = []
    terminal.staff_called.connect(calls.append)
    insert_card("yamada_taro")
    terminal.show()
    to_pin(qtbot, terminal)
    qtbot.mouseClick(terminal.actions.call, Qt.MouseButton.LeftButton)
    assert calls == ["button"]
    terminal._tick()
    assert "職員が向かっています" in terminal.countdown.text()
