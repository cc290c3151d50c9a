"""``kiosk demo``: the kiosk with the simulated card on a private PC/SC stack."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from devices.simcard.card import SimulatedCard
from devices.simcard.persona import Persona, PersonaError, load_persona
from devices.simcard.stack import PcscStack, StackError
from devices.simcard.vpcd import VpcdLink
from kiosk.cli.app import app_options
from kiosk.cli.errors import Exit, fail
from kiosk.demo.backoffice import DemoBackoffice
from kiosk.settings import default_home

if TYPE_CHECKING:  # ui (PySide6) is imported only when the demo opens a window
    from ui.shell.app import AppOptions


@click.command()
@click.option("--persona", default="yamada_taro", show_default=True, metavar="NAME_OR_FILE")
@click.option("--screenshot", type=click.Path(dir_okay=False), default=None,
              help="Run offscreen, read the card with the persona's PIN, save a PNG and exit.")
@click.option("--walkthrough", type=click.Path(file_okay=False), default=None,
              help="Run a scripted self-service and counter visit offscreen; write PNGs and PDFs.")
@app_options
def demo(persona: str, screenshot: str | None, walkthrough: str | None, mode: str,
         fullscreen: bool, high_contrast: bool, scale: float, idle_seconds: int,
         speech: bool) -> None:
    """デモモード / demo mode: the simulated card on a private reader, no real devices.

    With no display, it reads the simulated card once and prints what the kiosk would show.
    """
    try:
        loaded = load_persona(persona)
    except PersonaError as error:
        fail(f"ペルソナを読み込めません / cannot load the persona: {error}", Exit.USAGE)
    if not os.environ.get("KIOSK_HOME"):  # keep the demo apart from a real kiosk's data
        os.environ["KIOSK_HOME"] = str(default_home(os.environ).with_name("kiosk-demo"))
    home = Path(os.environ["KIOSK_HOME"])
    payable = _seed_demo_payable(home)
    stack, link = _insert_card(loaded)
    office = DemoBackoffice(home)
    if walkthrough or (not screenshot and _has_display()):
        _start_office(office, payable, stack)
    try:
        if walkthrough:
            code = _walkthrough(loaded, Path(walkthrough))
        else:
            from ui.shell.app import AppOptions

            options = AppOptions(mode, fullscreen, high_contrast, scale, idle_seconds, speech)
            code = _run(loaded, screenshot, options)
    finally:
        link.stop.set()
        stack.close()
        office.stop()
    raise SystemExit(code)


def _insert_card(persona: Persona) -> tuple[PcscStack, VpcdLink]:
    """A private pcscd + vpcd with the persona's simulated card in its reader."""
    stack = PcscStack()
    try:
        stack.start()
    except StackError as error:
        fail(f"デモ用のカードリーダーを起動できません / cannot start the demo reader: {error}",
             Exit.FAILURE)
    os.environ.update(stack.env)  # before the first PC/SC call of this process
    os.environ["KIOSK_DEMO"] = "1"
    link = VpcdLink(SimulatedCard(persona), port=stack.port)
    threading.Thread(target=link.run, name="simulated-card", daemon=True).start()
    return stack, link


def _start_office(office: DemoBackoffice, payable: dict[str, Any], stack: PcscStack) -> None:
    try:
        office.start()
        office.register_payables([payable])  # the counter finds it through the back office
    except RuntimeError as error:
        office.stop()
        stack.close()
        fail(f"デモ用のバックオフィスを起動できません / cannot start the demo back office: "
             f"{error}", Exit.FAILURE)


def _seed_demo_payable(home: Path) -> dict[str, Any]:
    """A synthetic 国民健康保険料 slip to issue at the demo counter (notice number shown);
    made anew once the kept one has expired, so an old demo home still has a printable one."""
    import datetime as dt
    import json

    from devices.fileutil import write_atomically
    from kiosk.payments.example import example_payable
    from kiosk.payments.payable import PayableError, load_payable_file

    target = home / "payables" / "example.json"
    today = dt.date.today()
    try:
        return load_payable_file(target, today).to_json()
    except PayableError:
        payable = example_payable(today)
        write_atomically(target, json.dumps(payable, ensure_ascii=False, indent=2).encode())
        return payable


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run(persona: Persona, screenshot: str | None, options: AppOptions) -> int:
    has_display = _has_display()
    if screenshot or not has_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if screenshot:
        from ui.demo.window import run_demo_window

        return run_demo_window(screenshot=screenshot, hint_pin=persona.pin)
    if has_display:
        from kiosk.settings import load_settings
        from ui.shell.app import run

        click.echo(f"{_credential_hint(persona)}"
                   "　職員画面 / staff login: clerk01 / demo1234", err=True)
        return run(options, load_settings())
    return _console_demo(persona)


def _credential_hint(persona: Persona) -> str:
    if persona.pin is not None:
        return f"デモ: 模擬カードの暗証番号は {persona.pin} です / demo PIN: {persona.pin}"
    printed = (f"{persona.basic4.birth_date.isoformat()} {persona.card_expiry.year} "
               f"{persona.security_code}")
    return (f"デモ: 暗証番号のない顔認証カードです。照合番号B: {printed} / "
            f"demo face-authentication card without a PIN; 照合番号B: {printed}")


def _walkthrough(persona: Persona, out: Path) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kiosk.settings import load_settings
    from ui.demo.walkthrough import run_walkthrough

    if persona.pin is None:
        fail("ウォークスルーには暗証番号のあるペルソナが必要です / "
             "the walkthrough needs a persona with a PIN", Exit.USAGE)
    code = run_walkthrough(out, load_settings(), persona.pin)
    click.echo(f"{out}: {len(list(out.glob('*.png')))} screens, "
               f"{len(list(out.glob('*.pdf')))} printed PDFs", err=True)
    return code


def _console_demo(persona: Persona) -> int:
    from devices import pcsc
    from devices.card.errors import CardError
    from devices.simcard.apps import credential_of
    from kiosk.hardware import card_reader
    from kiosk.settings import load_settings

    click.echo("画面がないため、模擬カードを一度読み取って表示します / "
               "no display: reading the simulated card once")
    link_ready = pcsc.CONNECT_WAIT_S * 3
    try:
        with pcsc.open_card(wait_s=link_ready) as transport:
            report = card_reader(load_settings()).read(transport, credential_of(persona),
                                                       with_number=False)
    except CardError as error:
        click.echo(error.one_line(), err=True)
        return Exit.NO_CARD
    basic4 = report.data.basic4
    click.echo(f"氏名: {basic4.name}\n住所: {basic4.address}\n"
               f"生年月日: {basic4.birth_date.isoformat()}\n性別: {basic4.sex.value}\n"
               f"真正性 / integrity: {report.data.integrity.value}\n"
               f"APDU: {report.apdu_count}, {report.elapsed_ms:.1f} ms")
    return Exit.OK
