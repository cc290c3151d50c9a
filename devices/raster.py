"""PDF pages to raster images with poppler's pdftoppm (what a printer driver would see)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image, UnidentifiedImageError

PDFTOPPM = "pdftoppm"


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


def render_pages(pdf: Path, dpi: int) -> list[Image.Image]:
    """Every page, in order, as 8-bit grey images."""
    return _render(pdf, dpi, [], mono=False)


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


def _run(command: list[str]) -> bytes:
    try:
        done = subprocess.run(command, capture_output=True, check=False, timeout=120)  # noqa: S603
    except FileNotFoundError:
        raise RasterError("pdftoppm がありません / pdftoppm is not installed "
                          "(poppler-utils)") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"pdftoppm exited {done.returncode}"
        raise RasterError(f"PDFを画像にできません / cannot rasterise the PDF: {detail}")
    return done.stdout


def load_images(path: Path, dpi: int) -> list[Image.Image]:
    """A PDF's pages rendered at ``dpi``, or the one picture of a PNG/JPEG/… file, as grey."""
    try:
        with path.open("rb") as handle:
            is_pdf = handle.read(5) == b"%PDF-"
        if is_pdf:
            return render_pages(path, dpi)
        with Image.open(path) as image:
            return [image.convert("L")]
    except (UnidentifiedImageError, OSError):
        raise RasterError(f"画像でもPDFでもありません / not an image or a PDF: {path.name}") \
            from None
