"""`kiosk forms render` prints the card-face name image that `kiosk card read --face` wrote."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tests.support.forms import card

KIOSK = str(Path(sys.executable).with_name("kiosk"))
NO_FONT = "\U00030000"  # CJK Extension G: in no shipped font


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KIOSK, *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def name_png() -> bytes:
    picture = Image.new("1", (220, 40), 1)
    ImageDraw.Draw(picture).rectangle((10, 8, 200, 30), fill=0)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def render(tmp_path: Path, face_files: object) -> tuple[subprocess.CompletedProcess[str], Path]:
    card_file = tmp_path / "card.json"
    card_file.write_text(json.dumps({**card(name=f"{NO_FONT}野　花子"),
                                     "face_files": face_files}, ensure_ascii=False))
    answers = tmp_path / "answers.json"
    answers.write_text(kiosk("forms", "example-answers", "certificates").stdout)
    out = tmp_path / "bundle.pdf"
    return kiosk("forms", "render", "--life-event", "certificates", "--card", str(card_file),
                 "--answers", str(answers), "-o", str(out)), out


def test_the_name_image_from_the_face_read_is_printed(tmp_path):
    image = tmp_path / "face" / "name.png"
    image.parent.mkdir()
    image.write_bytes(name_png())
    result, out = render(tmp_path, {"name": str(image)})
    assert result.returncode == 0, result.stderr
    assert b"/Subtype /Image" in out.read_bytes()


def test_without_the_image_the_missing_glyph_prints_as_geta(tmp_path):
    result, out = render(tmp_path, None)
    assert result.returncode == 0, result.stderr
    assert b"/Subtype /Image" not in out.read_bytes() and "〓" in result.stderr


@pytest.mark.parametrize("face_files", [{"name": "/nonexistent/name.png"}, {"name": 3}, [],
                                        {"address": "x.png"}])
def test_a_bad_face_files_entry_is_one_line_exit_2_and_no_pdf(tmp_path, face_files):
    result, out = render(tmp_path, face_files)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "face_files" in result.stderr or "name image" in result.stderr
    assert not out.exists()
