"""``kiosk slip example-payable``, ``kiosk slip render`` and ``kiosk slip find``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from devices.raster import RasterError
from kiosk.cli.common import settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.payments.example import example_payable as build_example
from kiosk.payments.issue import render_checked_slip
from kiosk.payments.layout import LayoutError, load_layout
from kiosk.payments.masking import masked
from kiosk.payments.payable import PayableError, load_payable_file
from kiosk.payments.selfcheck import SelfCheckError
from kiosk.payments.sources import PayableLookupError, payable_source
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


@slip.command()
@click.option("--notice", required=True, metavar="NUMBER", help="通知書番号 / notice number.")
@click.option("--json", "as_json", is_flag=True, help="Print the payables as JSON (the payer "
              "masked, as the counter's list shows it).")
def find(notice: str, as_json: bool) -> None:
    """Look up payables the way the counter does: the back office, or in demo the local folder."""
    if not notice.strip():
        fail("通知書番号が空です / the notice number is empty", Exit.USAGE)
    settings = settings_or_fail()
    if settings.backoffice is None and not settings.demo:  # a configuration matter: exit 2
        fail("バックオフィスが設定されていません (kiosk init) / no [backoffice] configured "
             "(run kiosk init)", Exit.USAGE)
    try:
        found = payable_source(settings).payables(notice.strip())
    except PayableLookupError as error:
        fail(str(error), Exit.BACKOFFICE)
    if as_json:  # masked like the counter's list: the full payer is only released to print
        click.echo(json.dumps([masked(p).to_json() for p in found], ensure_ascii=False,
                              indent=1))
        return
    for p in found:  # no payer data without --json: this line may end up in a terminal log
        click.echo(f"{p.subject}\t{p.fiscal_year}\t{p.instalment}\t{p.amounts.total}\t"
                   f"{p.elqr_fields.due_date.isoformat()}\t{p.elqr_fields.el_number}")
    click.echo(f"{len(found)} payable(s) for notice {notice.strip()}", err=True)
