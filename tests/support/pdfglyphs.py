"""What a PDF really draws: its text layer (pdftotext) and the glyph outlines of its embedded
TrueType subsets, compared with a glyph of the full font file."""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import Image

IPAMJ_FILE = "/usr/share/fonts/truetype/ipamj/ipamjm.ttf"
_FONT_STREAM = re.compile(rb"<<([^<>]*/Length1 \d+[^<>]*)>>\s*stream\r?\n")
_LENGTH = re.compile(rb"/Length (\d+)")


def pdf_text(pdf: bytes, tmp_path: Path, layout: bool = False) -> str:
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def squashed(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def font_programs(pdf: bytes) -> list[bytes]:
    """The embedded TrueType font programs (FontFile2 streams: reportlab marks them with
    /Length1), decompressed."""
    programs = []
    for match in _FONT_STREAM.finditer(pdf):
        length = int(_LENGTH.search(match.group(1)).group(1))  # type: ignore[union-attr]
        data = pdf[match.end():match.end() + length]
        programs.append(zlib.decompress(data) if b"FlateDecode" in match.group(1) else data)
    return programs


def glyph_data(font_file: str, glyph_id: int) -> bytes:
    """The raw glyf record of one glyph of the full font (a simple glyph: a subset copies it
    byte for byte)."""
    font = TTFont(font_file, lazy=True)
    try:
        loca = font["loca"]
        start, end = loca[glyph_id], loca[glyph_id + 1]
        data = font.reader["glyf"][start:end]
    finally:
        font.close()
    assert data and int.from_bytes(data[:2], "big", signed=True) >= 0, "a composite glyph"
    return bytes(data[:-4])  # without the last bytes, which may be alignment padding


def embeds_glyph(pdf: bytes, font_file: str, glyph_id: int) -> bool:
    """True if an embedded subset holds the outline of ``glyph_id`` of ``font_file``."""
    wanted = glyph_data(font_file, glyph_id)
    return any(wanted in program for program in font_programs(pdf))


def page_image(pdf: bytes, tmp_path: Path, dpi: int = 40) -> Image.Image:
    """The first page as poppler draws it (greyscale)."""
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-gray", "-png",
                    str(path), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    with Image.open(png) as image:
        image.load()
        png.unlink()
        return image


def page_text(pdf: bytes, tmp_path: Path, page: int = 1) -> str:
    """One page's text, whitespace removed, in the content stream's order (pdftotext -raw:
    the default mode merges table columns that share a baseline)."""
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return squash(out)


def squash(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)
