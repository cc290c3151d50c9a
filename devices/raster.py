"""PDF pages to raster images with poppler's pdftoppm (what a printer driver would see)."""

from __future__ import annotations

import math
import re
import struct
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, UnidentifiedImageError

PDFTOPPM = "pdftoppm"
PDFINFO = "pdfinfo"

# Limits for files from outside (kiosk qr decode, 事前申請 scans). One page or picture at most
# MAX_PIXELS: A4 at 600 dpi is 35 million, and the thorough zbar scan holds several copies of
# a page, so this keeps memory near 0.3 GB and one page's scan near 4 s.
MAX_PIXELS = 40_000_000
MAX_PAGES = 20  # a slip, a form bundle or a scanned application; not a book
MIN_DPI = 72  # below this no code is readable: a page that needs less is refused
RASTER_SECONDS = 60  # pdfinfo and pdftoppm for a whole PDF
# Only formats a scanner, camera or our own printer writes; Pillow would otherwise hand EPS
# files to Ghostscript.
IMAGE_FORMATS = ("PNG", "JPEG", "TIFF", "BMP", "GIF", "WEBP", "PPM")


class RasterError(RuntimeError):
    def one_line(self) -> str:
        return str(self)


def render_page(pdf: Path, dpi: int, page: int = 1, *, mono: bool = False) -> Image.Image:
    """One page as an 8-bit grey image. ``mono`` renders black-or-white dots, as a laser
    printer prints them (and about five times faster than grey at 600 dpi)."""
    pages = _render(pdf, dpi, ["-f", str(page), "-l", str(page)], mono)
    if not pages:
        raise RasterError(f"{pdf.name} has no page {page}")
    return pages[0]


def _render(pdf: Path, dpi: int, page_range: list[str], mono: bool) -> list[Image.Image]:
    # pdftoppm 22.x cannot stream to stdout, so it writes files into a private temp dir.
    with tempfile.TemporaryDirectory(prefix="kiosk-raster-") as temp:
        _run([PDFTOPPM, "-r", str(dpi), "-mono" if mono else "-gray", *page_range, str(pdf),
              str(Path(temp) / "page")])
        pages = []
        for path in sorted(Path(temp).glob("page-*.p[bg]m"), key=_page_number):
            with Image.open(path) as image:
                pages.append(image.convert("L"))
        return pages


def _page_number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def _run(command: list[str], timeout: float = 120) -> bytes:
    try:
        done = subprocess.run(command, capture_output=True, check=False,  # noqa: S603
                              timeout=timeout)
    except FileNotFoundError:
        raise RasterError(f"{command[0]} がありません / {command[0]} is not installed "
                          "(poppler-utils)") from None
    except subprocess.TimeoutExpired:
        raise _timed_out() from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"pdftoppm exited {done.returncode}"
        raise RasterError(f"PDFを画像にできません / cannot rasterise the PDF: {detail}")
    return done.stdout


def load_images(path: Path, dpi: int) -> list[Image.Image]:
    """Every picture :func:`iter_images` yields, at once (for our own, trusted PDFs)."""
    return list(iter_images(path, dpi))


def iter_images(path: Path, dpi: int) -> Iterator[Image.Image]:
    """A PDF's pages rendered at ``dpi`` (capped per page to MAX_PIXELS), one at a time, or the
    one picture of a PNG/JPEG/… file, as grey. Input from outside: every limit is a
    RasterError with one line, checked before the pixels are decoded."""
    try:
        with path.open("rb") as handle:
            is_pdf = handle.read(5) == b"%PDF-"
    except OSError:
        raise RasterError(f"読めません / cannot read {path.name}") from None
    if is_pdf:
        yield from pdf_pages(path, dpi)
    else:
        yield open_image(path)


