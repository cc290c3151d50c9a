"""The 手続き案内票 and the queue ticket in every resident language.

Translations are read from the shipped .ts sources (forms/pdf/translations.py), the same texts the
screens show; the PDFs are checked with pdftotext and pdffonts.
"""

import datetime as dt
import re
import subprocess

import pytest

from forms.navigator import decide
from forms.pdf import locale as printed
from forms.pdf.bundle import render_bundle
from forms.pdf.fonts import LANGUAGE_FONTS
from forms.pdf.textfit import GETA
from forms.pdf.ticket import render_ticket
from forms.pdf.translations import LANGUAGES, UnknownLanguageError, missing, translator
from tests.support.forms import CATALOGUE, session
from tests.support.pdfglyphs import page_text, squash

FOREIGN = [language for language in LANGUAGES if language != "ja"]


def embedded(pdf: bytes, tmp_path) -> set[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {line.split()[0].split("+")[-1] for line in out.splitlines()[2:]}


@pytest.mark.parametrize("language", FOREIGN)
def test_every_printed_text_has_a_finished_translation(language):
    assert missing(language, "Catalogue", printed.catalogue_texts(CATALOGUE)) == []
    assert missing(language, "Guide", list(printed.PRINTED_TEXTS)) == []


@pytest.mark.parametrize("language", FOREIGN)
def test_translations_keep_their_placeholders(language):
    tr = translator(language)
    for source in printed.PRINTED_TEXTS:
        assert set(re.findall(r"{\w+}", tr("Guide", source))) == set(
            re.findall(r"{\w+}", source)), source


@pytest.mark.parametrize("language", FOREIGN)
@pytest.mark.parametrize("life_event", sorted(CATALOGUE.life_events))
def test_the_guide_speaks_the_residents_language_and_keeps_the_japanese_names(
        language, life_event, tmp_path):
    visit = session(life_event)
    decisions = decide(visit)
    pdf = render_bundle(visit, decisions, language).pdf
    text = page_text(pdf, tmp_path)
    tr = translator(language)
    assert squash(tr("Guide", printed.GUIDE_TITLE)) in text
    assert squash(tr("Catalogue", CATALOGUE.life_events[life_event].name)) in text
    for decision in decisions[:4]:  # the first page holds at least four rows
        name = decision.procedure.name
        assert squash(tr("Catalogue", name)) in text, name
        assert squash(name) in text  # the Japanese original, for the clerk and the signs
        for reason in decision.reasons_in(CATALOGUE, life_event, tr):
            assert squash(reason)[:12] in text
    assert GETA not in text
    script_font = LANGUAGE_FONTS[language][1][0]
    assert any(font.startswith(script_font) for font in embedded(pdf, tmp_path))


def test_reasons_are_translated_from_the_facts_not_from_the_japanese_text():
    visit = session("moving_in")
    tr = translator("en")
    for decision in decide(visit):
        japanese = decision.reasons_in(CATALOGUE, "moving_in", lambda _c, s: s)
        assert japanese == list(decision.reasons)  # the same facts, the same words
        english = decision.reasons_in(CATALOGUE, "moving_in", tr)
        assert not re.search(r"[\u3040-\u30ff]", "".join(english)), english


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ticket_is_printed_in_the_residents_language(language, tmp_path):
    issued = dt.datetime(2026, 11, 23, 9, 30).astimezone()
    pdf = render_ticket("042", ["転入届", "児童手当 認定請求"], 16, "みらい市", issued, language)
    text = page_text(pdf, tmp_path)
    tr = translator(language)
    assert "042" in text
    assert squash(tr("Guide", printed.TICKET_TODAY)) in text
    assert squash(tr("Catalogue", "児童手当 認定請求")) in text
    assert squash(tr("Guide", printed.TICKET_WAIT).format(minutes=16)) in text
    assert ("令和8年11月23日" if language.startswith("ja") else "2026-11-23") in text
    assert GETA not in text


def test_an_unknown_language_is_refused_in_both_languages():
    with pytest.raises(UnknownLanguageError, match=r"対応していない言語です.*unsupported"):
        translator("xx")
