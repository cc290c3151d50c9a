"""``kiosk init --backoffice URL --pki DIR``: write ``$KIOSK_HOME/kiosk.toml`` for syncing."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import click
import tomli_w

from kiosk.cli.common import init_outbox_or_fail
from kiosk.cli.errors import Exit, fail
from kiosk.settings import ConfigError, load_settings
from kiosk.store import audit
from kiosk.store.errors import StoreError


@click.command()
@click.option("--backoffice", "url", required=True, metavar="URL",
              help="The back office, e.g. https://127.0.0.1:8443")
@click.option("--pki", "pki_dir", required=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Directory made by kiosk backoffice init-pki (ca.pem, kiosk-NN.pem).")
@click.option("--kiosk-id", default="kiosk-01", show_default=True,
              help="This kiosk's name; its client certificate is DIR/KIOSK_ID.pem.")
def init(url: str, pki_dir: Path, kiosk_id: str) -> None:
    """Configure this kiosk for a back office (other settings in kiosk.toml are kept)."""
    pki = pki_dir.resolve()
    files = {"ca": pki / "ca.pem", "cert": pki / f"{kiosk_id}.pem",
             "key": pki / f"{kiosk_id}-key.pem"}
    for path in files.values():
        if not path.is_file():
            fail(f"証明書ファイルがありません / missing certificate file: {path}", Exit.USAGE)
    if not url.startswith("https://"):
        fail("バックオフィスの URL は https:// で始めてください / the back-office URL must "
             "start with https://", Exit.USAGE)
    home = load_settings_home()  # also rejects an existing invalid kiosk.toml before writing
    # Before writing anything: a half-present outbox (key without database …) is refused.
    box = init_outbox_or_fail(load_settings())  # a fresh install: creates database, key, marker
    try:
        target = _write_config(home, url, kiosk_id, files)
        audit.record(box.store, "config_change", kiosk_id,
                     {"file": str(target), "backoffice": url, "kiosk_id": kiosk_id})
    except StoreError as error:
        fail(str(error), Exit.STORE)
    finally:
        box.store.close()
    click.echo(f"wrote {home / 'kiosk.toml'}")


def _write_config(home: Path, url: str, kiosk_id: str, files: dict[str, Path]) -> Path:
    target = home / "kiosk.toml"
    raw = _existing(target)
    raw["kiosk_id"] = kiosk_id
    raw["backoffice"] = {"url": url, **{name: str(path) for name, path in files.items()}}
    _write_atomically(target, tomli_w.dumps(raw).encode("utf-8"))
    try:
        load_settings()
    except ConfigError as error:  # e.g. a kiosk id with ':'
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)
    return target


def load_settings_home() -> Path:
    try:
        return load_settings().home
    except ConfigError as error:
        fail(f"設定が正しくありません / invalid configuration: {error}", Exit.USAGE)


def _existing(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
