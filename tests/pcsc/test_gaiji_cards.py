"""外字 from the card to the printed form, through pcscd + vpcd: the simulated card's 基本4情報
(UTF-8) carries a supplementary-plane character and an IVS sequence unchanged, and the form
rendered from that read prints them with their true glyphs and text layer."""

from __future__ import annotations

import json

import pytest

from tests.support.forms import examples
from tests.support.pdfglyphs import IPAMJ_FILE, embeds_glyph, pdf_text, squashed

PERSONAS = {  # persona: (PIN, name as registered)
    "yoshino_hanako": ("1357", "𠮷野　花子"),
    "tsuji_ivs": ("8642", "辻\U000E0102　健一"),
}
TSUJI_VARIANT_GLYPH = 26795  # ipamjm.ttf: 辻 + U+E0102 (mj025760), from its cmap format 14


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_a_gaiji_name_goes_from_the_card_to_the_form_unchanged(persona, insert_card,
                                                                run_kiosk, tmp_path):
    pin, name = PERSONAS[persona]
    insert_card(persona)
    read = run_kiosk("card", "read", "--pin-stdin", "--json", stdin=f"{pin}\n")
    assert read.returncode == 0, read.stderr
    card = json.loads(read.stdout)
    assert card["name"] == name and card["integrity"] == "verified"
    card_file, answers_file = tmp_path / "card.json", tmp_path / "answers.json"
    card_file.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    answers_file.write_text(json.dumps(examples("certificates"), ensure_ascii=False),
                            encoding="utf-8")
    output = tmp_path / "bundle.pdf"
    rendered = run_kiosk("forms", "render", "--life-event", "certificates", "--card",
                         str(card_file), "--answers", str(answers_file), "-o", str(output))
    assert rendered.returncode == 0, rendered.stderr
    assert "〓" not in rendered.stderr and "IVS" not in rendered.stderr  # nothing approximated
    text = pdf_text(output.read_bytes(), tmp_path)
    assert squashed(name) in squashed(text) and "〓" not in text
    if "\U000E0102" in name:
        assert embeds_glyph(output.read_bytes(), IPAMJ_FILE, TSUJI_VARIANT_GLYPH)

