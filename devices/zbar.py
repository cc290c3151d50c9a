"""The pyzbar adapter: decode QR codes and barcodes from images, camera frames and rasters.

zbar guesses the character set of QR byte-mode data (Shift_JIS, Latin-1…) and pyzbar hands
back its guess re-encoded as UTF-8, which corrupts non-ASCII text. So QR codes are scanned in
zbar's binary mode (ZBAR_CFG_BINARY, which pyzbar 0.1.9's enum predates) and the raw bytes are
decoded here: UTF-8 first, Shift_JIS for codes written in Kanji mode. Our own payloads (eL-QR,
GS1-128, 事前申請) are ASCII, so they never depend on that guess.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PIL import Image, ImageFilter
from pyzbar import pyzbar
from pyzbar.wrapper import (
    ZBarConfig,
    ZBarSymbol,
    zbar_image_scanner_set_config,
    zbar_image_set_data,
    zbar_image_set_format,
    zbar_image_set_size,
    zbar_scan_image,
)

SMALL_RASTER = 2600  # pixels on the long side; A4 at 200 dpi is 2339
# Grain on a worn print can pass for a one- or two-character Code 128 (its mod-103 check is
# weak for so few symbols); no code the kiosk reads is that short.
MIN_CODE128_LENGTH = 4
ZBAR_CFG_BINARY = 4  # zbar >= 0.23: return QR data as raw bytes, no charset conversion

# zbar's names -> the names the CLI prints.
SYMBOLOGY_NAMES = {
    "QRCODE": "QR Code",
    "CODE128": "Code 128",
    "EAN13": "EAN-13",
    "EAN8": "EAN-8",
    "I25": "ITF",
    "CODE39": "Code 39",
    "CODE93": "Code 93",
    "CODABAR": "Codabar",
    "PDF417": "PDF417",
}


# What a payment slip carries: eL-QR and GS1-128 (which zbar reports as Code 128).
SLIP_SYMBOLOGIES = (ZBarSymbol.QRCODE, ZBarSymbol.CODE128)
QR_ONLY = (ZBarSymbol.QRCODE,)
# Everything a counter may meet, less GS1 DataBar: zbar's DataBar decoder prints assertion
# warnings to stderr on noisy images, and no slip, form or pre-application code uses it.
COUNTER_SYMBOLOGIES = (
    ZBarSymbol.QRCODE, ZBarSymbol.CODE128, ZBarSymbol.EAN13, ZBarSymbol.EAN8, ZBarSymbol.UPCA,
    ZBarSymbol.UPCE, ZBarSymbol.CODE39, ZBarSymbol.CODE93, ZBarSymbol.I25, ZBarSymbol.CODABAR,
    ZBarSymbol.PDF417,
)


class DecodeError(RuntimeError):
    """zbar could not scan the image (unsupported format or size)."""


@dataclass(frozen=True)
class DecodedCode:
    symbology: str  # zbar name, e.g. "QRCODE", "CODE128"
    content: str
    raw: bytes

    @property
    def symbology_name(self) -> str:
        return SYMBOLOGY_NAMES.get(self.symbology, self.symbology)


def decode_image(image: Image.Image, *, thorough: bool = False, enough: int | None = None,
                 density: int = 1,
                 symbologies: Sequence[ZBarSymbol] | None = None) -> list[DecodedCode]:
    """Every code zbar finds in a PIL image (any mode; converted to 8-bit grey).

    zbar binarises without smoothing, so toner grain and sensor noise break it long before a
    symbol is unreadable, and it misses bars narrower than about 1.5 pixels. ``thorough`` also
    scans cleaned-up copies (for small rasters: stretched 3x and 2x horizontally, with and
    without rows averaged in fours, and 2x upscaled; box-blurred; median-filtered;
    Gaussian-blurred; rows averaged in pairs; half-size for large ones) and merges what each
    pass finds, stopping once ``enough`` distinct codes are known. ``density`` scans every
    n-th row and column (a 600 dpi page needs no more lines than a 300 dpi one);
    ``symbologies`` limits what zbar looks for (default: everything; noise can fake
    weakly-checked ones such as Interleaved 2 of 5).
    """
    grey = image if image.mode == "L" else image.convert("L")

    def scan(variant: Image.Image, scale: int = 1) -> list[DecodedCode]:
        step = max(1, density * scale)
        return decode_frame(variant.tobytes(), variant.width, variant.height, density=step,
                            symbologies=symbologies)

    found = scan(grey)
    if not thorough:
        return found
    for variant, scale in _cleaned_variants(grey):
        if enough is not None and len(found) >= enough:
            break
        seen = {(code.symbology, code.raw) for code in found}
        found += [code for code in scan(variant, scale)
                  if (code.symbology, code.raw) not in seen]
    return found


def _cleaned_variants(grey: Image.Image) -> Iterator[tuple[Image.Image, int]]:
    """(image, how many times larger than the original it is, for the scan density)."""
    if max(grey.size) <= SMALL_RASTER:
        yield from _stretched_variants(grey)
    yield grey.filter(ImageFilter.BoxBlur(1)), 1
    if max(grey.size) <= SMALL_RASTER:
        yield grey.resize((grey.width * 2, grey.height * 2), Image.Resampling.BICUBIC), 2
    yield grey.filter(ImageFilter.MedianFilter(3)), 1
    yield grey.filter(ImageFilter.GaussianBlur(1)), 1
    # Averaging pairs of rows halves the grain without widening any vertical bar.
    yield grey.reduce((1, 2)), 1
    if max(grey.size) > 2 * SMALL_RASTER:
        yield grey.reduce(2), 1


def _stretched_variants(grey: Image.Image) -> Iterator[tuple[Image.Image, int]]:
    """Horizontally upscaled copies for barcodes of about 1.5 pixels per module (a 200 dpi
    slip): zbar places edges poorly that close to the pixel pitch, and Lanczos rebuilds the
    edges between samples. Rows averaged in fours first cut the grain by half; the bars are
    vertical, so that costs nothing while a skew stays below a degree."""
    lanczos = Image.Resampling.LANCZOS
    yield grey.resize((grey.width * 3, grey.height), lanczos), 1
    banded = grey.reduce((1, 4))
    yield banded.resize((banded.width * 3, banded.height), lanczos), 1
    yield banded.resize((banded.width * 2, banded.height), lanczos), 1


def decode_frame(pixels: bytes, width: int, height: int, *, density: int = 1,
                 symbologies: Sequence[ZBarSymbol] | None = None) -> list[DecodedCode]:
    """Every code in one 8-bit greyscale frame (a camera's Y plane, row-major)."""
    if width <= 0 or height <= 0 or len(pixels) != width * height:
        raise DecodeError(f"frame of {len(pixels)} bytes is not {width}x{height} 8-bit grey")
    with pyzbar._image_scanner() as scanner:
        if symbologies is not None:
            zbar_image_scanner_set_config(scanner, ZBarSymbol.NONE, ZBarConfig.CFG_ENABLE, 0)
            for symbology in symbologies:
                zbar_image_scanner_set_config(scanner, symbology, ZBarConfig.CFG_ENABLE, 1)
        zbar_image_scanner_set_config(scanner, ZBarSymbol.QRCODE, ZBAR_CFG_BINARY, 1)
        zbar_image_scanner_set_config(scanner, ZBarSymbol.CODE128, ZBarConfig.CFG_MIN_LEN,
                                      MIN_CODE128_LENGTH)
        for axis in (ZBarConfig.CFG_X_DENSITY, ZBarConfig.CFG_Y_DENSITY):
            zbar_image_scanner_set_config(scanner, ZBarSymbol.NONE, axis, density)
        with pyzbar._image() as img:
            zbar_image_set_format(img, pyzbar._FOURCC["L800"])
            zbar_image_set_size(img, width, height)
            buffer = ctypes.c_char_p(pixels)  # keeps the pixels alive during the scan
            zbar_image_set_data(img, ctypes.cast(buffer, ctypes.c_void_p), len(pixels), None)
            if zbar_scan_image(scanner, img) < 0:
                raise DecodeError("zbar could not scan the frame")
            return [_code(symbol) for symbol in
                    pyzbar._decode_symbols(pyzbar._symbols_for_image(img))]


def _code(symbol: pyzbar.Decoded) -> DecodedCode:
    raw: bytes = symbol.data
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError:
        content = raw.decode("shift_jis", errors="replace")
    return DecodedCode(symbology=str(symbol.type), content=content, raw=raw)
