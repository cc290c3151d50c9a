"""The card-face image of the name, printed in a form's name box where no font has a glyph.

The card-face AP (券面事項確認AP, EF 0002 DF25) holds the name as printed on the card, a 1-bit
PNG, so a 外字 that no shipped font has is still shown as registered. When the visit has that
image (CardFacts.name_image, PNG bytes), a form row whose text is the card's name and that
would otherwise print 〓 (or an IVS sequence only approximated) prints the image instead, with
a note; the name's characters still go into the text layer, drawn invisibly under the image,
so copy and search find the name. An image that does not decode is ignored (the row keeps 〓).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from forms.pdf.textfit import FontSpec, runs
from forms.pdf.truetype import TextLayerTTFont

log = logging.getLogger(__name__)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PIXELS = 4_000_000  # a card's name image is a few hundred pixels wide: refuse a bomb
PADDING = 1 * mm
NOTE = "氏名欄の外字は、マイナンバーカード券面の氏名の画像で印刷しています。"


@dataclass(frozen=True)
class NameImage:
    name: str  # the name the image shows (the card's, as read from the chip's text AP)
    image: ImageReader

    def __repr__(self) -> str:
        return "NameImage(****)"


def name_image(name: str, png: bytes | None) -> NameImage | None:
    """A NameImage for ``name`` from the card-face PNG, or None (no image, or one that does
    not decode as a PNG: logged without its content, the form then prints 〓 as before)."""
    if not png or not name:
        return None
    try:
        if not png.startswith(PNG_SIGNATURE):
            raise ValueError("not a PNG")
        with Image.open(io.BytesIO(png)) as picture:
            if picture.width * picture.height > MAX_PIXELS:
                raise ValueError("image too large")
            picture.load()
            grey = _inked_width(picture.convert("L"))  # 1-bit and palette PNGs alike
    except (ValueError, OSError, UnidentifiedImageError, Image.DecompressionBombError):
        log.warning("the card-face name image does not decode; printing 〓 instead")
        return None
    return NameImage(name, ImageReader(grey))


def _inked_width(grey: Image.Image) -> Image.Image:
    """The name without the blank ends of the card's name field (left and right only: the
    height stays, so the characters keep their size in the box)."""
    ink = ImageOps.invert(grey).getbbox()
    if ink is None:
        return grey
    margin = grey.height // 8
    return grey.crop((max(0, ink[0] - margin), 0, min(grey.width, ink[2] + margin), grey.height))


def draw_name_image(c: Canvas, image: NameImage, font: FontSpec, x: float, y: float,
                    w: float, h: float) -> None:
    """The image in the box whose top-left is (x, y), left-aligned and centred vertically,
    and the name's characters invisibly under it (text render mode 3)."""
    c.drawImage(image.image, x + PADDING, y - h + PADDING, w - 2 * PADDING, h - 2 * PADDING,
                preserveAspectRatio=True, anchor="w")
    size = min(10.5, (h - 2 * PADDING) / 1.2)
    c.saveState()  # the render mode is graphics state: it must not outlive this text
    text = c.beginText(x + PADDING, y - h / 2 - size / 3)
    text.setTextRenderMode(3)
    for name, piece in runs(image.name, font):
        face = getFont(name)
        shown = (face.drawable(piece, carry_missing=True)
                 if isinstance(face, TextLayerTTFont) else piece)
        text.setFont(name, size)
        text.textOut(shown)
    text.setTextRenderMode(0)
    c.drawText(text)
    c.restoreState()

