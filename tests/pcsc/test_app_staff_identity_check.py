"""The counter without the PIN: the three printed items (照合番号B) typed by the clerk, the
card face read through pcscd + vpcd, the face photo shown large for the identity check
(本人確認) with its audited confirmation, the badges, and the photo wiped with the visit."""

import datetime as dt

from PySide6.QtCore import Qt

from kiosk.store import audit
from tests.support.app import login
from tests.support.codeb import type_code_b, wait_for_card_state
from tests.support.qt import on_device_thread, personal_data_left, unnamed_controls


def audit_entries(qtbot, counter):
    return on_device_thread(qtbot, counter.hub,
                            lambda: audit.entries(counter.services.outbox().store))


def test_the_clerk_checks_the_resident_against_the_card_photo(qtbot, counter, insert_card):
    login(qtbot, counter)
    inserted = insert_card("yamada_taro")
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    assert "設定あり" in visit.card.pin_state.text() and visit.pin.isEnabled()
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    panel = visit.card
    assert visit.card_inputs["name"].text() == "山田　太郎"
    assert not panel.photo.pixmap().isNull() and panel.photo.pixmap().height() >= 160
    assert panel.images["name"].isVisibleTo(panel) and not panel.images["name"].pixmap().isNull()
    assert not panel.images["address"].pixmap().isNull()
    assert "verified" in panel.data_badge.text() and "verified" in panel.face_badge.text()
    assert "genuine" in panel.chip_badge.text()
    assert inserted.card.stats.pin_verifies == 0
    assert panel.birth.text() == panel.security.text() == ""  # the typed code is gone
    assert panel.confirm.isEnabled()
    panel.confirm.click()
    assert "確認済み" in panel.confirm.text() and not panel.confirm.isEnabled()
    entries = audit_entries(qtbot, counter)
    reads = [e for e in entries if e.action == "card_read"]
    assert reads[-1].detail == {"integrity": "verified", "with_number": False,
                                "credential": "code_b"}
    checks = [e for e in entries if e.action == "identity_check"]
    assert len(checks) == 1 and checks[0].actor == "clerk01"
    assert checks[0].detail == {"method": "card_face_photo", "face_integrity": "verified",
                                "chip": "genuine"}
    assert unnamed_controls(counter) == []


def test_the_photo_and_images_are_wiped_when_the_visit_ends(qtbot, counter, insert_card):
    login(qtbot, counter)
    insert_card("yamada_taro")
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    images = visit.card.face.images
    assert len(images.photo) > 0
    qtbot.keyClick(counter, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(images.photo) == len(images.name) == len(images.address) == 0
    assert visit.card.face is None and visit.card.photo.pixmap().isNull()
    assert all(image.pixmap().isNull() for image in visit.card.images.values())
    assert personal_data_left(counter) == []


def test_removing_the_card_takes_the_photo_away(qtbot, counter, insert_card):
    login(qtbot, counter)
    inserted = insert_card("yamada_taro")
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    images = visit.card.face.images
    inserted.remove()
    qtbot.waitUntil(lambda: visit.card.face is None, timeout=10000)
    assert len(images.photo) == 0 and visit.card.photo.pixmap().isNull()


def test_a_card_without_a_pin_offers_the_printed_items_at_once(qtbot, counter, insert_card):
    login(qtbot, counter)
    inserted = insert_card("yamada_taro", pin=None)  # a 顔認証マイナンバーカード
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    assert "顔認証" in visit.card.pin_state.text()
    assert not visit.pin.isEnabled() and not visit.card.read_pin_button.isEnabled()
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    assert inserted.card.stats.pin_verifies == 0


def test_a_card_without_a_pin_whose_code_is_locked_says_the_counter_unlocks_it(
        qtbot, counter, insert_card):
    login(qtbot, counter)
    inserted = insert_card("yamada_taro", pin=None, code_b_tries_left=0)
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    panel = visit.card
    assert "照合番号B: ロック中" in panel.pin_state.text() and "本人確認" in panel.pin_state.text()
    assert not panel.read_code_b_button.isEnabled() and not panel.read_pin_button.isEnabled()
    inserted.remove()
    qtbot.waitUntil(lambda: panel.read_code_b_button.isEnabled(), timeout=10000)  # next card
    assert inserted.card.stats.code_b_verifies == inserted.card.stats.pin_verifies == 0


def test_a_pin_locked_by_the_last_wrong_try_turns_to_the_printed_items(qtbot, counter,
                                                                      insert_card):
    login(qtbot, counter)
    insert_card("suzuki_last_try")
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    qtbot.keyClicks(visit.pin, "0000")
    qtbot.keyClick(counter, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not visit.pin.isEnabled(), timeout=10000)
    assert "暗証番号なしで読む" in visit.status.text()


def test_a_copied_card_is_badged_a_copy_and_invalid(qtbot, counter, insert_card):
    login(qtbot, counter)
    insert_card("yamada_taro", clone=True)
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    assert "copy" in visit.card.chip_badge.text()
    assert "invalid" in visit.card.data_badge.text()


def test_a_wrong_code_says_the_tries_left_and_sends_it_once(qtbot, counter, insert_card):
    login(qtbot, counter)
    inserted = insert_card("yamada_taro")
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    type_code_b(qtbot, visit, ("昭和", "600401", "2035", "9999"))
    qtbot.waitUntil(lambda: "残り2回" in visit.status.text(), timeout=10000)
    assert inserted.card.stats.code_b_verifies == 1 and visit.card.face is None


def test_expiring_certificates_are_told_and_their_renewal_decided(qtbot, counter,
                                                                   insert_card):
    login(qtbot, counter)
    insert_card("yamada_taro", certificate_expiry=dt.date.today() + dt.timedelta(days=20))
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    visit.life_event.setCurrentIndex(visit.life_event.findData("certificates"))
    inputs = visit.answers.inputs
    inputs["furigana"].setText("ヤマダ　タロウ")
    inputs["phone"].setText("03-1234-5678")
    inputs["certificates"].setText("juminhyo")
    inputs["copies"].setText("1")
    inputs["purpose"].setCurrentIndex(inputs["purpose"].findData("bank"))
    assert visit.run_navigator(), visit.status.text()
    decided = [visit.decided.item(i).text() for i in range(visit.decided.count())]
    assert decided[-1].startswith("電子証明書の更新")
    assert "電子証明書の有効期限" in visit.card.notice.text()
