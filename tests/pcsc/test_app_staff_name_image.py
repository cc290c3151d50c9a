"""The counter prints the card-face name image where no font has a character of the name:
a code B read through pcscd + vpcd, the forms rendered from the counter's own visit."""

import dataclasses

from devices.simcard.persona import load_persona
from forms.pdf.bundle import render_bundle
from tests.support.app import login
from tests.support.codeb import type_code_b, wait_for_card_state

NO_FONT = "\U00030000"  # CJK Extension G: in no shipped font (IPAex, IPAmj)


def named(name):
    """yamada_taro's card with another name in both APs (the text AP and the card face)."""
    return dataclasses.replace(load_persona("yamada_taro").basic4, name=name)


def fill_certificates(visit, furigana="ヤマダ　タロウ"):
    visit.life_event.setCurrentIndex(visit.life_event.findData("certificates"))
    inputs = visit.answers.inputs
    inputs["furigana"].setText(furigana)
    inputs["phone"].setText("03-1234-5678")
    inputs["certificates"].setText("juminhyo")
    inputs["copies"].setText("1")
    inputs["purpose"].setCurrentIndex(inputs["purpose"].findData("bank"))


def counter_pdf(qtbot, counter, insert_card, name):
    login(qtbot, counter)
    insert_card("yamada_taro", basic4=named(name))
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    fill_certificates(visit)
    assert visit.run_navigator(), visit.status.text()
    return visit, render_bundle(visit.session, visit.decisions, visit.language())


def test_a_name_no_font_has_prints_as_the_card_face_image(qtbot, counter, insert_card):
    visit, bundle = counter_pdf(qtbot, counter, insert_card, f"{NO_FONT}田　太郎")
    assert visit.session.card.name_image == bytes(visit.card.face.images.name)
    assert b"/Subtype /Image" in bundle.pdf
    assert any(report.name_images for report in bundle.forms)


def test_a_name_every_font_has_prints_as_text(qtbot, counter, insert_card):
    _, bundle = counter_pdf(qtbot, counter, insert_card, "山田　太郎")
    assert b"/Subtype /Image" not in bundle.pdf


def test_an_edited_name_is_not_printed_as_the_card_image(qtbot, counter, insert_card):
    login(qtbot, counter)
    insert_card("yamada_taro", basic4=named(f"{NO_FONT}田　太郎"))
    visit = counter.visit
    wait_for_card_state(qtbot, visit)
    type_code_b(qtbot, visit)
    qtbot.waitUntil(lambda: visit.card.face is not None, timeout=15000)
    visit.card_inputs["name"].setText(f"{NO_FONT}田　次郎")  # the clerk corrected the name
    fill_certificates(visit)
    assert visit.run_navigator(), visit.status.text()
    assert visit.session.card.name_image is None
