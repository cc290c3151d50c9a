"""Entry point of the ``kiosk`` command."""

from __future__ import annotations

import click

from kiosk import __version__, logsetup
from kiosk.cli.card import card
from kiosk.cli.demo import demo
from kiosk.cli.elqr import elqr
from kiosk.cli.preapp import preapp
from kiosk.cli.qr import qr
from kiosk.cli.sim import sim
from kiosk.cli.slip import slip


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kiosk")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("--trace-apdus", is_flag=True,
              help="Log raw APDUs. The log then contains personal data (announced on start).")
def cli(log_level: str, trace_apdus: bool) -> None:
    """書かないワンストップ窓口 / no-writing one-stop counter kiosk."""
    logsetup.configure(log_level, trace_apdus=trace_apdus)


cli.add_command(card)
cli.add_command(sim)
cli.add_command(demo)
cli.add_command(elqr)
cli.add_command(slip)
cli.add_command(qr)
cli.add_command(preapp)


def main() -> None:
    cli(prog_name="kiosk")
