"""Entry point of the ``kiosk`` command."""

from __future__ import annotations

import os
import sys

import click

from kiosk import __version__, frozen, logsetup
from kiosk.cli.app import app
from kiosk.cli.audit import audit
from kiosk.cli.backoffice import backoffice
from kiosk.cli.card import card
from kiosk.cli.demo import demo
from kiosk.cli.elqr import elqr
from kiosk.cli.forms import forms_group, navigate, print_pdf
from kiosk.cli.init import init
from kiosk.cli.keys import keys
from kiosk.cli.metrics import metrics
from kiosk.cli.outbox import outbox
from kiosk.cli.preapp import preapp
from kiosk.cli.qr import qr
from kiosk.cli.remote import remote
from kiosk.cli.sim import sim
from kiosk.cli.slip import slip
from kiosk.cli.sync import sync


def _self_test(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from kiosk.selftest import run_self_test

    raise click.exceptions.Exit(run_self_test(sys.stdout))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kiosk")
@click.option("--self-test", is_flag=True, is_eager=True, expose_value=False,
              callback=_self_test,
              help="自己診断 / run the self-test (offscreen, simulated devices) and exit: "
                   "0 if every check passed, 1 if one failed.")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("--trace-apdus", is_flag=True,
              help="Log raw APDUs. The log then contains personal data (announced on start).")
def cli(log_level: str, trace_apdus: bool) -> None:
    """書かないワンストップ窓口 / no-writing one-stop counter kiosk."""
    logsetup.configure(log_level, trace_apdus=trace_apdus)


cli.add_command(app)
cli.add_command(card)
cli.add_command(sim)
cli.add_command(demo)
cli.add_command(forms_group)
cli.add_command(navigate)
cli.add_command(print_pdf)
cli.add_command(init)
cli.add_command(outbox)
cli.add_command(sync)
cli.add_command(audit)
cli.add_command(keys)
cli.add_command(backoffice)
cli.add_command(metrics)
cli.add_command(elqr)
cli.add_command(slip)
cli.add_command(qr)
cli.add_command(preapp)
cli.add_command(remote)


def main() -> None:
    if frozen.is_frozen():
        frozen.restore_library_path(os.environ)  # children use the machine's libraries
    cli(prog_name="kiosk")
