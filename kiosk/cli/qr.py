"""``kiosk qr decode``: every code in an image or in each page of a PDF."""

from __future__ import annotations

import json
from pathlib import Path

import click
from PIL import Image, UnidentifiedImageError

from devices import zbar
from kiosk.cli.errors import Exit, fail
from kiosk.raster import RasterError, render_pages


@click.group()
def qr() -> None:
    """QRコード・バーコードの読み取り / read QR codes and barcodes."""


@qr.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dpi", default=300, show_default=True, type=click.IntRange(72, 1200),
              help="Resolution PDF pages are rendered at.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def decode(file: Path, dpi: int, as_json: bool) -> None:
    """Decode a PNG/JPEG image or every page of a PDF."""
    pages = _pages(file, dpi)
    codes = [{"page": number, "symbology": code.symbology_name, "content": code.content}
             for number, image in enumerate(pages, start=1)
             for code in zbar.decode_image(image, thorough=True)]
    if as_json:
        click.echo(json.dumps({"file": str(file), "pages": len(pages), "codes": codes},
                              ensure_ascii=False))
        return
    for code in codes:
        click.echo(f"{code['page']}\t{code['symbology']}\t{code['content']}")
    if not codes:
        click.echo("コードが見つかりません / no code found", err=True)


def _pages(file: Path, dpi: int) -> list[Image.Image]:
    with file.open("rb") as handle:
        is_pdf = handle.read(5) == b"%PDF-"
    if is_pdf:
        try:
            return render_pages(file, dpi)
        except RasterError as error:
            fail(error.one_line(), Exit.USAGE)
    try:
        with Image.open(file) as image:
            image.load()
            return [image.convert("L")]
    except (UnidentifiedImageError, OSError):
        fail(f"画像でもPDFでもありません / not an image or a PDF: {file.name}", Exit.USAGE)
