"""The simulated card face's pictures: 1-bit PNGs of the name, the address and the security
code, drawn in the MJ font (IPAmj明朝) where installed, else IPAex明朝, and a small greyscale
JPEG 2000 photo (generated, or a persona's ``photo`` file) of about 4 KB, as on a real card.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/ipamj/ipamjm.ttf"),  # fonts-ipamj-mincho: 外字 and IVS
    Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
    Path("/usr/share/fonts/truetype/fonts-japanese-mincho.ttf"),
)
TEXT_PX = 24
LINE_CHARS = 16  # the card prints the address on up to three lines
PHOTO_SIZE = (150, 200)
PHOTO_BYTES = 4096  # target size of the JP2 file: what the benchmark's budget assumes

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont


@cache
def _font() -> FontType:
    for path in FONT_CANDIDATES:
        if path.exists():
            return ImageFont.truetype(str(path), TEXT_PX)
    return ImageFont.load_default(TEXT_PX)  # the sim must work without the Japanese fonts


def text_png(text: str, *, line_chars: int = LINE_CHARS) -> bytes:
    """``text`` as a 1-bit PNG, wrapped every ``line_chars`` characters (a variation selector
    stays with its base character)."""
    lines = _wrap(text, line_chars)
    font = _font()
    width = max(int(font.getlength(line)) for line in lines) + 4
    image = Image.new("1", (max(width, 8), (TEXT_PX + 4) * len(lines)), 1)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((2, 2 + row * (TEXT_PX + 4)), line, font=font, fill=0)
    return _png(image)


def _wrap(text: str, line_chars: int) -> list[str]:
    clusters: list[str] = []
    for char in text:
        if clusters and 0xE0100 <= ord(char) <= 0xE01EF:
            clusters[-1] += char
        else:
            clusters.append(char)
    lines = ["".join(clusters[i : i + line_chars]) for i in range(0, len(clusters), line_chars)]
    return lines or [""]


def photo_jp2(source: Path | None = None, *, target_bytes: int = PHOTO_BYTES) -> bytes:
    """A greyscale JP2 photo of about ``target_bytes``: ``source`` scaled down, or a drawn
    placeholder portrait (no real person's face)."""
    if source is not None:
        with Image.open(source) as picture:
            image = picture.convert("L")
            image.thumbnail(PHOTO_SIZE)
    else:
        image = _portrait()
    raw_bytes = image.width * image.height
    out = io.BytesIO()
    image.save(out, "JPEG2000", irreversible=True, quality_mode="rates",
               quality_layers=[max(raw_bytes / target_bytes, 1.0)], no_jp2=False)
    return out.getvalue()


def _portrait() -> Image.Image:
    width, height = PHOTO_SIZE
    image = Image.linear_gradient("L").resize(PHOTO_SIZE).point(lambda v: 150 + v // 3)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.05, height * 0.62, width * 0.95, height * 1.3), fill=60)  # shoulders
    draw.ellipse((width * 0.25, height * 0.12, width * 0.75, height * 0.66), fill=205)  # face
    draw.chord((width * 0.22, height * 0.06, width * 0.78, height * 0.5), 180, 360, fill=40)
    for x in (0.38, 0.62):
        draw.ellipse((width * x - 5, height * 0.36 - 3, width * x + 5, height * 0.36 + 3),
                     fill=30)
    draw.arc((width * 0.4, height * 0.45, width * 0.6, height * 0.56), 20, 160, fill=80,
             width=2)
    return image


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
