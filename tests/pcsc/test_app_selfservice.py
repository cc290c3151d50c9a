"""The self-service terminal end to end, through pcscd + vpcd and the simulated card."""

import subprocess

import pytest

from kiosk.visit.selfservice import Screen
from tests.support.app import enter_pin, to_pin
from tests.support.qt import on_device_thread, personal_data_left, unnamed_controls


def test_certificate_visit_prints_and_issues_a_ticket(qtbot, terminal, insert_card):
    insert_card("yamada_taro")
    to_pin(qtbot, terminal)
    assert "3回" in terminal.pages[Screen.PIN].tries.text()
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    assert terminal.pages[Screen.CONFIRM].values["name"].text() == "山田　太郎"
    terminal.flow_confirm()
    terminal.choose_life_event("certificates")
    for value in ("ヤマダ　タロウ", "090-1234-5678", ["juminhyo"], 2, "bank"):
        assert terminal.flow.problem == ""
        terminal.answer(value)
    assert terminal.flow.screen is Screen.REVIEW
    assert [d.procedure.id for d in terminal.flow.decisions] == ["juminhyo_koufu"]
    terminal.flow_print()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.DONE, timeout=15000)
    assert terminal.pages[Screen.DONE].ticket.text() == "001"
    folder = terminal.settings.home / "printed"
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 2, timeout=10000)
    forms, ticket = sorted(folder.glob("*.pdf"))  # the forms first, then the numbered ticket
    assert forms.read_bytes().startswith(b"%PDF") and "受付番号001" in ticket.name
    text = subprocess.run(["pdftotext", str(ticket), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "001" in text and "住民票の写し等交付請求" in text and "約" in text
    assert "山田" not in text  # the ticket carries no personal data
    events = on_device_thread(qtbot, terminal.hub,
                              lambda: terminal.services.outbox().visit_events())
    assert [e["event"] for e in events] == ["ticket_issued", "service_start", "service_end"]
    assert {e["visit_id"] for e in events} == {terminal.queue.tickets[0].visit_id}
    status = on_device_thread(qtbot, terminal.hub, terminal.services.status)
    assert status["depth"]["pending"] == 4  # three events and one submission, kept encrypted
    database = terminal.settings.database
    raw = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))  # + WAL
    assert "山田".encode() not in raw and "霞が関".encode() not in raw
    terminal.reset()
    assert personal_data_left(terminal) == []


def test_invalid_answer_stays_on_the_question_with_a_message(qtbot, terminal, insert_card):
    insert_card("yamada_taro")
    to_pin(qtbot, terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    terminal.flow_confirm()
    terminal.choose_life_event("certificates")
    terminal.answer("やまだ")
    assert terminal.flow.question.id == "furigana"
    assert "カタカナ" in terminal.pages[Screen.QUESTION].problem.text()


def test_wrong_pin_warns_before_the_last_try(qtbot, terminal, insert_card):
    inserted = insert_card("yamada_taro", pin_tries_left=2)
    to_pin(qtbot, terminal)
    assert "2回" in terminal.pages[Screen.PIN].tries.text()
    enter_pin(qtbot, terminal, "9999", Screen.PIN)
    page = terminal.pages[Screen.PIN]
    assert "1回" in page.tries.text() and "ロックされます" in page.warning.text()
    assert inserted.card.pin_tries_left == 1


def test_locked_card_explains_where_to_go_and_sends_no_verify(qtbot, terminal, insert_card):
    # the PIN and the printed items (照合番号B) both locked: only the counter can help
    inserted = insert_card("tanaka_locked", code_b_tries_left=0)
    to_pin(qtbot, terminal)
    assert terminal.flow.screen is Screen.LOCKED
    assert "マイナンバーカード窓口" in terminal.pages[Screen.LOCKED].text.text()
    assert inserted.card.stats.pin_verifies == 0


def test_card_removal_forgets_everything(qtbot, terminal, insert_card):
    inserted = insert_card("yamada_taro")
    to_pin(qtbot, terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    assert personal_data_left(terminal)  # the card data is on screen now
    inserted.remove()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LANGUAGE, timeout=10000)
    assert not terminal.flow.holds_personal_data()
    assert personal_data_left(terminal) == []


def test_idle_timeout_forgets_everything(qtbot, terminal, insert_card):
    insert_card("yamada_taro")
    terminal.idle_seconds = terminal.remaining = 2
    to_pin(qtbot, terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    terminal.remaining = 2
    qtbot.waitUntil(lambda: "秒で最初に戻ります" in terminal.countdown.text(), timeout=5000)
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.LANGUAGE, timeout=8000)
    assert personal_data_left(terminal) == []


def test_every_control_has_an_accessible_name(qtbot, terminal, insert_card):
    insert_card("yamada_taro")
    to_pin(qtbot, terminal)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    terminal.flow_confirm()
    terminal.choose_life_event("certificates")
    seen = []
    while terminal.flow.screen is Screen.QUESTION:
        seen += unnamed_controls(terminal)
        terminal.answer({"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678",
                         "certificates": ["juminhyo"], "copies": 1, "purpose": "bank"}
                        [terminal.flow.question.id])
    assert seen == [] and unnamed_controls(terminal) == []


@pytest.mark.parametrize("language", ["ko", "vi"])
def test_a_visit_in_another_language_prints_the_guide_and_ticket_in_it(
        qtbot, terminal, insert_card, language):
    from forms.pdf.locale import GUIDE_TITLE, TICKET_TODAY
    from forms.pdf.translations import translator

    insert_card("yamada_taro")
    terminal.choose_language(language)
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.PIN, timeout=10000)
    enter_pin(qtbot, terminal, "1234", Screen.CONFIRM)
    terminal.flow_confirm()
    terminal.choose_life_event("certificates")
    for value in ("ヤマダ　タロウ", "090-1234-5678", ["juminhyo"], 1, "bank"):
        terminal.answer(value)
    terminal.flow_print()
    qtbot.waitUntil(lambda: terminal.flow.screen is Screen.DONE, timeout=15000)
    folder = terminal.settings.home / "printed"
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 2, timeout=10000)
    forms, ticket = sorted(folder.glob("*.pdf"))
    tr = translator(language)

    def first_page(path):
        out = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
        return "".join(out.split())

    guide = first_page(forms)
    assert "".join(tr("Guide", GUIDE_TITLE).split()) in guide
    assert "".join(tr("Catalogue", "住民票の写し等交付請求").split()) in guide
    assert "住民票の写し等交付請求" in guide  # the Japanese original, for the clerk
    printed_ticket = first_page(ticket)
    assert "".join(tr("Guide", TICKET_TODAY).split()) in printed_ticket
    assert "山田" not in printed_ticket
    terminal.reset()
    assert personal_data_left(terminal) == []
