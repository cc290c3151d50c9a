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
