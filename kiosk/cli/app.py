"""``kiosk app``: the Qt application (self-service terminal or staff counter)."""

from __future__ import annotations

import click

from kiosk.cli.errors import Exit, fail
from kiosk.settings import ConfigError, load_settings

MODES = ("self", "staff", "branch", "display")


def app_options(function: click.decorators.FC) -> click.decorators.FC:
    for option in reversed([
        click.option("--mode", type=click.Choice(MODES), default="self", show_default=True),
        click.option("--fullscreen", is_flag=True, help="Kiosk lockdown: full screen, no exit."),
        click.option("--high-contrast", is_flag=True),
        click.option("--scale", type=click.FloatRange(1.0, 2.0), default=1.0, show_default=True,
                     help="Text scale, up to 2.0 (200 %)."),
        click.option("--idle-seconds", type=click.IntRange(10, 3600), default=60,
                     show_default=True),
        click.option("--speech", is_flag=True,
                     help="Spoken guidance of the self-service screens (QtTextToSpeech; never "
                          "personal data)."),
    ]):
        function = option(function)
    return function


@click.command("app")
@app_options
def app(mode: str, fullscreen: bool, high_contrast: bool, scale: float, idle_seconds: int,
        speech: bool) -> None:
    """窓口アプリ / the kiosk application."""
    from ui.shell.app import AppOptions, run

    try:
        settings = load_settings()
    except ConfigError as error:
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)
    if mode == "branch" and settings.backoffice is None:
        fail("リモート窓口にはバックオフィスの設定が必要です（kiosk init） / branch mode needs "
             "a back office: run kiosk init first", Exit.USAGE)
    if mode == "display" and settings.backoffice is None:  # it would show an empty queue
        fail("呼出表示には共有の順番待ち（バックオフィス）が必要です（kiosk init） / the call "
             "display needs the shared queue: run kiosk init first", Exit.USAGE)
    options = AppOptions(mode, fullscreen, high_contrast, scale, idle_seconds, speech)
    raise SystemExit(run(options, settings))
