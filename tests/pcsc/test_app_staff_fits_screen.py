"""The counter fits a 1366×768 screen at 100 % text: before a read, with the printed items
(照合番号B) typed, and after a read with the card-face photo and the verdicts shown."""

import pytest
from PySide6.QtCore import QSize

from tests.support.app import login
from tests.support.codeb import YAMADA_PRINTED
from ui import theme

SCREEN = QSize(1366, 768)


@pytest.fixture(autouse=True)
def staff_theme(qapp):
    theme.apply(qapp, staff=True)  # the font the counter app starts with (ui/shell/app.py)
    yield
    theme.apply(qapp)


def fits(widget) -> bool:
    needed = widget.minimumSizeHint()
    return needed.width() <= SCREEN.width() and needed.height() <= SCREEN.height()


def test_the_counter_fits_1366_by_768_through_a_read_without_the_pin(qtbot, counter,
                                                                      insert_card):
    counter.resize(SCREEN)
    counter.show()
    login(qtbot, counter)
    assert fits(counter), counter.minimumSizeHint()
    insert_card("yamada_taro")
    panel = counter.visit.card
    qtbot.waitUntil(lambda: panel.pin_state.text() != "", timeout=10000)
    era, birth, year, code = YAMADA_PRINTED
    panel.era.setCurrentIndex(panel.era.findData(era))
    qtbot.keyClicks(panel.birth, birth)
    qtbot.keyClicks(panel.expiry_year, year)
    qtbot.keyClicks(panel.security, code)
    assert panel.read_code_b_button.isVisibleTo(counter) and fits(counter)
    panel.read_code_b_button.click()
    qtbot.waitUntil(lambda: panel.face is not None, timeout=15000)
    assert panel.confirm.isVisibleTo(counter) and panel.chip_badge.isVisibleTo(counter)
    qtbot.waitUntil(lambda: fits(counter), timeout=5000)  # the layout settles after the photo
    assert counter.size() == SCREEN, counter.size()


def test_after_the_card_leaves_the_printed_items_are_offered_again(qtbot, counter, insert_card):
    login(qtbot, counter)
    inserted = insert_card("yamada_taro")
    panel = counter.visit.card
    qtbot.waitUntil(lambda: panel.pin_state.text() != "", timeout=10000)
    era, birth, year, code = YAMADA_PRINTED
    panel.era.setCurrentIndex(panel.era.findData(era))
    for field, text in ((panel.birth, birth), (panel.expiry_year, year), (panel.security, code)):
        qtbot.keyClicks(field, text)
    panel.read_code_b_button.click()
    qtbot.waitUntil(lambda: panel.face is not None, timeout=15000)
    assert not panel.read_code_b_button.isVisibleTo(counter)
    inserted.remove()
    qtbot.waitUntil(lambda: panel.read_code_b_button.isVisibleTo(counter), timeout=10000)
