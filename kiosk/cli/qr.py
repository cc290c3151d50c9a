"""``kiosk qr decode``: every code in an image or in each page of a PDF."""

from __future__ import annotations

import json
from pathlib import Path

import click

from devices import zbar
from devices.raster import RasterError, load_images
from kiosk.cli.errors import Exit, fail


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
    try:
        pages = load_images(file, dpi)
    except RasterError as error:
        fail(error.one_line(), Exit.USAGE)
    codes = [{"page": number, "symbology": code.symbology_name, "content": code.content}
             for number, image in enumerate(pages, start=1)
             for code in zbar.decode_image(image, thorough=True,
                                           symbologies=zbar.COUNTER_SYMBOLOGIES)]
    if as_json:
        click.echo(json.dumps({"file": str(file), "pages": len(pages), "codes": codes},
                              ensure_ascii=False))
        return
    for code in codes:
        click.echo(f"{code['page']}\t{code['symbology']}\t{code['content']}")
    if not codes:
        click.echo("コードが見つかりません / no code found", err=True)
