"""Every shipped procedure renders: text checked with pdftotext, fonts with pdffonts.

Parametrised over the catalogue, so a procedure added as data is tested by these tests.
"""

import re
import subprocess

import pytest

from devices.card.wareki import to_wareki
from forms.conditions import evaluate
from forms.navigator import Decision, decide
from forms.pdf.bundle import render_bundle, render_form
from forms.persons import subjects
from tests.support.forms import CATALOGUE, LONG_ADDRESS, card, session


def text_of(pdf: bytes, tmp_path, layout: bool = True) -> str:
    """The page text without white space. Layout mode keeps one-line cells (names) whole;
    raw mode keeps a wrapped multi-line cell (an address) in reading order."""
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return re.sub(r"[\s\u3000]+", "", out)


def fonts_of(pdf: bytes, tmp_path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def squash(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


@pytest.mark.parametrize("procedure_id", sorted(CATALOGUE.procedures))
def test_every_procedure_renders_name_address_and_wareki(procedure_id, tmp_path):
    procedure = CATALOGUE.procedures[procedure_id]
    holder = card(address=LONG_ADDRESS, birth_date="1950-02-03", my_number="123456789018")
    built = session(procedure.life_events[0], holder)
    result = render_form(built, Decision(procedure, ()))
    text = text_of(result.pdf, tmp_path)
    assert squash(procedure.printed_title) in text
    assert squash("山田　太郎") in text
    assert "昭和25年2月3日" in text or "令和8年11月23日" in text  # a 和暦 date is printed
    assert "令和8年11月23日" in text  # 届出日
    if any(f.source.value == "card" and f.source_key == "address" for f in procedure.fields):
        assert squash(LONG_ADDRESS) in text_of(result.pdf, tmp_path, layout=False)  # never cut
    # The card's 個人番号 prints only where it is the subject's or the 世帯主's (issue #12).
    assert ("123456789018" in text) == _prints_card_number(built, procedure)
    assert "…" not in text
    fonts = fonts_of(result.pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # emb column


def _prints_card_number(built, procedure) -> bool:
    who = subjects(built, procedure.subject_for(built.life_event))
    mine = len(who) == 1 and who[0].card_holder
    return any((f.source.value == "card" and f.source_key == "my_number")
               or (f.source.value == "subject" and f.source_key == "my_number" and mine)
               or f.compute == "head_my_number" for f in procedure.fields
               if f.when is None or evaluate(f.when, built.facts()) is not None)


def test_bundle_has_the_guide_then_every_form(tmp_path):
    built = session("moving_in", card())
    decisions = decide(built)
    result = render_bundle(built, decisions)
    text = text_of(result.pdf, tmp_path)
    assert text.startswith("手続き案内票")
    for decision in decisions:
        assert squash(decision.procedure.printed_title) in text
        assert squash(decision.procedure.counter) in text
    assert squash(to_wareki(built.today).format()) in text
    assert len(result.forms) == len(decisions)
    path = tmp_path / "bundle.pdf"
    path.write_bytes(result.pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    assert pages >= 1 + len(decisions)


def test_missing_glyph_is_printed_as_geta_and_reported(tmp_path):
    # U+30000 (CJK Extension G) is in no shipped font, IPAmj included (𠮷 now prints).
    built = session("certificates", card(name="\U00030000野　太郎"))
    result = render_form(built, Decision(CATALOGUE.procedures["juminhyo_koufu"], ()))
    text = text_of(result.pdf, tmp_path)
    assert "〓野太郎" in text and "外字" in text
    assert result.missing_glyphs == {"juminhyo_koufu": {"applicant_name": ("\U00030000",)}}


def test_members_table_lists_everyone(tmp_path):
    built = session("moving_in", card())
    result = render_form(built, Decision(CATALOGUE.procedures["tennyu_todoke"], ()))
    text = text_of(result.pdf, tmp_path)
    for name in ("山田太郎", "山田花子", "山田一郎", "平成30年9月3日", "本人", "妻"):
        assert name in text
