"""Print self-check: a slip goes to the printer only if every code on it scans back exactly.

The page is rasterised at the printer's resolution with pdftoppm and every code on it is
decoded; the check passes only when the decoded codes are exactly the intended ones: each
intended code found with the intended content, and nothing else (no garbled or stray code).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from devices.raster import RasterError, render_page
from kiosk.payments.slip_pdf import SlipCodes

# (symbology, content) pairs found in an image; thorough=True tries harder until it has found
# as many codes as the int says.
Decoder = Callable[[Image.Image, bool, int], list[tuple[str, str]]]

QR = "QRCODE"
CODE128 = "CODE128"


class SelfCheckError(RuntimeError):
    """The slip must not be printed."""

    def one_line(self) -> str:
        return f"印刷前の読み取り検査で不合格のため印刷しません / print self-check failed, " \
               f"not printing: {self}"


def expected_codes(codes: SlipCodes) -> Counter[tuple[str, str]]:
    wanted: Counter[tuple[str, str]] = Counter({(QR, codes.elqr): 1})
    if codes.gs1 is not None:
        wanted[(CODE128, codes.gs1)] += 1  # zbar drops the FNC1 and reports the 44 digits
    return wanted


def check_slip_pdf(pdf: Path, expected: SlipCodes, dpi: int,
                   decoder: Decoder | None = None) -> None:
    """Raise :class:`SelfCheckError` unless page 1 decodes to exactly ``expected``."""
    decode = decoder or _zbar_decoder(dpi)
    try:
        page = render_page(pdf, dpi, mono=True)  # black-or-white dots, like the printer
    except RasterError as error:
        raise SelfCheckError(str(error)) from None
    wanted = expected_codes(expected)
    found = Counter(decode(page, False, wanted.total()))
    if found != wanted:
        found = Counter(decode(page, True, wanted.total()))  # slower, cleaned-up copies
    if found != wanted:
        raise SelfCheckError(_difference(wanted, found, dpi))


def _difference(wanted: Counter[tuple[str, str]], found: Counter[tuple[str, str]],
                dpi: int) -> str:
    names = {QR: "eL-QR", CODE128: "GS1-128"}
    missing = [names.get(kind, kind) for kind, _ in (wanted - found)]
    extra = [f"{kind} {content[:16]!r}" for kind, content in (found - wanted)]
    parts = []
    if missing:
        parts.append(f"not read back at {dpi} dpi: {', '.join(missing)}")
    if extra:
        parts.append(f"unexpected codes: {', '.join(extra)}")
    return "; ".join(parts)


def _zbar_decoder(dpi: int) -> Decoder:
    from devices import zbar  # the device adapter, imported only where a real scan is wanted

    # Every symbology a counter may meet stays on, so a stray code on the page fails the check.
    # Above 300 dpi zbar scans every n-th line only: at 600 dpi every third line still crosses
    # each QR module three times and the 10 mm bars 78 times.
    density = max(1, dpi // 200)

    def decode(image: Image.Image, thorough: bool, enough: int) -> list[tuple[str, str]]:
        return [(code.symbology, code.content)
                for code in zbar.decode_image(image, thorough=thorough, enough=enough,
                                              density=density,
                                              symbologies=zbar.COUNTER_SYMBOLOGIES)]

    return decode
