"""Entry point of the ``kiosk`` command."""

from __future__ import annotations

import importlib
import os
import sys

import click

from kiosk import __version__, frozen, logsetup

# Subcommands are imported when they run, not at start-up: the heavy ones pull in Qt,
# reportlab, SQLAlchemy, Starlette and websockets, which made every `kiosk …` call take
# about a second (and made the start-up of `kiosk sync` under test hard to predict).
COMMANDS = {
    "app": "kiosk.cli.app:app",
    "card": "kiosk.cli.card:card",
    "sim": "kiosk.cli.sim:sim",
    "demo": "kiosk.cli.demo:demo",
    "forms": "kiosk.cli.forms:forms_group",
    "navigate": "kiosk.cli.forms:navigate",
    "print": "kiosk.cli.forms:print_pdf",
    "init": "kiosk.cli.init:init",
    "outbox": "kiosk.cli.outbox:outbox",
    "sync": "kiosk.cli.sync:sync",
    "audit": "kiosk.cli.audit:audit",
    "keys": "kiosk.cli.keys:keys",
    "backoffice": "kiosk.cli.backoffice:backoffice",
    "metrics": "kiosk.cli.metrics:metrics",
    "elqr": "kiosk.cli.elqr:elqr",
    "slip": "kiosk.cli.slip:slip",
    "qr": "kiosk.cli.qr:qr",
    "preapp": "kiosk.cli.preapp:preapp",
    "remote": "kiosk.cli.remote:remote",
    "queue": "kiosk.cli.queue:queue",
}


class LazyGroup(click.Group):
    """A group whose subcommands live in modules imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module_name, attribute = COMMANDS[cmd_name].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{COMMANDS[cmd_name]} is not a click command")
        return command


# The self-test's check modules, in the order they run (the entry point may name ui).
SELF_TEST_MODULES: tuple[str, ...] = (
    "kiosk.selftest.core",  # package metadata and data, catalogue, PDF, folder printer
    "ui.selftest",  # Qt offscreen, Japanese text, speech
    "kiosk.selftest.card",  # the simulated card through a private pcscd + vpcd
)


def _self_test(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from kiosk.selftest.registry import run_self_test

    raise click.exceptions.Exit(run_self_test(sys.stdout, SELF_TEST_MODULES))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


def main() -> None:
    if frozen.is_frozen():
        frozen.restore_library_path(os.environ)  # children use the machine's libraries
    cli(prog_name="kiosk")
