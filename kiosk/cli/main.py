"""Entry point of the ``kiosk`` command."""

from __future__ import annotations

import click

from kiosk import __version__, logsetup
from kiosk.cli.audit import audit
from kiosk.cli.backoffice import backoffice
from kiosk.cli.card import card
from kiosk.cli.demo import demo
from kiosk.cli.init import init
from kiosk.cli.keys import keys
from kiosk.cli.outbox import outbox
from kiosk.cli.sim import sim
from kiosk.cli.sync import sync


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
cli.add_command(init)
cli.add_command(outbox)
cli.add_command(sync)
cli.add_command(audit)
cli.add_command(keys)
cli.add_command(backoffice)


def main() -> None:
    cli(prog_name="kiosk")
