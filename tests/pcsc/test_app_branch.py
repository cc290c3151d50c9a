"""Branch mode: the self-service terminal joined to a specialist at the main office through a
real back office (mutual TLS WebSocket), with the card read through pcscd + vpcd."""

import pytest

from kiosk.remote.roles import CounterClient
from kiosk.visit.selfservice import Screen
from tests.support.app import enter_pin, login
from tests.support.config import KioskConfig
from tests.support.remote import wait_until
from ui.shell.app import AppOptions


@pytest.fixture
def branch(pcsc_stack, tmp_path, backoffice, open_app):
    home = KioskConfig(tmp_path / "home").demo().backoffice(backoffice).write()
    return open_app(home, AppOptions(mode="branch")).window


def test_specialist_sees_the_visit_answers_and_prints_at_the_branch(qtbot, branch, insert_card,
                                                                   connect):
    counter = connect(CounterClient, "staff-01", "kiosk-01")
    assert counter.wait_connected(30) and branch.remote.client.wait_connected(30)
    qtbot.waitUntil(lambda: "staff-01" in branch.remote_label.text(), timeout=10000)
    insert_card("yamada_taro")
    branch.choose_language("ja")
    qtbot.waitUntil(lambda: branch.flow.screen is Screen.PIN, timeout=10000)
    enter_pin(qtbot, branch, "1234", Screen.CONFIRM)
    qtbot.wait(300)
    assert "card.name" not in counter.state.values  # nothing before the resident confirms
    branch.flow_confirm()
    wait_until(lambda: counter.state.values.get("card.name") == "山田　太郎")
    assert not any("my_number" in field for field in counter.state.values)
    branch.choose_life_event("certificates")
    branch.answer("ヤマダ　タロウ")
    wait_until(lambda: counter.state.values.get("answers.furigana") == "ヤマダ　タロウ")
    counter.edit("answers.phone", "03-1234-5678")  # the specialist fills in a field
    qtbot.waitUntil(lambda: branch.flow.question is not None
                    and branch.flow.question.id == "certificates", timeout=10000)
    for value in (["juminhyo"], 1, "bank"):
        branch.answer(value)
    assert branch.flow.screen is Screen.REVIEW
    job = counter.request_print([])
    qtbot.waitUntil(lambda: job in branch.remote.printed_jobs, timeout=20000)
    printed = list((branch.settings.home / "printed").glob("*.pdf"))
    assert len(printed) == 1 and printed[0].read_bytes().startswith(b"%PDF")
    wait_until(lambda: (counter.state.values.get(f"print.{job}") or {}).get("status")
               == "printed")


def test_remote_counter_tab_joins_edits_and_prints(qtbot, tmp_path, backoffice, remote_pki,
                                                   connect, pcsc_stack, open_app):
    from kiosk.remote.roles import BranchClient

    home = (KioskConfig(tmp_path / "counter-home").demo()
            .backoffice(backoffice, cert="kiosk-02").kiosk_id("counter-01")
            .remote(remote_pki, "staff-01").write())
    window = open_app(home, AppOptions(mode="staff")).window
    try:
        requested = []
        branch = connect(BranchClient, "kiosk-01", "kiosk-01",
                         on_print=lambda job, forms: requested.append(job))
        assert branch.wait_connected(30)
        login(qtbot, window)
        tab = window.remote
        tab.branch.setText("kiosk-01")
        tab.join()
        qtbot.waitUntil(lambda: "branch" in tab.who.text(), timeout=30000)
        branch.edit("answers.furigana", "ヤマダ　タロウ")
        qtbot.waitUntil(lambda: any("answers.furigana" in tab.fields.item(i).text()
                                    for i in range(tab.fields.count())), timeout=10000)
        tab.question.setText("phone")
        tab.value.setText("03-1234-5678")
        tab.send_answer()
        wait_until(lambda: branch.state.values.get("answers.phone") == "03-1234-5678")
        tab.print_at_branch()
        wait_until(lambda: len(requested) == 1)
    finally:
        window.remote.leave()
