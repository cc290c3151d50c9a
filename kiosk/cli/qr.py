"""``kiosk qr decode``: every code in an image or in each page of a PDF."""

from __future__ import annotations

import json
from pathlib import Path

import click

from devices import zbar
from devices.raster import MAX_PAGES, MAX_PIXELS, RasterError, iter_images
from kiosk.cli.errors import Exit, fail


@click.group()
def qr() -> None:
    """QRコード・バーコードの読み取り / read QR codes and barcodes."""


@qr.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dpi", default=300, show_default=True, type=click.IntRange(72, 1200),
              help=f"Resolution PDF pages are rendered at (at most {MAX_PIXELS // 10**6} million "
              f"pixels a page, {MAX_PAGES} pages).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def decode(file: Path, dpi: int, as_json: bool) -> None:
    """Decode a PNG/JPEG image or every page of a PDF (at most 20 pages; a page is
    rendered below --dpi when it would exceed 40 million pixels)."""
    codes: list[dict[str, object]] = []
    pages = 0
    try:
        for image in iter_images(file, dpi):  # one page in memory at a time
            pages += 1
            codes += [{"page": pages, "symbology": code.symbology_name, "content": code.content}
                      for code in zbar.decode_image(image, thorough=True,
                                                    symbologies=zbar.COUNTER_SYMBOLOGIES)]
    except RasterError as error:
        fail(error.one_line(), Exit.USAGE)
    if as_json:
        click.echo(json.dumps({"file": str(file), "pages": pages, "codes": codes},
                              ensure_ascii=False))
        return
    for code in codes:
        click.echo(f"{code['page']}\t{code['symbology']}\t{code['content']}")
    if not codes:
        click.echo("コードが見つかりません / no code found", err=True)
