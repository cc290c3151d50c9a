"""The counter application: login, queue, card read through the real stack, navigator,
print, submit, close the visit. Keyboard shortcuts drive it, as a clerk would."""

import json

from PySide6.QtCore import Qt

from tests.support.app import login
from tests.support.counter import issue_and_check, search_slips
from tests.support.qt import on_device_thread, personal_data_left, unnamed_controls
from ui.call_display import CallDisplay


def test_wrong_password_is_refused(qtbot, counter):
    login(qtbot, counter, password="wrong-pass")
    assert counter.stack.currentIndex() == 0 and counter.member is None
    assert "違います" in counter.login.problem.text()


def test_a_moving_in_visit_at_the_counter(qtbot, counter, insert_card):
    login(qtbot, counter)
    assert counter.member.role == "clerk" and counter.stack.currentIndex() == 1
    counter.queue.issue(("tennyu_todoke",), "self")
    display = CallDisplay(counter.queue)
    qtbot.addWidget(display)
    qtbot.keyClick(counter, Qt.Key.Key_F2)  # call the next ticket
    assert counter.queue_panel.current.label == "001"
    display.refresh()
    assert display.numbers[0].text() == "001" and display.counters[0].text() == "1番窓口"
    insert_card("yamada_taro")
    visit = counter.visit
    qtbot.keyClicks(visit.pin, "1234")
    qtbot.keyClick(counter, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: visit.card_inputs["name"].text() == "山田　太郎", timeout=10000)
    visit.life_event.setCurrentIndex(visit.life_event.findData("moving_in"))
    inputs = visit.answers.inputs
    answers = {"furigana": "ヤマダ　タロウ", "phone": "03-1234-5678", "moved_on": "2026-11-20",
               "new_address": "東京都みらい市本町一丁目２番３号", "new_postal_code": "190-0012"}
    for qid, text in answers.items():
        inputs[qid].setText(text)  # QTest types ASCII only; Japanese comes from the IME
    for qid, value in (("head_is_self", True), ("insurance", "kokuho"),
                       ("wants_seal_registration", False)):
        inputs[qid].setCurrentIndex(inputs[qid].findData(value))
    qtbot.keyClick(counter, Qt.Key.Key_F8)
    decided = [visit.decided.item(i).text() for i in range(visit.decided.count())]
    assert any(text.startswith("転入届") for text in decided)
    assert any("国民健康保険" in text for text in decided)
    qtbot.keyClick(counter, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any((counter.settings.home / "printed").glob("*.pdf")),
                    timeout=15000)
    qtbot.keyClick(counter, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "送信待ち" in visit.status.text()
    outbox = lambda: counter.services.outbox()  # noqa: E731
    status = on_device_thread(qtbot, counter.hub, lambda: outbox().status())
    procedures = len(decided)
    assert status["depth"]["pending"] == 2 + 2 * procedures + procedures  # events + forms
    from kiosk.store import audit

    actions = on_device_thread(qtbot, counter.hub,
                               lambda: [e.action for e in audit.entries(outbox().store)])
    assert actions[:3] == ["staff_login", "card_read", "print"]
    assert actions.count("submission") == procedures
    assert unnamed_controls(counter) == []
    qtbot.keyClick(counter, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert personal_data_left(counter) == []
    assert counter.queue_panel.current is None


def test_invalid_answers_are_marked_on_their_fields(qtbot, counter):
    login(qtbot, counter)
    visit = counter.visit
    for key, value in (("name", "山田　太郎"), ("address", "東京都みらい市本町１"),
                       ("birth_date", "1985-04-01"), ("sex", "male")):
        visit.card_inputs[key].setText(value)
    visit.life_event.setCurrentIndex(visit.life_event.findData("certificates"))
    visit.answers.inputs["furigana"].setText("やまだ")
    assert visit.run_navigator() is False
    assert "カタカナ" in visit.answers.captions["furigana"].text()
    assert "phone" in visit.status.text()


def fill_certificate_visit(visit):
    for key, value in (("name", "山田　太郎"), ("address", "東京都みらい市本町１"),
                       ("birth_date", "1985-04-01"), ("sex", "male")):
        visit.card_inputs[key].setText(value)
    visit.life_event.setCurrentIndex(visit.life_event.findData("certificates"))
    inputs = visit.answers.inputs
    inputs["furigana"].setText("ヤマダ　タロウ")
    inputs["phone"].setText("03-1234-5678")
    inputs["certificates"].setText("juminhyo,inkan")
    inputs["copies"].setText("1")
    inputs["purpose"].setCurrentIndex(inputs["purpose"].findData("bank"))


def test_supervisor_dashboard_matches_the_events_and_the_cli(qtbot, counter, insert_card,
                                                            tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    login(qtbot, counter, "super01")
    assert counter.tabs.count() == 4  # the dashboard is for supervisors only
    for _ in range(2):  # two visits, two procedures each
        fill_certificate_visit(counter.visit)
        counter.visit.submit()
        counter.visit.close_visit()
    dashboard = counter.tabs.widget(3)
    dashboard.refresh()
    qtbot.waitUntil(lambda: sum(r.count for r in dashboard.rows) == 4, timeout=10000)
    assert {r.procedure for r in dashboard.rows} == {"juminhyo_koufu", "inkan_shoumei"}
    assert all(r.channel == "counter" for r in dashboard.rows)
    export = tmp_path / "metrics.csv"
    dashboard.export_csv(export)
    lines = export.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("period,procedure,channel,count") and len(lines) == 3
    counter.services.detach()  # let the CLI open the same database
    qtbot.wait(200)
    cli = subprocess.run([str(Path(sys.executable).with_name("kiosk")), "metrics", "--json"],
                         capture_output=True, text=True, env={**os.environ}, check=True)
    rows = json.loads(cli.stdout)["rows"]
    assert sorted((r["procedure"], r["count"]) for r in rows) == sorted(
        (r.procedure, r.count) for r in dashboard.rows)


def test_slip_is_self_checked_then_printed(qtbot, counter):
    import datetime as dt

    from kiosk.payments.example import example_payable

    login(qtbot, counter)
    payable = example_payable(dt.date.today())
    folder = counter.settings.home / "payables"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "p.json").write_text(json.dumps(payable, ensure_ascii=False), encoding="utf-8")
    counter.tabs.setCurrentWidget(counter.slips)
    qtbot.keyClick(counter.slips.notice, Qt.Key.Key_Return)  # nothing typed yet
    assert counter.slips.status.text() == "通知書番号を入力してください"
    found = search_slips(qtbot, counter, payable["notice_number"])
    assert found == 1 and "見本" in counter.slips.results.item(0).text()
    issue_and_check(qtbot, counter, payable)


def test_slip_from_the_back_office(qtbot, office_counter, backoffice):
    import datetime as dt

    import httpx

    from kiosk.payments.example import example_payable
    from tests.support.backoffice import client_context

    login(qtbot, office_counter)
    payable = example_payable(dt.date.today())
    # A payable in the local folder must not be offered: the back office is the source.
    folder = office_counter.settings.home / "payables"
    folder.mkdir()
    (folder / "p.json").write_text(json.dumps(payable, ensure_ascii=False), encoding="utf-8")
    assert search_slips(qtbot, office_counter, payable["notice_number"]) == 0
    assert office_counter.slips.status.text() == "0件見つかりました"
    with httpx.Client(verify=client_context(backoffice.pki, "core-01"), timeout=30) as http:
        answer = http.put(f"{backoffice.url}/v1/payables", json={"payables": [payable]})
    assert answer.status_code == 200, answer.text
    assert search_slips(qtbot, office_counter, payable["notice_number"]) == 1
    issue_and_check(qtbot, office_counter, payable)

    backoffice.stop()  # unreachable now: one line in the status, not a traceback
    assert search_slips(qtbot, office_counter, payable["notice_number"]) == 0
    status = office_counter.slips.status.text()
    assert "バックオフィスに接続できません" in status and "\n" not in status


def test_pre_application_code_fills_the_answers(qtbot, counter, tmp_path):
    from kiosk.preapp import codes as preapp
    login(qtbot, counter)
    code = preapp.encode("certificates", {"furigana": "ヤマダ　タロウ", "phone": "03-1234-5678",
                                          "certificates": ["juminhyo"], "copies": 2,
                                          "purpose": "bank"})
    image = tmp_path / "code.png"
    preapp.write_qr_png(code, image)
    counter.visit.load_preapp(image)
    qtbot.waitUntil(lambda: "読み込みました" in counter.visit.status.text(), timeout=15000)
    assert counter.visit.life_event.currentData() == "certificates"
    inputs = counter.visit.answers.inputs
    assert inputs["furigana"].text() == "ヤマダ　タロウ" and inputs["copies"].text() == "2"
    assert inputs["purpose"].currentData() == "bank"


def test_the_clerk_prints_the_guide_in_the_residents_language(qtbot, counter):
    import subprocess

    from forms.pdf.translations import translator

    login(qtbot, counter)
    visit = counter.visit
    fill_certificate_visit(visit)
    visit.guide_language.setCurrentIndex(visit.guide_language.findData("zh_CN"))
    qtbot.keyClick(counter, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    folder = counter.settings.home / "printed"
    qtbot.waitUntil(lambda: any(folder.glob("*.pdf")), timeout=15000)
    (printed,) = folder.glob("*.pdf")
    guide = "".join(subprocess.run(["pdftotext", "-l", "1", str(printed), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    tr = translator("zh_CN")
    assert "".join(tr("Catalogue", "住民票の写し等交付請求").split()) in guide
    assert "住民票の写し等交付請求" in guide
    qtbot.keyClick(counter, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert visit.guide_language.currentData() == "ja"  # the next resident starts in Japanese
