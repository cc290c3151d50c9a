"""``kiosk slip example-payable`` and ``kiosk slip render``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from kiosk.cli.errors import Exit, fail
from kiosk.payments.example import example_payable as build_example
from kiosk.payments.issue import render_checked_slip
from kiosk.payments.layout import LayoutError, load_layout
from kiosk.payments.payable import PayableError, load_payable_file
from kiosk.payments.selfcheck import SelfCheckError
from kiosk.raster import RasterError
from kiosk.settings import ConfigError, load_settings

TODAY_HELP = "Judge 支払期限 as of this day (default: today)."


@click.group()
def slip() -> None:
    """納付書 / payment slips with eL-QR and the convenience-store barcode."""


@slip.command(name="example-payable")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None, help=TODAY_HELP)
def example_payable(today: dt.datetime | None) -> None:
    """Print a valid, synthetic example payable (fictitious municipality 999997)."""
    day = today.date() if today else dt.date.today()
    click.echo(json.dumps(build_example(day), ensure_ascii=False, indent=2))


@slip.command()
@click.option("--payable", "payable_file", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="Payable JSON file.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the slip PDF.")
@click.option("--dpi", default=600, show_default=True, type=click.IntRange(150, 1200),
              help="The printer's resolution: codes are snapped to it and checked at it.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), default=None, help=TODAY_HELP)
def render(payable_file: Path, output: Path, dpi: int, today: dt.datetime | None) -> None:
    """Render the slip PDF and self-check its codes; nothing is written when it is invalid."""
    day = today.date() if today else dt.date.today()
    try:
        home = load_settings().home
        payable = load_payable_file(payable_file, day)
        load_layout(payable.municipality_code, home)  # a bad layout is bad input: exit 2
    except (PayableError, LayoutError) as error:
        fail(error.one_line(), Exit.USAGE)
    except ConfigError as error:
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)
    if not output.parent.is_dir():
        fail(f"出力先のフォルダがありません / no such directory: {output.parent}", Exit.USAGE)
    try:
        codes = render_checked_slip(payable, output, home=home, dpi=dpi)
    except (SelfCheckError, RasterError) as error:
        fail(error.one_line(), Exit.FAILURE)
    click.echo(json.dumps({"output": str(output), "elqr": codes.elqr, "gs1": codes.gs1,
                           "el_number": payable.elqr_fields.el_number, "dpi": dpi,
                           "synthetic": payable.synthetic, "self_check": "passed"},
                          ensure_ascii=False))
