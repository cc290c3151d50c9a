"""A pre-application code on the counter's screen is the resident's unverified input: a banner
says so, each answer is checked like a typed one (refused ones are listed, one line each, and
left blank), and closing the visit takes the banner away."""

from PySide6.QtCore import Qt

from kiosk.preapp import codes as preapp
from tests.support.app import login
from tests.support.preapp import crafted


def test_a_code_is_shown_as_the_residents_own_and_checked(qtbot, counter, tmp_path):
    login(qtbot, counter)
    visit = counter.visit
    assert not visit.preapp_banner.isVisible()
    code = preapp.encode("certificates", {
        "furigana": "ヤマダ　タロウ", "phone": "03-1234-5678", "certificates": ["juminhyo"],
        "copies": "two", "purpose": "bribe", "injected" + "x" * 500: "y"})
    image = tmp_path / "code.png"
    preapp.write_qr_png(code, image)
    visit.load_preapp(image)
    qtbot.waitUntil(lambda: "読み込みました" in visit.status.text(), timeout=15000)
    assert visit.preapp_banner.isVisible()
    banner = visit.preapp_banner.text()
    assert "事前申請コードの内容は住民の自己申告です。確認してください" in banner
    assert "unverified" in banner
    lines = visit.status.text().splitlines()
    assert len(lines) == 5  # loaded, "not loaded:", then one line per refused answer
    refused = {line.split("（")[0]: line for line in lines[2:]}  # the code's order: sorted
    assert "a whole number" in refused["copies"]
    assert "choose one of" in refused["purpose"]
    assert "not a question" in refused["injected" + "x" * 32 + "…"]
    assert "x" * 50 not in visit.status.text()  # a crafted key is shortened
    inputs = visit.answers.inputs
    assert inputs["furigana"].text() == "ヤマダ　タロウ"
    assert inputs["copies"].text() == "" and inputs["purpose"].currentData() is None
    qtbot.keyClick(counter, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not visit.preapp_banner.isVisible()


def test_a_crafted_code_is_one_line_in_the_status(qtbot, counter, tmp_path):
    import segno

    login(qtbot, counter)
    code = crafted(b'{"e":"birth","a":{"x":"\\u202eevil"}}')
    image = tmp_path / "crafted.png"
    segno.make_qr(code, error="m", mode="alphanumeric").save(str(image), scale=6)
    counter.visit.load_preapp(image)
    qtbot.waitUntil(lambda: "制御文字" in counter.visit.status.text(), timeout=15000)
    assert "\n" not in counter.visit.status.text()
    assert not counter.visit.preapp_banner.isVisible()
