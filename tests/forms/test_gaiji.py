"""外字 on the forms: IPAmj明朝 prints what IPAex lacks, IVS sequences print their variant
glyph, the text layer carries the true characters, and the card-face name image stands in
where no font has a glyph."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image, ImageChops, ImageDraw

from forms.navigator import Decision
from forms.pdf.bundle import render_bundle, render_form
from forms.pdf.fonts import FORM_MINCHO, IPAMJ, MINCHO, has_glyph
from forms.pdf.nameimage import NOTE as NAME_IMAGE_NOTE
from forms.pdf.textfit import fit, wrap
from forms.pdf.truetype import to_unicode_cmap
from forms.session import card_from_json
from tests.support.forms import CATALOGUE, card, session
from tests.support.pdfglyphs import IPAMJ_FILE, embeds_glyph, page_image, pdf_text, squashed

TSUJI_IVS = "辻\U000E0102"  # the 一点しんにょう 辻 of the MJ set (IPAmj glyph mj025760)
TSUJI_VARIANT_GLYPH, TSUJI_BASE_GLYPH = 26795, 26796  # from ipamjm.ttf's cmap format 14 / 12
NO_FONT = "\U00030000"  # CJK Extension G: in no shipped font


def certificate(name: str, **changes: object):
    built = session("certificates", card(name=name))
    for key, value in changes.items():
        setattr(built.card, key, value)
    return render_form(built, Decision(CATALOGUE.procedures["juminhyo_koufu"], ()))


def test_ipamj_prints_what_ipaex_lacks():
    assert not has_glyph(MINCHO, "𠮷") and has_glyph(IPAMJ, "𠮷")
    for char in ("髙", "﨑", "邉", "邊"):
        assert has_glyph(IPAMJ, char)


def test_a_supplementary_plane_name_prints_and_reads_back_exactly(tmp_path):
    result = certificate("𠮷野　花子")
    assert result.missing_glyphs == {} and result.approximated == {}
    text = pdf_text(result.pdf, tmp_path, layout=True)
    assert "𠮷野花子" in squashed(text)  # the true 𠮷, not "₻" or 〓
    assert "₻" not in text and "〓" not in text
    assert b"IPAmjMincho" in result.pdf  # the 𠮷 glyph comes from the IPAmj subset


def test_an_ivs_name_prints_its_variant_glyph_and_keeps_the_selector(tmp_path):
    result = certificate(f"{TSUJI_IVS}　健一")
    assert result.missing_glyphs == {} and result.approximated == {}
    assert TSUJI_IVS in squashed(pdf_text(result.pdf, tmp_path))
    assert embeds_glyph(result.pdf, IPAMJ_FILE, TSUJI_VARIANT_GLYPH)
    assert not embeds_glyph(result.pdf, IPAMJ_FILE, TSUJI_BASE_GLYPH)  # not the plain 辻


def test_an_unmapped_sequence_prints_the_base_glyph_with_a_note(tmp_path):
    result = certificate("山\U000E0100田　花子")  # no shipped font maps 山 + U+E0100
    assert result.missing_glyphs == {}
    assert result.approximated == {"juminhyo_koufu": {"applicant_name": ("山\U000E0100",)}}
    text = squashed(pdf_text(result.pdf, tmp_path))
    assert "山\U000E0100田花子" in text  # the selector is in the text layer, not dropped
    assert "異体字" in text


def test_a_character_no_font_has_is_geta_with_the_note(tmp_path):
    result = certificate(f"{NO_FONT}野　花子")
    assert result.missing_glyphs == {"juminhyo_koufu": {"applicant_name": (NO_FONT,)}}
    text = squashed(pdf_text(result.pdf, tmp_path))
    assert "〓野花子" in text and "外字" in text


def name_png(width: int = 240, height: int = 40) -> bytes:
    picture = Image.new("1", (width, height), 1)
    ImageDraw.Draw(picture).rectangle((10, 8, 200, 30), fill=0)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def test_the_card_face_name_image_replaces_geta_in_the_name_box(tmp_path):
    name = f"{NO_FONT}野　花子"
    result = certificate(name, name_image=name_png())
    report = result.forms[0]
    assert report.name_images == ["applicant_name"]
    assert report.missing_glyphs == {}  # nothing printed as 〓
    assert b"/Subtype /Image" in result.pdf
    text = squashed(pdf_text(result.pdf, tmp_path))
    assert squashed(NAME_IMAGE_NOTE) in text and "〓" not in text
    assert f"{NO_FONT}野花子" in text  # the true name, drawn invisibly under the image
    # Below the name row the page looks exactly as without the image: the invisible text
    # mode must not leak into the labels and values drawn after it.
    plain = page_image(certificate(name).pdf, tmp_path)
    shown = page_image(result.pdf, tmp_path)
    rows = (0, shown.height // 5, shown.width, shown.height * 49 // 100)  # フリガナ … 署名
    assert ImageChops.difference(shown.crop(rows), plain.crop(rows)).getbbox() is None
    assert ImageChops.invert(shown.crop(rows)).getbbox() is not None  # there is ink to compare


def test_a_name_every_font_prints_keeps_its_text_even_with_an_image(tmp_path):
    result = certificate("𠮷野　花子", name_image=name_png())
    assert result.forms[0].name_images == []
    assert b"/Subtype /Image" not in result.pdf


@pytest.mark.expect_log("forms.pdf.nameimage", "WARNING", r"does not decode")
def test_a_broken_name_image_leaves_geta(tmp_path):
    result = certificate(f"{NO_FONT}野　花子", name_image=b"\x89PNG\r\n\x1a\nbroken")
    assert result.missing_glyphs == {"juminhyo_koufu": {"applicant_name": (NO_FONT,)}}
    assert b"/Subtype /Image" not in result.pdf


def test_the_bundle_guide_prints_the_name_too(tmp_path):
    built = session("certificates", card(name=f"𠮷野　{TSUJI_IVS}子"))
    decisions = [Decision(CATALOGUE.procedures["juminhyo_koufu"], ())]
    result = render_bundle(built, decisions)
    text = squashed(pdf_text(result.pdf, tmp_path))
    assert text.count(f"𠮷野{TSUJI_IVS}子") >= 2  # the 案内票's 様 line and the form


def test_a_sequence_is_never_wrapped_apart():
    text = "渡" + TSUJI_IVS * 12
    for line in wrap(text, FORM_MINCHO, 10, 40):
        assert not line.startswith("\U000E0102") and line
    fitted = fit(text, FORM_MINCHO, 30, 12, 10, 10)
    assert fitted.lines[-1].endswith("…") and "\U000E0102…" in fitted.lines[-1]


def test_to_unicode_writes_surrogate_pairs_and_sequences():
    cmap = to_unicode_cmap("F", [0, 0x20BB7, 0x91CE, 0xF0000], {0xF0000: TSUJI_IVS})
    assert "<01> <D842DFB7>" in cmap  # 𠮷 as a surrogate pair, not <20BB7>
    assert "<02> <91CE>" in cmap
    assert "<03> <8FBBDB40DD02>" in cmap  # the alias reads back as base + selector


def test_card_json_keeps_the_selector():
    raw = card(name=f"{TSUJI_IVS}　健一")
    assert card_from_json(raw).name == f"{TSUJI_IVS}　健一"


def test_any_shipped_font_serves_a_form_name(tmp_path):
    result = certificate("김　민준　Nguyễn")  # Hangul (Nanum) and Vietnamese (DejaVu)
    assert result.missing_glyphs == {}
    assert "김민준Nguyễn" in squashed(pdf_text(result.pdf, tmp_path))


def guide_page(pdf: bytes, tmp_path) -> tuple[str, int]:
    """The 案内票 page (the first): its text layer and how many images it draws."""
    path = tmp_path / "bundle.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-raw", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    images = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", str(path)],
                            capture_output=True, text=True, check=True).stdout
    return text, len(images.strip().splitlines()) - 2  # less the two header lines


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_guide_prints_the_card_face_name_image_where_the_text_would_be_geta(
        tmp_path, language):
    name = f"{NO_FONT}野　花子"
    built = session("certificates", card(name=name))
    built.card.name_image = name_png()
    decisions = [Decision(CATALOGUE.procedures["juminhyo_koufu"], ())]
    text, images = guide_page(render_bundle(built, decisions, language).pdf, tmp_path)
    assert images == 1 and "〓" not in text
    assert f"{NO_FONT}野花子" in squashed(text)  # the true name, invisibly under the image
    built.card.name_image = None
    text, images = guide_page(render_bundle(built, decisions, language).pdf, tmp_path)
    assert images == 0 and "〓" in text


def test_the_guide_prints_a_name_the_fonts_have_as_text_even_with_an_image(tmp_path):
    built = session("certificates", card(name="𠮷野　花子"))
    built.card.name_image = name_png()
    decisions = [Decision(CATALOGUE.procedures["juminhyo_koufu"], ())]
    text, images = guide_page(render_bundle(built, decisions).pdf, tmp_path)
    assert images == 0 and "𠮷野" in text
