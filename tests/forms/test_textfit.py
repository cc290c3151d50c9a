"""Wrapping and font chains of forms/pdf/textfit.py, on the real embedded fonts."""

import pytest

from forms.pdf.fonts import DEJAVU_SANS, GOTHIC, NANUM_GOTHIC, fonts_for
from forms.pdf.textfit import GETA, fit, font_for, printable, runs, text_width, units, wrap

KOREAN = fonts_for("ko").mincho
VIETNAMESE = fonts_for("vi").gothic


def test_japanese_breaks_between_any_two_characters_and_keeps_kinsoku():
    width = text_width("あいうえお", GOTHIC, 10)
    lines = wrap("あいうえお、かきくけこ", GOTHIC, 10, width)
    assert lines[0] == "あいうえ"  # 、 may not start a line: お goes down with it
    assert lines[1].startswith("お、")


def test_latin_wraps_at_spaces_and_never_inside_a_word():
    text = "Certificate of residence for every member of the household"
    width = text_width("Certificate of residence", GOTHIC, 9) + 1
    lines = wrap(text, GOTHIC, 9, width)
    assert " ".join(lines) == text
    assert all(text_width(line, GOTHIC, 9) <= width for line in lines)
    assert set(" ".join(lines).split()) == set(text.split())  # no word cut in two


def test_a_word_longer_than_the_line_is_cut_by_character():
    lines = wrap("Antidisestablishmentarianism", GOTHIC, 9, text_width("Antidis", GOTHIC, 9))
    assert "".join(lines) == "Antidisestablishmentarianism"
    assert len(lines) > 3


def test_korean_wraps_at_spaces_like_latin():
    text = "아동수당 인정 청구 신청서를 제출해 주세요"
    assert units(text)[0] == "아동수당 "
    lines = wrap(text, KOREAN, 9, text_width("아동수당 인정 청구", KOREAN, 9) + 1)
    assert " ".join(lines) == text


def test_numbers_stay_whole_inside_japanese_text():
    assert "2026" in units("令和8年は2026年")


def test_each_character_is_drawn_in_the_first_font_of_the_chain_that_has_it():
    assert font_for("한", KOREAN) == "NanumMyeongjo"
    assert font_for("ị", VIETNAMESE) == DEJAVU_SANS
    mixed = runs("Giấy chứng nhận 住民票", VIETNAMESE)
    assert [font for font, _ in mixed] == [DEJAVU_SANS, GOTHIC]
    assert "".join(piece for _, piece in mixed) == "Giấy chứng nhận 住民票"


def test_a_chain_prints_what_one_font_alone_would_replace_by_geta():
    text = "Giấy chứng nhận cư trú"
    assert printable(text, GOTHIC)[1]  # IPAex lacks the stacked diacritics
    assert printable(text, VIETNAMESE) == (text, ())
    shown, missing = printable("한국\U000f0000", (NANUM_GOTHIC, GOTHIC))
    assert missing == ("\U000f0000",) and shown == f"한국{GETA}"


@pytest.mark.parametrize("font", [GOTHIC, KOREAN, VIETNAMESE])
def test_fitted_text_never_exceeds_its_box(font):
    text = "Please go to the counters in the order of the numbers 번호 순서대로 창구로 가세요"
    fitted = fit(text, font, 120, 30, 10, 6)
    assert all(text_width(line, font, fitted.size) <= 120 + 0.01 for line in fitted.lines)
    assert len(fitted.lines) * fitted.size * 1.2 <= 30 + 0.01 or fitted.size == 6
