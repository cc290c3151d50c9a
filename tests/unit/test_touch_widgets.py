"""Touch widgets of the self-service terminal (issue #14 items 5, 6, 8): real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from forms.session import Session, card_from_json
from kiosk.visit.selfservice import Screen, SelfServiceFlow
from tests.support.forms import CATALOGUE, TODAY, card
from ui import theme
from ui.widgets import KanaKeyboard, KeyPad, choice


@pytest.fixture(autouse=True)
def _plain_app(qapp):
    """The theme set here must not leak into the tests run after these."""
    font = qapp.font()
    yield
    qapp.setStyleSheet("")
    qapp.setFont(font)


def keys(widget: KanaKeyboard) -> dict[str, QPushButton]:
    return {k.accessibleName(): k for k in widget.findChildren(QPushButton)}


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_selected_choice_is_filled_with_a_tick_and_the_word(qtbot, high_contrast):
    theme.apply(QApplication.instance(), high_contrast=high_contrast)
    chosen, other = choice("住民票の写し"), choice("印鑑登録証明書")
    for widget in (chosen, other):
        qtbot.addWidget(widget)
        widget.resize(400, 100)
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    assert chosen.isChecked() and chosen.text() == "✓ 住民票の写し（選択中）"
    assert chosen.accessibleName() == chosen.text() and other.text() == "印鑑登録証明書"
    # filled: the checked button is painted in another colour than the unchecked one
    centre = chosen.rect().center()
    assert chosen.grab().toImage().pixelColor(5, centre.y()) != \
        other.grab().toImage().pixelColor(5, centre.y())
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    assert not chosen.isChecked() and chosen.text() == "住民票の写し"


def type_keys(qtbot, keyboard: KanaKeyboard, names: str) -> None:
    found = keys(keyboard)
    for name in names.split():
        qtbot.mouseClick(found[name], Qt.MouseButton.LeftButton)


def test_the_vietnamese_persona_can_type_his_name_and_the_small_kana(qtbot):
    keyboard = KanaKeyboard()
    qtbot.addWidget(keyboard)
    got: list[str] = []
    keyboard.submitted.connect(got.append)
    type_keys(qtbot, keyboard, "ク 濁点 エ ン 空白 ウ 濁点 ア 小さい文字 ン 空白 ア ン")
    type_keys(qtbot, keyboard, "空白 ワ 小さい文字 カ 小さい文字 ケ 小さい文字")
    type_keys(qtbot, keyboard, "ハ 半濁点 ハ 半濁点 半濁点")
    type_keys(qtbot, keyboard, "決定")
    assert got == ["グエン　ヴァン　アン　ヮヵヶパハ"]


@pytest.mark.parametrize(("scale", "width"), [(1.0, 1280), (1.5, 1366)])
def test_the_kana_keyboard_fits_a_kiosk_panel(qtbot, scale, width):
    theme.apply(QApplication.instance(), scale=scale)
    keyboard = KanaKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.show()
    assert keyboard.minimumSizeHint().width() <= width - 40  # the page's own margins
    keyboard.resize(width - 40, keyboard.minimumSizeHint().height())
    for key in keyboard.findChildren(QPushButton):
        assert keyboard.rect().contains(key.geometry()), key.text()


def test_the_pad_keys_follow_the_language(qtbot, monkeypatch):
    pad = KeyPad(max_length=4, masked=True)
    qtbot.addWidget(pad)
    assert (pad.correct.text(), pad.ok.text()) == ("訂正", "決定")
    english = {"訂正": "Correct", "決定": "OK"}
    monkeypatch.setattr("ui.widgets.translate", lambda _c, text: english.get(text, text))
    pad.retranslate()
    assert (pad.correct.text(), pad.ok.text()) == ("Correct", "OK")


def test_back_from_the_first_question_returns_to_the_life_event_choice():
    flow = SelfServiceFlow(CATALOGUE, today=lambda: TODAY)
    flow.session = Session(CATALOGUE, "childcare", card_from_json(card()), {}, TODAY)
    flow.question, flow.screen = CATALOGUE.questions["furigana"], Screen.QUESTION
    flow.back()
    assert flow.screen is Screen.LIFE_EVENT
    assert flow.session is None and flow.question is None


def test_a_refused_answer_stays_on_screen_with_the_message_beside_it(qtbot):
    from types import SimpleNamespace

    from ui.selfservice.question_pages import QuestionPage

    flow = SelfServiceFlow(CATALOGUE, today=lambda: TODAY)
    flow.session = Session(CATALOGUE, "childcare", card_from_json(card()), {}, TODAY)
    flow.question, flow.screen = CATALOGUE.questions["phone"], Screen.QUESTION
    host = SimpleNamespace(flow=flow, flow_back=lambda: None, flow_skip=lambda: None)
    page = QuestionPage(host)
    host.answer = lambda value: (flow.answer(value), page.refresh())
    qtbot.addWidget(page)
    page.refresh()
    pad = page.input
    for digit in "12345":
        pad.press(digit)
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)
    assert flow.question is CATALOGUE.questions["phone"] and flow.problem
    assert page.input is pad and pad.value == "12345"  # kept, to be corrected
    assert page.problem.text().startswith("⚠ ")  # not by colour alone
    assert page.problem.text()[2:] and page.problem.text()[2:] in page.problem.accessibleName()


def key(widget, name: str) -> QPushButton:
    return next(k for k in widget.findChildren(QPushButton) if k.text() == name
                and k.isVisibleTo(widget))


def test_the_date_picker_is_big_buttons_with_the_era_and_keeps_the_window(qtbot):
    import datetime as dt

    from ui.selfservice.date_picker import DatePicker

    got: list[str] = []
    picker = DatePicker(got.append, TODAY, None, 0)
    qtbot.addWidget(picker)
    assert picker.year.text() == "2026（令和8）"
    for name in ("-10", "-10", "-10", "-10", "-10", "-10", "-10", "-10", "30", "2"):
        qtbot.mouseClick(key(picker, name), Qt.MouseButton.LeftButton)
    assert picker.date == dt.date(1946, 2, 28)  # no 29 February in 1946: the day shrinks
    assert picker.year.text() == "1946（昭和21）"
    assert "1946（昭和21）年2月28日" in picker.shown.text()
    assert not any(k.text() == "29" for k in picker.days.buttons() if k.isVisibleTo(picker))
    for _ in range(10):
        qtbot.mouseClick(key(picker, "+10"), Qt.MouseButton.LeftButton)
    assert picker.date.year == 2026  # latest = 0: no year after this one
    qtbot.mouseClick(key(picker, "昨日"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key(picker, "次へ"), Qt.MouseButton.LeftButton)
    assert got == ["2026-11-22"]
    assert picker.months.checkedButton().text() == "11"
    assert picker.days.checkedButton().text() == "22"


@pytest.fixture
def english():
    from ui import i18n

    assert i18n.install("en")
    yield
    i18n.install("ja")


def test_a_date_after_the_window_is_refused_beside_the_field_and_kept(qtbot, english):
    import datetime as dt
    from types import SimpleNamespace

    from ui.selfservice.question_pages import QuestionPage

    flow = SelfServiceFlow(CATALOGUE, today=lambda: TODAY)
    flow.session = Session(CATALOGUE, "childcare", card_from_json(card()), {}, TODAY)
    flow.question, flow.screen = CATALOGUE.questions["child_birth_date"], Screen.QUESTION
    host = SimpleNamespace(flow=flow, flow_back=lambda: None, flow_skip=lambda: None)
    page = QuestionPage(host)
    host.answer = lambda value: (flow.answer(value), page.refresh())
    qtbot.addWidget(page)
    page.refresh()
    picker = page.input
    qtbot.mouseClick(key(picker, "12"), Qt.MouseButton.LeftButton)  # 2026-12-23: tomorrow+
    ok = next(k for k in picker.findChildren(QPushButton) if k.property("role") == "primary")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.problem.text() == "⚠ The date cannot be after today"  # the resident's language
    assert page.input is picker and picker.date == dt.date(2026, 12, 23)
