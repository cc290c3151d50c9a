"""``kiosk remote branch|counter``: try the remote window from a terminal.

Each command joins a branch's session and prints every event as one JSON line on standard
output. Commands come as JSON lines on standard input, until end of input:
``{"edit": FIELD, "value": V}``; counter: ``{"print": [FORM, ...]}``; branch:
``{"consent": ["name", "address"]}`` then ``{"share_card": {"name": …, "address": …,
"birth_date": "YYYY-MM-DD", "sex": "male"}}``, and ``{"ack": JOB, "ok": true}``.
Without ``--pki`` the branch uses the kiosk's own [backoffice] settings and audit log.
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Any

import click

from devices.jsonfile import MAX_JSON_BYTES, JsonFileError, parse_json
from forms.session import card_from_json
from kiosk.cli.common import settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.remote.client import Endpoint, RemoteClient
from kiosk.remote.kiosk_audit import KioskAuditWriter
from kiosk.remote.model import EditRefusedError
from kiosk.remote.roles import BranchClient, ConsentError, CounterClient

_print_lock = threading.Lock()
STDIN = Path("<stdin>")  # how a refused command line is named in its input_error


@click.group()
def remote() -> None:
    """リモート窓口 / the remote window between a branch and the main office."""


def _endpoint(url: str | None, pki: Path | None, name: str | None) -> Endpoint:
    if pki is None:
        backoffice = settings_or_fail().backoffice
        if backoffice is None:
            fail("バックオフィスが設定されていません / no [backoffice] in kiosk.toml (or give "
                 "--backoffice, --pki and --name)", Exit.USAGE)
        return Endpoint(backoffice.url, backoffice.ca, backoffice.cert, backoffice.key)
    if url is None or name is None or not url.startswith("https://"):
        fail("--pki には --backoffice https://… と --name が必要です / --pki needs "
             "--backoffice https://… and --name", Exit.USAGE)
    files = [pki / "ca.pem", pki / f"{name}.pem", pki / f"{name}-key.pem"]
    for path in files:
        if not path.is_file():
            fail(f"証明書ファイルがありません / missing certificate file: {path}", Exit.USAGE)
    return Endpoint(url, *files)


def _emit(event: dict[str, Any]) -> None:
    with _print_lock:
        click.echo(json.dumps(event, ensure_ascii=False, default=str))


def _options(command: Any) -> Any:
    for option in reversed([
        click.option("--backoffice", "url", metavar="URL", help="https://HOST:PORT"),
        click.option("--pki", type=click.Path(file_okay=False, path_type=Path),
                     help="Directory with ca.pem and NAME.pem/NAME-key.pem."),
        click.option("--name", help="The certificate to use (kiosk-NN, staff-NN)."),
    ]):
        command = option(command)
    return command


@remote.command()
@click.option("--branch", "branch_id", help="Branch (default: this kiosk's kiosk_id).")
@_options
def branch(branch_id: str | None, url: str | None, pki: Path | None, name: str | None) -> None:
    """支所側 / join this branch's session as its kiosk."""
    writer = None
    if pki is None:
        settings = settings_or_fail()
        branch_id = branch_id or settings.kiosk_id
        writer = KioskAuditWriter.for_kiosk(settings)
    if branch_id is None:
        fail("--branch を指定してください / give --branch", Exit.USAGE)
    client = BranchClient(_endpoint(url, pki, name), branch_id, on_event=_emit, audit=writer)
    try:
        _run(client)
    finally:
        if writer is not None:
            writer.close()


@remote.command()
@click.option("--branch", "branch_id", required=True, help="The branch to serve.")
@_options
def counter(branch_id: str, url: str | None, pki: Path | None, name: str | None) -> None:
    """本庁側 / join a branch's session from the main office's remote counter."""
    _run(CounterClient(_endpoint(url, pki, name), branch_id, on_event=_emit))


def _run(client: RemoteClient) -> None:
    refused = threading.Event()

    def on_event(event: dict[str, Any]) -> None:
        _emit(event)
        if event["event"] == "refused":
            refused.set()

    client.on_event = on_event
    lines: queue.Queue[str | None] = queue.Queue()
    # Standard input is read on its own thread so that a refusal ends the command at once.
    threading.Thread(target=_read_lines, args=(lines,), daemon=True).start()
    with client:
        while not refused.is_set():
            try:
                line = lines.get(timeout=0.1)
            except queue.Empty:
                continue
            if line is None:
                break
            if line.strip():
                _command(client, line)
        _drain(client)
    if refused.is_set():
        fail("接続を拒否されました / the back office refused this certificate for this branch",
             Exit.BACKOFFICE)


def _drain(client: RemoteClient, timeout: float = 5.0) -> None:
    """At the end of input, give edits still on their way a moment to be answered."""
    deadline = time.monotonic() + timeout
    while client.pending and client.connected and time.monotonic() < deadline:
        time.sleep(0.02)


def _read_lines(lines: queue.Queue[str | None]) -> None:
    """Lines of standard input, each cut one character past the cap (the rest of an over-long
    line is skipped), so a single endless line cannot fill the memory."""
    while line := sys.stdin.readline(MAX_JSON_BYTES + 1):
        rest = line
        while len(rest) > MAX_JSON_BYTES and not rest.endswith("\n"):
            rest = sys.stdin.readline(MAX_JSON_BYTES + 1)
        lines.put(line)
    lines.put(None)


def _parse_command(line: str) -> dict[str, Any]:
    """One command line through the bounded parser: a hostile stdin (deep nesting, NaN, a lone
    surrogate, megabytes on one line) is one ``input_error``, never a traceback."""
    if len(line) > MAX_JSON_BYTES:
        raise JsonFileError(STDIN, "too_large")
    command = parse_json(line, STDIN)
    if not isinstance(command, dict):
        raise ValueError("a command is a JSON object")
    return command


def _command(client: RemoteClient, line: str) -> None:
    try:
        command = _parse_command(line)
        if "edit" in command:
            client.edit(str(command["edit"]), command.get("value"))
        elif "print" in command and isinstance(client, CounterClient):
            _emit({"event": "print_requested", "job_id": client.request_print(
                [str(f) for f in command["print"]])})
        elif "consent" in command and isinstance(client, BranchClient):
            client.record_consent(list(command["consent"]))
        elif "share_card" in command and isinstance(client, BranchClient):
            client.share_card(card_from_json(command["share_card"]))
        elif "ack" in command and isinstance(client, BranchClient):
            client.ack_print(str(command["ack"]), bool(command.get("ok", True)))
        else:
            raise ValueError("unknown command")
    except JsonFileError as error:
        _emit({"event": "input_error", "reason": error.one_line()})
    except (ValueError, TypeError, KeyError, EditRefusedError, ConsentError) as error:
        _emit({"event": "input_error", "reason": str(error).splitlines()[0][:200]})
