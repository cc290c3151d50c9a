"""Issue #12 item 3 at the counter: a newcomer from abroad without a My Number Card.

The clerk ticks 「在留カードで受付」, types the 在留カード once, answers the 国外からの転入
questions, and the bundle prints the 外国人住民 items in 西暦; nothing of the resident is left
after the visit.
"""

import subprocess

from PySide6.QtCore import Qt

from tests.support.app import login
from tests.support.qt import all_texts, unnamed_controls

CARD = {"name": "NGUYEN VAN AN", "address": "ベトナム社会主義共和国ハノイ市",
        "birth_date": "1994-03-08", "sex": "male"}
RESIDENCE = {"nationality": "ベトナム", "status": "技術・人文知識・国際業務", "period": "3年",
             "expiry": "2029-11-20", "number": "AB12345678CD", "tsusho": ""}


def fill(visit, number: str = "AB12345678CD") -> None:
    for key, value in CARD.items():
        visit.card_inputs[key].setText(value)
    visit.residence.enabled.setChecked(True)
    for key, value in {**RESIDENCE, "number": number}.items():
        visit.residence.inputs[key].setText(value)
    visit.life_event.setCurrentIndex(visit.life_event.findData("moving_in"))
    inputs = visit.answers.inputs
    for qid, text in (("furigana", "グエン　ヴァン　アン"), ("phone", "090-1111-2222"),
                      ("moved_on", "2026-11-20"), ("new_postal_code", "190-0012"),
                      ("new_address", "東京都みらい市本町一丁目２番３号")):
        inputs[qid].setText(text)
    for qid, value in (("from_abroad", True), ("head_is_self", True), ("insurance", "other"),
                       ("wants_seal_registration", False)):
        inputs[qid].setCurrentIndex(inputs[qid].findData(value))


def test_a_newcomer_from_abroad_moves_in_at_the_counter(qtbot, counter, tmp_path):
    login(qtbot, counter)
    visit = counter.visit
    assert not visit.residence.items.isVisibleTo(visit)  # out of the way until ticked
    fill(visit)
    assert visit.residence.items.isVisibleTo(visit)
    qtbot.keyClick(counter, Qt.Key.Key_F8)
    decided = [visit.decided.item(i).text() for i in range(visit.decided.count())]
    assert any(text.startswith("転入届") for text in decided), visit.status.text()
    assert any("国民健康保険" in text for text in decided)
    assert any("国民年金" in text for text in decided)
    assert not any("継続利用" in text for text in decided)  # there is no card to carry on
    qtbot.keyClick(counter, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printed = counter.settings.home / "printed"
    qtbot.waitUntil(lambda: any(printed.glob("*.pdf")), timeout=15000)
    pdf = next(printed.glob("*.pdf"))
    text = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True, check=True).stdout.split())
    for item in ("国籍・地域", "ベトナム", "中長期在留者", "AB12345678CD", "2029年11月20日",
                 "1994年3月8日", "国外からの転入", "パスポート"):
        assert item in text, item
    assert "平成6年" not in text  # a foreign resident's birth date is written in 西暦
    assert unnamed_controls(counter) == []
    qtbot.keyClick(counter, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    left = [t for t in all_texts(counter) if any(p in t for p in ("NGUYEN", "AB12345678CD",
                                                                 "技術・人文", "ベトナム"))]
    assert left == [] and not visit.residence.enabled.isChecked()


def test_a_bad_card_number_is_one_line_naming_the_item(qtbot, counter):
    login(qtbot, counter)
    visit = counter.visit
    fill(visit, number="AB1234")
    assert visit.run_navigator() is False
    assert "在留カード等の番号" in visit.status.text()
    assert "residence_card.number" in visit.status.text()
    assert visit.decided.count() == 0