def open_image(path: Path) -> Image.Image:
    """One picture as grey, its size checked from the header before any pixel is decoded."""
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that; here it is an error.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=IMAGE_FORMATS) as image:
                check_pixels(image.width, image.height, path.name)
                return image.convert("L")
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(path.name) from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError,
                struct.error):
            raise RasterError(f"画像でもPDFでもありません / not an image or a PDF: "
                              f"{path.name}") from None


def check_pixels(width: int, height: int, name: str) -> None:
    if width * height > MAX_PIXELS:
        raise _too_many_pixels(name)


def _too_many_pixels(name: str) -> RasterError:
    return RasterError(f"画像が大きすぎます / {name}: more than {MAX_PIXELS} pixels")


def pdf_pages(pdf: Path, dpi: int) -> Iterator[Image.Image]:
    """The first pages (at most MAX_PAGES) one by one, each at ``dpi`` or less: a page is
    rendered at the highest resolution that keeps it within MAX_PIXELS, and refused when even
    MIN_DPI would not. All of it within RASTER_SECONDS."""
    deadline = time.monotonic() + RASTER_SECONDS
    for number, (width, height) in enumerate(page_sizes(pdf, deadline), start=1):
        page_dpi = capped_dpi(dpi, width, height)
        if page_dpi < MIN_DPI:
            raise RasterError(f"ページが大きすぎます / {pdf.name} page {number} is too large "
                              f"({width / 72 * 25.4:.0f} x {height / 72 * 25.4:.0f} mm)")
        yield _render_bounded(pdf, number, page_dpi, max(width, height), deadline)


def capped_dpi(dpi: int, width_pt: float, height_pt: float) -> int:
    """``dpi``, or less so that the page (in points) stays within MAX_PIXELS."""
    area = width_pt / 72 * height_pt / 72  # square inches
    return min(dpi, math.floor(math.sqrt(MAX_PIXELS / area))) if area > 0 else 0


def page_sizes(pdf: Path, deadline: float) -> list[tuple[float, float]]:
    """Each page's size in points (pdfinfo); RasterError beyond MAX_PAGES pages."""
    info = _run([PDFINFO, "-f", "1", "-l", str(MAX_PAGES), str(pdf)], _left(deadline))
    text = info.decode("utf-8", "replace")
    pages = re.search(r"^Pages:\s+(\d+)", text, re.MULTILINE)
    if pages is None or int(pages.group(1)) == 0:
        raise RasterError(f"PDFにページがありません / {pdf.name} has no page")
    if int(pages.group(1)) > MAX_PAGES:
        raise RasterError(f"ページが多すぎます / {pdf.name} has {pages.group(1)} pages; "
                          f"at most {MAX_PAGES} are read")
    sizes = [(float(w), float(h)) for w, h in
             re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", text, re.MULTILINE)]
    if len(sizes) != int(pages.group(1)):  # never render a page whose size is unknown
        raise RasterError(f"PDFのページの大きさが読めません / cannot read the page sizes of "
                          f"{pdf.name}")
    return sizes


def _render_bounded(pdf: Path, number: int, dpi: int, side_pt: float,
                    deadline: float) -> Image.Image:
    # -W/-H crop to the page's long side: even a page whose size pdfinfo misread cannot
    # make pdftoppm draw more than that square.
    side = str(math.ceil(side_pt / 72 * dpi) + 1)
    with tempfile.TemporaryDirectory(prefix="kiosk-raster-") as temp:
        _run([PDFTOPPM, "-r", str(dpi), "-gray", "-f", str(number), "-l", str(number),
              "-W", side, "-H", side, str(pdf), str(Path(temp) / "page")], _left(deadline))
        paths = list(Path(temp).glob("page-*.pgm"))
        if not paths:
            raise RasterError(f"{pdf.name} has no page {number}")
        with Image.open(paths[0], formats=("PPM",)) as image:
            check_pixels(image.width, image.height, pdf.name)
            return image.convert("L")


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _timed_out()
    return left


def _timed_out() -> RasterError:
    return RasterError(f"PDFの処理が時間切れです / rasterising the PDF took longer than "
                       f"{RASTER_SECONDS} s")
