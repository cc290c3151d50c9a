"""The self-service terminal without the PIN: 「暗証番号がわからない方」, a locked PIN and a
顔認証 card without one lead to the guided entry of the three printed items (照合番号B), read
through pcscd + vpcd, and the visit goes on as with the PIN. The photo is never shown here."""

import datetime as dt
import subprocess

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.store import audit
from kiosk.visit.selfservice import Screen
from tests.support.app import to_pin
from tests.support.codeb import YAMADA_PRINTED, enter_code_b
from tests.support.qt import on_device_thread
from ui import theme

ANSWERS = {"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678", "certificates": ["juminhyo"],
           "copies": 1, "purpose": "bank"}


def clipped_buttons(page) -> list[str]:
    return [b.text() for b in page.findChildren(QPushButton)
            if b.isVisibleTo(page) and b.text() and max(
                b.fontMetrics().horizontalAdvance(line)
                for line in b.text().splitlines()) > b.contentsRect().width()]


def settle_until_nothing_is_clipped(qtbot, page, step: str) -> None:
    """Waits for the layout to settle; a failure names the clipped buttons and their sizes."""
    try:
        qtbot.waitUntil(lambda: clipped_buttons(page) == [], timeout=5000)
    except Exception:
        clipped = clipped_buttons(page)
        details = [(b.text(), b.fontMetrics().horizontalAdvance(b.text()), b.contentsRect().width(),
                    b.width()) for b in page.findChildren(QPushButton) if b.text() in clipped]
        window = page.window()
        raise AssertionError(f"clipped at step {step}: {details}; page {page.size()}, shown "
                             f"{page.isVisible()}, screen {window.flow.screen}, stack page "
                             f"{window.stack.currentWidget() is page}") from None


def no_picture_shown(window) -> bool:
    return not any(not label.pixmap().isNull() for label in window.findChildren(QLabel))


def test_a_resident_who_does_not_know_the_pin_reads_the_card_with_the_printed_items(
        qtbot, terminal, insert_card):
    soon = dt.date.today() + dt.timedelta(days=30)
    inserted = insert_card("yamada_taro", certificate_expiry=soon)
    to_pin(qtbot, terminal)
    pin_page = terminal.pages[Screen.PIN]
    assert pin_page.forgot.isVisibleTo(pin_page)
    assert pin_page.forgot.text() == "暗証番号がわからない方"
    pin_page.forgot.click()
    assert terminal.flow.screen is Screen.CODE_B
    page = terminal.pages[Screen.CODE_B]
    assert page.picture.spot == 0 and "生年月日" in page.title.text()
    enter_code_b(qtbot, terminal, YAMADA_PRINTED, Screen.CONFIRM)
    assert inserted.card.stats.pin_verifies == 0  # no PIN try spent
    assert inserted.card.stats.code_b_verifies == 1
    assert terminal.flow.credential == "code_b"
    assert terminal.pages[Screen.CONFIRM].values["name"].text() == "山田　太郎"
    assert page.typed == {} and page.pad.value == ""  # the digits are gone once sent
    terminal.flow_confirm()
    terminal.choose_life_event("certificates")
    while terminal.flow.screen is Screen.QUESTION:
        terminal.answer(ANSWERS[terminal.flow.question.id])
    assert terminal.flow.screen is Screen.REVIEW
    review = terminal.pages[Screen.REVIEW]
    assert review.notice.isVisibleTo(review)
    assert "電子証明書の有効期限" in review.notice.text()
    assert terminal.flow.decisions[-1].procedure.id == "denshi_shomeisho_koushin"
    assert no_picture_shown(terminal)
    terminal.flow_print()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.DONE, timeout=15000)
    folder = terminal.settings.home / "printed"
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 2, timeout=10000)
    forms = sorted(folder.glob("*.pdf"))[0]
    guide = "".join(subprocess.run(["pdftotext", "-l", "1", str(forms), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    assert "お知らせ" in guide and "電子証明書の更新が、いまからできます。" in guide
    reads = [e for e in on_device_thread(qtbot, terminal.hub, lambda: audit.entries(
        terminal.services.outbox().store)) if e.action == "card_read"]
    assert reads[-1].detail["credential"] == "code_b"


def test_a_card_without_a_pin_goes_straight_to_the_printed_items(qtbot, terminal,
                                                                insert_card):
    inserted = insert_card("yamada_taro", pin=None)  # a 顔認証マイナンバーカード
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.CODE_B, timeout=10000)
    page = terminal.pages[Screen.CODE_B]
    assert "暗証番号を使えません" in page.problem.text()
    assert not page.back.isVisibleTo(page)  # no PIN to go back to
    enter_code_b(qtbot, terminal, YAMADA_PRINTED, Screen.CONFIRM)
    assert inserted.card.stats.pin_verifies == 0


def test_a_locked_pin_offers_the_printed_items_at_once(qtbot, terminal, insert_card):
    inserted = insert_card("tanaka_locked")
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.CODE_B, timeout=10000)
    assert inserted.card.stats.pin_verifies == 0


def test_a_wrong_code_is_said_with_the_tries_left_and_asked_again_from_the_first_item(
        qtbot, terminal, insert_card):
    inserted = insert_card("yamada_taro", pin=None)
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.CODE_B, timeout=10000)
    enter_code_b(qtbot, terminal, ("昭和", "600401", "2035", "9999"), Screen.READING)
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.CODE_B
                    and terminal.flow.code_b_tries_left == 2, timeout=10000)
    page = terminal.pages[Screen.CODE_B]
    assert "違います" in page.problem.text() and "2回" in page.tries.text()
    assert page.step == 0 and page.typed == {}
    assert inserted.card.stats.code_b_verifies == 1  # never retried on our own


