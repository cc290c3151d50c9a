"""``kiosk sim card``: insert the simulated My Number Card into vpcd until SIGTERM."""

from __future__ import annotations

import signal
from types import FrameType

import click

from devices.simcard.card import SimulatedCard
from devices.simcard.persona import PersonaError, builtin_names, load_persona
from devices.simcard.vpcd import DEFAULT_VPCD_PORT, VpcdLink
from kiosk.cli.errors import Exit, fail


@click.group()
def sim() -> None:
    """Simulated devices (demo mode and tests)."""


@sim.command("card")
@click.option("--persona", required=True, metavar="NAME_OR_FILE",
              help="A shipped persona name or a persona JSON file.")
@click.option("--vpcd-port", default=DEFAULT_VPCD_PORT, show_default=True, type=int)
@click.option("--vpcd-host", default="127.0.0.1", show_default=True)
def sim_card(persona: str, vpcd_port: int, vpcd_host: str) -> None:
    """Insert the simulated card; SIGTERM (or Ctrl-C) removes it."""
    try:
        loaded = load_persona(persona)
    except PersonaError as error:
        fail(f"ペルソナを読み込めません / cannot load the persona: {error}", Exit.USAGE)
    link = VpcdLink(SimulatedCard(loaded), host=vpcd_host, port=vpcd_port)

    def remove_card(signum: int, frame: FrameType | None) -> None:
        link.stop.set()

    signal.signal(signal.SIGTERM, remove_card)
    signal.signal(signal.SIGINT, remove_card)
    click.echo(f"模擬カードを挿入します / inserting the simulated card into vpcd "
               f"{vpcd_host}:{vpcd_port}", err=True)
    link.run()


@sim.command("personas")
def personas() -> None:
    """List the shipped personas."""
    for name in builtin_names():
        click.echo(name)
