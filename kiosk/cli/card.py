"""``kiosk card status`` and ``kiosk card read``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from devices import pcsc
from devices.card.codeb import CodeB, parse_code_b_line
from devices.card.errors import CardError, NoCardError, NoReaderError, PinNotSetError
from devices.card.reading import ReadReport
from devices.card.sensitive import Pin
from devices.card.status import CardStatus, PinState
from kiosk.cli.cardface import check_face_dir, face_option, read_card_face, write_face
from kiosk.cli.errors import Exit, fail, fail_card
from kiosk.hardware import card_reader
from kiosk.settings import ConfigError, Settings, load_settings

READER_HELP = "Use the first reader whose name contains NAME."
CODE_B_HELP = ("Read 照合番号B from standard input: the 14 digits, or "
               "BIRTH_DATE EXPIRY_YEAR SECURITY_CODE (ISO date, 4 digits, 4 digits). No PIN.")


@click.group()
def card() -> None:
    """マイナンバーカードの読み取り / read the My Number Card."""


@card.command()
@click.option("--reader", "reader_part", metavar="NAME", help=READER_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(reader_part: str | None, as_json: bool) -> None:
    """Readers, card presence, PIN and 照合番号B state and tries (consumes none), and when the
    e-certificates expire."""
    settings = _settings()
    readers: list[pcsc.ReaderState] = []
    try:
        readers = pcsc.reader_states()
        chosen = pcsc.pick_reader([r.name for r in readers], reader_part)
        with pcsc.open_card(chosen) as transport:
            card_status = card_reader(settings).status(transport)
    except (NoReaderError, NoCardError) as error:
        _print_status(readers, None, None, as_json)
        fail_card(error)
    except CardError as error:
        fail_card(error)
    _print_status(readers, chosen, card_status, as_json)


@card.command()
@click.option("--reader", "reader_part", metavar="NAME", help=READER_HELP)
@click.option("--pin-stdin", is_flag=True, help="Read the 4-digit PIN from standard input.")
@click.option("--code-b-stdin", is_flag=True, help=CODE_B_HELP)
@click.option("--with-number", is_flag=True,
              help="Also read the 個人番号 (only for procedures that legally need it; PIN only).")
@face_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def read(reader_part: str | None, pin_stdin: bool, code_b_stdin: bool, with_number: bool,
         face_dir: Path | None, as_json: bool) -> None:
    """Read 氏名・住所・生年月日・性別 (and the 個人番号 with --with-number)."""
    check_face_dir(face_dir, code_b=code_b_stdin)
    secret = _secret_from_stdin(pin_stdin=pin_stdin, code_b_stdin=code_b_stdin,
                                with_number=with_number)
    settings = _settings()
    face = None
    try:
        with pcsc.open_card(reader_part) as transport:
            report = card_reader(settings).read(transport, secret, with_number=with_number)
            payload = read_payload(report)
            if face_dir is not None and isinstance(secret, CodeB):
                face = read_card_face(transport, settings, secret, report.data.basic4)
    except PinNotSetError as error:  # a 顔認証 card: point at the path that works
        fail(f"{error.one_line()} (kiosk card read --code-b-stdin)", Exit.PIN_LOCKED)
    except CardError as error:
        fail_card(error)
    if face is not None and face_dir is not None:  # only after the whole read: see cardface.py
        payload.update(write_face(face, face_dir))
    _print_read(payload, as_json)


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as error:
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)


def _secret_from_stdin(*, pin_stdin: bool, code_b_stdin: bool, with_number: bool) -> Pin | CodeB:
    """The one credential, checked before the card is touched: bad input spends no try."""
    if pin_stdin and code_b_stdin:
        fail("--pin-stdin と --code-b-stdin は同時に使えません / "
             "--pin-stdin and --code-b-stdin exclude each other", Exit.USAGE)
    if code_b_stdin and with_number:
        fail("照合番号Bでは個人番号を読めません。--with-number は --pin-stdin と使います / "
             "照合番号B never opens the My Number: --with-number needs --pin-stdin", Exit.USAGE)
    if not (pin_stdin or code_b_stdin):
        fail("暗証番号は --pin-stdin、照合番号Bは --code-b-stdin で標準入力から渡してください / "
             "pass the PIN with --pin-stdin or 照合番号B with --code-b-stdin on standard input",
             Exit.USAGE)
    line = sys.stdin.readline().strip()
    try:
        return parse_code_b_line(line) if code_b_stdin else Pin(line)
    except ValueError as error:  # the message never repeats what was typed
        fail(str(error), Exit.USAGE)


def _print_status(readers: list[pcsc.ReaderState], chosen: str | None,
                  card_status: CardStatus | None, as_json: bool) -> None:
    present = card_status is not None
    payload: dict[str, Any] = {
        "readers": [{"name": r.name, "card_present": r.card_present} for r in readers],
        "reader": chosen,
        "card_present": present,
        "pin_tries_left": None,
        "pin_locked": False,
        "pin_state": None,
        "code_b_tries_left": None,
        "certificate_expiry": None,
    }
    if card_status is not None:
        expiry = card_status.certificate_expiry
        payload.update(
            pin_tries_left=card_status.pin_tries_left,
            pin_locked=card_status.pin_state is PinState.LOCKED,
            pin_state=card_status.pin_state.value,
            code_b_tries_left=card_status.code_b_tries_left,
            certificate_expiry=None if expiry is None else expiry.isoformat(),
        )
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    for r in readers:
        click.echo(f"{r.name}: {'カードあり / card present' if r.card_present else '空 / empty'}")
    if card_status is not None:
        _print_status_text(card_status)


def _print_status_text(card_status: CardStatus) -> None:
    pin = {PinState.LOCKED: "ロック / locked", PinState.NOT_SET: "未設定 / not set"}.get(
        card_status.pin_state, _tries_text(card_status.pin_tries_left))
    click.echo(f"暗証番号の残り回数 / PIN tries left: {pin}")
    click.echo(f"照合番号Bの残り回数 / code B tries left: "
               f"{_tries_text(card_status.code_b_tries_left)}")
    expiry = card_status.certificate_expiry
    shown = "不明 / unknown" if expiry is None else expiry.isoformat()
    click.echo(f"電子証明書の有効期限 / e-certificates expire: {shown}")


def _tries_text(tries: int | None) -> str:
    return "認証済み / verified" if tries is None else str(tries)


def read_payload(report: ReadReport) -> dict[str, Any]:
    """The JSON of a read; further steps of the same read (the card face) add their keys."""
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
        credential=data.credential.value,
        chip=data.chip.verdict.value,
        apdu_count=report.apdu_count,
        apdus_after_pin=report.apdus_after_pin,
        chip_apdus=report.chip_apdus,
        elapsed_ms=round(report.elapsed_ms, 2),
        pin_to_data_ms=round(report.pin_to_data_ms, 2),
    )
    return payload


def _print_read(payload: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    labels = {"name": "氏名", "address": "住所", "birth_date": "生年月日", "sex": "性別",
              "my_number": "個人番号", "integrity": "真正性 / integrity",
              "chip": "ICチップ / chip", "card_expiry": "カードの有効期限 / card expiry",
              "face_integrity": "券面の真正性 / card-face integrity"}
    for key, label in labels.items():
        if key in payload:
            click.echo(f"{label}: {payload[key]}")