def test_a_locked_code_is_never_sent(qtbot, terminal, insert_card):
    inserted = insert_card("yamada_taro", pin=None, code_b_tries_left=0)
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LOCKED, timeout=10000)
    page = terminal.pages[Screen.LOCKED]
    # What is true for a 顔認証 card: the printed items are locked, the counter unlocks them
    assert page.title.text() == "カードに書かれていることの入力がロックされています"
    assert "本人確認" in page.text.text() and "暗証番号" not in page.text.text()
    assert "顔認証" in page.note.text()
    assert inserted.card.stats.code_b_verifies == 0


def test_a_locked_pin_and_a_locked_code_say_both(qtbot, terminal, insert_card):
    inserted = insert_card("tanaka_locked", code_b_tries_left=0)
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LOCKED, timeout=10000)
    page = terminal.pages[Screen.LOCKED]
    assert page.title.text() == "暗証番号がロックされています"
    assert "使えなくなりました" in page.note.text()
    assert inserted.card.stats.code_b_verifies == inserted.card.stats.pin_verifies == 0


def test_the_locked_code_page_is_translated(qtbot, terminal, insert_card):
    insert_card("yamada_taro", pin=None, code_b_tries_left=0)
    terminal.choose_language("en")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LOCKED, timeout=10000)
    page = terminal.pages[Screen.LOCKED]
    assert page.title.text() == "Entering what is printed on the card is locked"
    assert "unlocks it" in page.text.text() and "no PIN" in page.note.text()


def test_a_typing_mistake_sends_nothing_and_asks_that_item_again(qtbot, terminal,
                                                                 insert_card):
    inserted = insert_card("yamada_taro")
    to_pin(qtbot, terminal)
    terminal.forgot_pin()
    enter_code_b(qtbot, terminal, ("平成", "600401", "2035", "1234"), Screen.CODE_B)
    page = terminal.pages[Screen.CODE_B]
    assert page.step == 0 and "生年月日" in page.problem.text()  # 平成60年 does not exist
    assert inserted.card.stats.code_b_verifies == 0


def test_removing_the_card_forgets_the_typed_items(qtbot, terminal, insert_card):
    inserted = insert_card("yamada_taro", pin=None)
    terminal.choose_language("ja")
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.CODE_B, timeout=10000)
    page = terminal.pages[Screen.CODE_B]
    for digit in "600401":
        page.pad.press(digit)
    page.pad.submit()
    assert page.typed == {"birth": "600401"}
    inserted.remove()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LANGUAGE, timeout=10000)
    assert page.typed == {} and page.step == 0


@pytest.mark.parametrize(("language", "pin"), [("ja", None), ("ja", "1234"), ("en", "1234"),
                                               ("vi", None)])
def test_the_printed_items_page_fits_1366_by_768_at_150_percent(qtbot, qapp, terminal,
                                                                 insert_card, language, pin):
    theme.apply(qapp, scale=1.5)
    try:
        terminal.resize(1366, 768)
        terminal.show()
        insert_card("yamada_taro", pin=pin)
        terminal.choose_language(language)
        qtbot.waitUntil(lambda: terminal.flow.screen in (Screen.PIN, Screen.CODE_B),
                        timeout=10000)
        if pin is not None:
            terminal.forgot_pin()  # "back" to the PIN is on the page then
            assert terminal.pages[Screen.CODE_B].back.isVisibleTo(terminal)
        page = terminal.pages[Screen.CODE_B]
        for step in ("birth", "expiry", "security"):
            page.go_to(step)
            # the window's own rows (header, status strip) plus this page, not the tallest
            # page of the stack (other pages are a known issue at 150 %)
            chrome = (terminal.minimumSizeHint().height()
                      - terminal.stack.minimumSizeHint().height())
            needed = page.minimumSizeHint()
            assert needed.width() <= 1366 and chrome + needed.height() <= 768, (step, needed)
            # once the layout has settled (a button just shown is laid out on the next pass)
            settle_until_nothing_is_clipped(qtbot, page, step)
    finally:
        theme.apply(qapp)
