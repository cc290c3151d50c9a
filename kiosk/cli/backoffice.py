"""``kiosk backoffice serve|init-pki|revoke|export|stats|payables load|audit-heads``.

The server stack (uvicorn, Starlette, SQLAlchemy) is imported inside the commands, so the
kiosk's own commands (``kiosk sync`` …) start without loading it.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from devices.jsonfile import JsonFileError, read_json_file
from kiosk.cli.common import settings_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.cli.revoke import CRL_HELP, DENY_HELP, load_revocation, revoke
from kiosk.store.crypto import KeyFileError, KeyRing

if TYPE_CHECKING:
    from kiosk.backoffice.store import BackofficeStore

DB_HELP = "sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB"
KEY_HELP = "Back-office data key (default $KIOSK_HOME/backoffice/data.key)."


@click.group()
def backoffice() -> None:
    """バックオフィス / the back-office service and its tools."""


@contextmanager
def _store(db_url: str, key_file: Path | None, *,
           init_key: bool = False) -> Iterator[BackofficeStore]:
    from kiosk.backoffice.store import BackofficeStore, BackofficeStoreError, dialect_of

    path = key_file or settings_or_fail().home / "backoffice" / "data.key"
    try:
        dialect_of(db_url)  # a wrong URL is named before a missing key
        store = BackofficeStore(db_url, _data_key(path, init_key))
    except (BackofficeStoreError, KeyFileError) as error:
        fail(str(error), Exit.BACKOFFICE)
    try:
        yield store
    except (BackofficeStoreError, KeyFileError) as error:
        fail(str(error), Exit.BACKOFFICE)
    finally:
        store.close()


def _data_key(path: Path, init_key: bool) -> KeyRing:
    """The data key; a missing one is created only when asked (``--init-key``): a new key
    would leave every value sealed under the lost one unreadable to the core systems."""
    if path.exists() or not init_key:
        if not path.exists():
            raise KeyFileError(f"バックオフィスのデータ鍵がありません。バックアップから戻すか、"
                               f"初回は --init-key で作成してください / the back-office data key "
                               f"is missing: restore it from the backup, or create one on the "
                               f"first start with --init-key: {path}")
        return KeyRing.load(path)
    return KeyRing.create(path)


@backoffice.command()
@click.option("--db", "db_url", required=True, metavar="URL", help=DB_HELP)
@click.option("--pki", "pki_dir", required=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8443, show_default=True)
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), help=KEY_HELP)
@click.option("--remote-access", type=click.Path(dir_okay=False, path_type=Path),
              help="Which branches each staff certificate may serve in the remote window "
                   "(default DIR/remote-access.toml; missing = no staff).")
@click.option("--payable-lookups", type=click.IntRange(1, 100_000), default=30,
              show_default=True, envvar="KIOSK_BACKOFFICE_PAYABLE_LOOKUPS",
              help="Payable lookups each kiosk certificate may make a minute (more: HTTP 429).")
@click.option("--crl", type=click.Path(dir_okay=False, path_type=Path), help=CRL_HELP)
@click.option("--deny-list", type=click.Path(dir_okay=False, path_type=Path), help=DENY_HELP)
@click.option("--init-key", is_flag=True,
              help="Create the data key when there is none (first start only); without it a "
                   "missing key is refused.")
def serve(db_url: str, pki_dir: Path, host: str, port: int, key_file: Path | None,
          remote_access: Path | None, payable_lookups: int, crl: Path | None,
          deny_list: Path | None, init_key: bool) -> None:
    """Receive kiosk records and serve the remote window over mutual TLS until SIGTERM."""
    import uvicorn

    from kiosk.backoffice.server import missing_pki_files, server_config

    missing = missing_pki_files(pki_dir)
    if missing:
        fail(f"PKI ファイルがありません / missing PKI files in {pki_dir}: {', '.join(missing)}",
             Exit.USAGE)
    revocation = load_revocation(pki_dir, crl, deny_list)
    with _store(db_url, key_file, init_key=init_key) as store:
        config = server_config(store, pki_dir, host, port, remote_access=remote_access,
                               payable_lookups=payable_lookups, revocation=revocation)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            # Bound here, so a busy port is one clear line rather than uvicorn's log.
            listener = socket.create_server((host, port), family=family)
        except OSError:
            fail(f"待ち受けを開始できません / cannot listen on {host}:{port} "
                 f"(in use or not allowed)", Exit.BACKOFFICE)
        click.echo(f"serving https://{host}:{port} (client certificates required)", err=True)
        with listener:
            uvicorn.Server(config).run(sockets=[listener])


@backoffice.command("init-pki")
@click.option("--dir", "directory", required=True,
              type=click.Path(file_okay=False, path_type=Path))
@click.option("--kiosks", type=click.IntRange(1, 999), default=10, show_default=True,
              help="How many kiosk client certificates (kiosk-01 …).")
@click.option("--staff", type=click.IntRange(0, 999), default=0, show_default=True,
              help="How many remote-window staff certificates (staff-01 …); which branches "
                   "each may serve goes in DIR/remote-access.toml.")
def init_pki_command(directory: Path, kiosks: int, staff: int) -> None:
    """Create a test CA, a server certificate (127.0.0.1, localhost) and client certificates."""
    from kiosk.pki import init_pki

    if (directory / "ca.pem").exists():
        fail(f"既に PKI があります / a PKI already exists in {directory}", Exit.USAGE)
    written = init_pki(directory, kiosks, staff=staff)
    staff_names = f", staff-01..staff-{staff:02d}" if staff else ""
    click.echo(f"wrote {len(written)} files to {directory} (CA, server, "
               f"kiosk-01..kiosk-{kiosks:02d}, core-01{staff_names})")


backoffice.add_command(revoke)


@backoffice.command()
@click.option("--db", "db_url", required=True, metavar="URL", help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), required=True)
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), help=KEY_HELP)
def export(db_url: str, fmt: str, key_file: Path | None) -> None:
    """Write the received submissions, decrypted, to standard output."""
    from kiosk.backoffice.submissions import submissions_to_csv

    with _store(db_url, key_file) as store:
        rows = store.submissions()
    if fmt == "csv":
        click.echo(submissions_to_csv(rows), nl=False)
    else:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))


@backoffice.command()
@click.option("--db", "db_url", required=True, metavar="URL", help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), help=KEY_HELP)
def stats(db_url: str, as_json: bool, key_file: Path | None) -> None:
    """Distinct records received and duplicates refused."""
    with _store(db_url, key_file) as store:
        report = store.stats()
    if as_json:
        click.echo(json.dumps(report))
    else:
        click.echo(" ".join(f"{name}={value}" for name, value in report.items()))


@backoffice.group()
def payables() -> None:
    """納付書データ / payables the kiosks print (normally registered by PUT /v1/payables)."""


@payables.command("load")
@click.option("--db", "db_url", required=True, metavar="URL", help=DB_HELP)
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), help=KEY_HELP)
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
def load_payables(db_url: str, key_file: Path | None, files: tuple[Path, ...]) -> None:
    """Register payables from JSON files (one payable or a list each); all or nothing."""
    from kiosk.backoffice.payable_rules import InvalidPayablesError, checked_batch

    today = dt.date.today()
    items: list[Any] = []
    for path in files:
        batch = _payable_file(path)
        try:
            checked_batch(batch, today)  # per file first, so the message names the file
        except InvalidPayablesError as error:
            fail(f"{path.name}: {error}", Exit.USAGE)
        items += batch
    with _store(db_url, key_file) as store:
        try:
            counts = store.put_payables(items, "cli", today)
        except InvalidPayablesError as error:  # the same payable in two files
            fail(str(error), Exit.USAGE)
    click.echo(json.dumps(counts))


def _payable_file(path: Path) -> list[Any]:
    try:
        data = read_json_file(path)
    except JsonFileError as error:
        fail(f"納付書データを読めません / cannot read the payables: {error.one_line()}",
             Exit.USAGE)
    if isinstance(data, dict) and "payables" in data:
        data = data["payables"]
    return data if isinstance(data, list) else [data]


@backoffice.command("audit-heads")
@click.option("--db", "db_url", required=True, metavar="URL", help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--forget", metavar="KIOSK",
              help="Drop this kiosk's anchor (a re-installed terminal, after the investigation).")
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), help=KEY_HELP)
def audit_heads(db_url: str, as_json: bool, forget: str | None, key_file: Path | None) -> None:
    """Each kiosk's anchored audit head and its last refusal; exit 1 when a kiosk's latest head
    was refused (its log no longer extends the anchor: run kiosk audit verify there)."""
    from kiosk.backoffice.audit_head_store import AuditHeadStore

    with _store(db_url, key_file) as store:
        heads = AuditHeadStore(store)
        if forget is not None:
            dropped = heads.forget(forget)
            if dropped is None:
                fail(f"その端末の基点はありません / no audit head for {forget}", Exit.USAGE)
            click.echo(f"forgot {forget}: {_head_line(dropped)}")
            return
        rows = heads.all()
    click.echo(json.dumps(rows) if as_json else "\n".join(_head_line(row) for row in rows),
               nl=as_json or bool(rows))
    refused = [row["kiosk_id"] for row in rows
               if row["refused_at"] is not None and row["refused_at"] >= row["seen_at"]]
    if refused:
        fail(f"監査ログの先頭が拒否された端末があります / the latest audit head was refused for: "
             f"{', '.join(refused)}", Exit.FAILURE)


def _head_line(row: dict[str, Any]) -> str:
    from kiosk.store.anchor import stamp

    line = (f"{row['kiosk_id']}\tentry {row['seq']}\t{row['hash']}\tanchored "
            f"{stamp(row['anchored_at'])}\tseen {stamp(row['seen_at'])}")
    if row["refused_at"] is not None:
        line += (f"\tREFUSED {stamp(row['refused_at'])}: entry {row['refused_seq']} "
                 f"({row['refused_reason']})")
    return line
