"""``kiosk preapp encode`` and ``kiosk preapp decode``: pre-application (事前申請) codes."""

from __future__ import annotations

import json
from pathlib import Path

import click

from devices.jsonfile import JsonFileError, read_json_file
from devices.raster import RasterError
from kiosk.cli.errors import Exit, fail
from kiosk.preapp import codes as codec
from kiosk.preapp.scanning import read_preapp


@click.group()
def preapp() -> None:
    """事前申請コード / pre-application codes residents bring from home."""


@preapp.command()
@click.option("--life-event", required=True, metavar="ID",
              help=f"One of: {', '.join(codec.LIFE_EVENTS)}.")
@click.option("--answers", "answers_file", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="Answers as a JSON object.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the QR code PNG.")
def encode(life_event: str, answers_file: Path, output: Path) -> None:
    """Write a pre-application QR code (PNG)."""
    try:
        answers = read_json_file(answers_file)
    except JsonFileError as error:
        fail(f"回答ファイルを読めません / cannot read the answers JSON: {error.one_line()}",
             Exit.USAGE)
    if not output.parent.is_dir():
        fail(f"出力先のフォルダがありません / no such directory: {output.parent}", Exit.USAGE)
    try:
        code = codec.encode(life_event, answers)
    except codec.PreappError as error:
        fail(str(error), Exit.USAGE)
    codec.write_qr_png(code, output)
    click.echo(json.dumps({"output": str(output), "life_event": life_event,
                           "characters": len(code)}))


@preapp.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def decode(file: Path, as_json: bool) -> None:
    """Read a pre-application code from an image or PDF and print its answers."""
    try:
        life_event, answers = read_preapp(file)
    except RasterError as error:
        fail(error.one_line(), Exit.USAGE)
    except codec.PreappError as error:
        fail(str(error), Exit.USAGE)
    if as_json:
        click.echo(json.dumps({"life_event": life_event, "answers": answers},
                              ensure_ascii=False))
        return
    click.echo(f"ライフイベント / life event: {life_event}")
    for key, value in answers.items():
        click.echo(f"{key}: {json.dumps(value, ensure_ascii=False)}")
