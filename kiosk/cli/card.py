"""``kiosk card status`` and ``kiosk card read``."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from devices import pcsc
from devices.card.errors import CardError, NoCardError, NoReaderError
from devices.card.reading import ReadReport
from devices.card.sensitive import Pin
from kiosk.cli.errors import Exit, fail, fail_card
from kiosk.hardware import card_reader
from kiosk.settings import ConfigError, Settings, load_settings

READER_HELP = "Use the first reader whose name contains NAME."


@click.group()
def card() -> None:
    """マイナンバーカードの読み取り / read the My Number Card."""


@card.command()
@click.option("--reader", "reader_part", metavar="NAME", help=READER_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(reader_part: str | None, as_json: bool) -> None:
    """Readers, card presence and the PIN tries left (consumes no try)."""
    settings = _settings()
    readers: list[pcsc.ReaderState] = []
    try:
        readers = pcsc.reader_states()
        chosen = pcsc.pick_reader([r.name for r in readers], reader_part)
        with pcsc.open_card(chosen) as transport:
            tries = card_reader(settings).pin_tries_left(transport)
    except (NoReaderError, NoCardError) as error:
        _print_status(readers, None, False, None, as_json)
        fail_card(error)
    except CardError as error:
        fail_card(error)
    _print_status(readers, chosen, True, tries, as_json)


@card.command()
@click.option("--reader", "reader_part", metavar="NAME", help=READER_HELP)
@click.option("--pin-stdin", is_flag=True, help="Read the 4-digit PIN from standard input.")
@click.option("--with-number", is_flag=True,
              help="Also read the 個人番号 (only for procedures that legally need it).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def read(reader_part: str | None, pin_stdin: bool, with_number: bool, as_json: bool) -> None:
    """Read 氏名・住所・生年月日・性別 (and the 個人番号 with --with-number)."""
    if not pin_stdin:
        fail("暗証番号は --pin-stdin で標準入力から渡してください / "
             "pass the PIN on standard input with --pin-stdin", Exit.USAGE)
    pin = _pin_from_stdin()
    settings = _settings()
    try:
        with pcsc.open_card(reader_part) as transport:
            report = card_reader(settings).read(transport, pin, with_number=with_number)
    except CardError as error:
        fail_card(error)
    _print_read(report, as_json)


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as error:
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)


def _pin_from_stdin() -> Pin:
    line = sys.stdin.readline().strip()
    try:
        return Pin(line)
    except ValueError as error:
        fail(str(error), Exit.USAGE)  # checked before the card is touched: no try is spent


def _print_status(readers: list[pcsc.ReaderState], chosen: str | None, present: bool,
                  tries: int | None, as_json: bool) -> None:
    payload: dict[str, Any] = {
        "readers": [{"name": r.name, "card_present": r.card_present} for r in readers],
        "reader": chosen,
        "card_present": present,
        "pin_tries_left": tries,
        "pin_locked": tries == 0,
    }
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    for r in readers:
        click.echo(f"{r.name}: {'カードあり / card present' if r.card_present else '空 / empty'}")
    if present:
        shown = "認証済み / verified" if tries is None else str(tries)
        click.echo(f"暗証番号の残り回数 / PIN tries left: {shown}")


def _print_read(report: ReadReport, as_json: bool) -> None:
    data = report.data
    payload: dict[str, Any] = {
        "name": data.basic4.name,
        "address": data.basic4.address,
        "birth_date": data.basic4.birth_date.isoformat(),
        "sex": data.basic4.sex.value,
    }
    if data.my_number is not None:
        payload["my_number"] = data.my_number.reveal()
    payload.update(
        integrity=data.integrity.value,
        apdu_count=report.apdu_count,
        apdus_after_pin=report.apdus_after_pin,
        elapsed_ms=round(report.elapsed_ms, 2),
        pin_to_data_ms=round(report.pin_to_data_ms, 2),
    )
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    labels = {"name": "氏名", "address": "住所", "birth_date": "生年月日", "sex": "性別",
              "my_number": "個人番号", "integrity": "真正性 / integrity"}
    for key, label in labels.items():
        if key in payload:
            click.echo(f"{label}: {payload[key]}")
