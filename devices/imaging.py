"""The card face's images through Pillow: the JPEG 2000 photo and the PNG name and address
images, each re-encoded as a PNG that Qt (or any viewer) shows.

This is the one place that decodes the card's images; the protocol (devices.card) hands
bytes in and gets PNG bytes back. Everything the card sends is untrusted: only the expected
format is opened (Pillow would otherwise guess among dozens), the size is checked from the
header before any pixel is decoded, and every decoder failure becomes one ImageError whose
message names the problem, never the content.
"""

from __future__ import annotations

import io
import struct
import warnings

from PIL import Image, UnidentifiedImageError

JP2_SIGNATURE = bytes.fromhex("0000000c6a5020200d0a870a")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The card's photo is about 300 x 400 and the text images a few hundred pixels wide; these
# caps leave room for another card generation and refuse a decompression bomb.
MAX_SIDE = 4000
MAX_PIXELS = 4_000_000
MAX_INPUT_BYTES = 0x8000  # nothing on the card is larger (15-bit READ BINARY offsets)
# Pillow's own errors for a damaged stream: truncated data, bad markers, impossible sizes.
_DECODE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, struct.error, IndexError,
                  Image.DecompressionBombError)


class ImageError(ValueError):
    """The bytes are not a picture of the expected kind."""


class PillowDecoder:
    """devices.card.face_reading.ImageDecoder with Pillow (OpenJPEG for JPEG 2000)."""

    def photo_png(self, jp2: bytes) -> bytes:
        if not jp2.startswith(JP2_SIGNATURE):
            raise ImageError("the photo is not a JPEG 2000 (JP2) file")
        return _reencode(jp2, "JPEG2000", "photo", grey=True)

    def image_png(self, png: bytes) -> bytes:
        if not png.startswith(PNG_SIGNATURE):
            raise ImageError("the image is not a PNG file")
        return _reencode(png, "PNG", "image", grey=False)


def _reencode(data: bytes, kind: str, what: str, *, grey: bool) -> bytes:
    if len(data) > MAX_INPUT_BYTES:
        raise ImageError(f"the {what} is larger than the card can hold")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[kind]) as image:
                _check_size(image.size, what)
                image.load()
                picture = _for_screen(image, grey=grey)
        out = io.BytesIO()
        picture.save(out, "PNG", optimize=False)
    except ImageError:
        raise
    except (*_DECODE_ERRORS, Image.DecompressionBombWarning, UnidentifiedImageError):
        raise ImageError(f"the {what} does not decode") from None
    return out.getvalue()


def _check_size(size: tuple[int, int], what: str) -> None:
    width, height = size
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and width * height <= MAX_PIXELS):
        raise ImageError(f"the {what} has an implausible size")


def _for_screen(image: Image.Image, *, grey: bool) -> Image.Image:
    if image.mode == "1" and not grey:
        return image.copy()  # the card's 1-bit text images stay 1-bit
    return image.convert("L")
