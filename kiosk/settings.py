"""Kiosk configuration: ``$KIOSK_HOME/kiosk.toml``.

KIOSK_HOME defaults to ``$XDG_DATA_HOME/kiosk`` (``~/.local/share/kiosk``). Demo mode
(``KIOSK_DEMO=1`` or ``demo = true``) trusts the simulated card's test issuer key; nothing
else does unless ``[card] trust_test_issuer = true`` is set explicitly for a test bench.

Outbox and sync keys: ``kiosk_id``; ``[backoffice] url`` (https), ``ca``, ``cert``, ``key``
(PEM paths for mutual TLS), ``timeout_seconds``; ``[outbox] retention_days`` (personal fields of
delivered records, default 0), ``batch_size``, ``sync_interval_seconds``, ``retry_base_seconds``,
``retry_max_seconds`` (exponential backoff with jitter between failed attempts).

Spoken guidance (``--speech``): ``[speech] engine`` names the QtTextToSpeech engine
(``speechd``, ``mock``, ...); ``KIOSK_SPEECH_ENGINE`` overrides it; empty means the platform's
default engine.
"""

from __future__ import annotations

import os
import socket
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """Invalid configuration; the message is one line naming the file and the key."""


@dataclass(frozen=True)
class CardSettings:
    trust_test_issuer: bool = False
    issuer_keys_dir: Path | None = None  # PEM public keys named <hex key id>.pem


@dataclass(frozen=True)
class BackofficeSettings:
    url: str
    ca: Path
    cert: Path
    key: Path
    timeout_seconds: float = 10.0


@dataclass(frozen=True)
class OutboxSettings:
    retention_days: int = 0
    batch_size: int = 200
    sync_interval_seconds: float = 30.0
    retry_base_seconds: float = 2.0
    retry_max_seconds: float = 300.0


@dataclass(frozen=True)
class RemoteSettings:
    cert: Path
    key: Path


@dataclass(frozen=True)
class SpeechSettings:
    engine: str = ""  # a QtTextToSpeech engine name; "" is the platform's default


@dataclass(frozen=True)
class Settings:
    home: Path
    demo: bool = False
    card: CardSettings = CardSettings()
    kiosk_id: str = "kiosk"
    backoffice: BackofficeSettings | None = None
    outbox: OutboxSettings = OutboxSettings()
    remote: RemoteSettings | None = None
    speech: SpeechSettings = SpeechSettings()

    @property
    def config_file(self) -> Path:
        return self.home / "kiosk.toml"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def database(self) -> Path:
        return self.home / "outbox.sqlite3"

    @property
    def key_file(self) -> Path:
        return self.home / "keys" / "outbox.key"


def default_home(env: Mapping[str, str]) -> Path:
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "kiosk"


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    home = Path(env["KIOSK_HOME"]) if env.get("KIOSK_HOME") else default_home(env)
    path = home / "kiosk.toml"
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
    unknown = raw.keys() - TOP_LEVEL_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key {sorted(unknown)[0]}")
    demo = _bool(raw, "demo", path) or env.get("KIOSK_DEMO") == "1"
    return Settings(
        home=home, demo=demo, card=_card(raw.get("card", {}), path),
        kiosk_id=_kiosk_id(raw.get("kiosk_id"), path),
        backoffice=_backoffice(raw.get("backoffice"), path),
        outbox=_outbox(raw.get("outbox", {}), path),
        remote=_remote(raw.get("remote"), path),
        speech=_speech(raw.get("speech", {}), env, path),
    )


def _speech(raw: Any, env: Mapping[str, str], path: Path) -> SpeechSettings:
    """[speech] engine, or KIOSK_SPEECH_ENGINE (a kiosk can try an engine without editing)."""
    table = _table(raw, "speech", {"engine"}, path)
    engine = table.get("engine", "")
    if not isinstance(engine, str):
        raise ConfigError(f"{path}: speech.engine must be an engine name string")
    return SpeechSettings(engine=env.get("KIOSK_SPEECH_ENGINE", engine).strip())


def _remote(raw: Any, path: Path) -> RemoteSettings | None:
    """[remote] cert/key: the staff certificate the remote counter joins branches with."""
    if raw is None:
        return None
    table = _table(raw, "remote", {"cert", "key"}, path)
    try:
        return RemoteSettings(Path(str(table["cert"])), Path(str(table["key"])))
    except KeyError as exc:
        raise ConfigError(f"{path}: remote.{exc.args[0]} is missing") from None


TOP_LEVEL_KEYS = frozenset({"demo", "card", "kiosk_id", "backoffice", "outbox", "remote",
                            "speech"})


def _kiosk_id(raw: Any, path: Path) -> str:
    if raw is None:
        return socket.gethostname() or "kiosk"
    if not isinstance(raw, str) or not raw or ":" in raw or len(raw) > 64:
        raise ConfigError(f"{path}: kiosk_id must be 1-64 characters without ':'")
    return raw


def _backoffice(raw: Any, path: Path) -> BackofficeSettings | None:
    if raw is None:
        return None
    table = _table(raw, "backoffice", {"url", "ca", "cert", "key", "timeout_seconds"}, path)
    url = table.get("url")
    if not isinstance(url, str) or not url.startswith("https://"):
        raise ConfigError(f"{path}: backoffice.url must be an https:// URL")
    files = {}
    for name in ("ca", "cert", "key"):
        value = table.get(name)
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{path}: backoffice.{name} must be a path string")
        if not Path(value).is_file():
            raise ConfigError(f"{path}: backoffice.{name}: file not found: {value}")
        files[name] = Path(value)
    timeout = _number(table, "timeout_seconds", 10.0, path, "backoffice.", minimum=0.1)
    return BackofficeSettings(url=url.rstrip("/"), timeout_seconds=timeout, **files)


def _outbox(raw: Any, path: Path) -> OutboxSettings:
    table = _table(raw, "outbox", {"retention_days", "batch_size", "sync_interval_seconds",
                                   "retry_base_seconds", "retry_max_seconds"}, path)
    retention = table.get("retention_days", 0)
    if isinstance(retention, bool) or not isinstance(retention, int) or retention < 0:
        raise ConfigError(f"{path}: outbox.retention_days must be a whole number >= 0")
    batch = table.get("batch_size", 200)
    if isinstance(batch, bool) or not isinstance(batch, int) or not 1 <= batch <= 1000:
        raise ConfigError(f"{path}: outbox.batch_size must be a whole number from 1 to 1000")
    interval = _number(table, "sync_interval_seconds", 30.0, path, "outbox.", minimum=0.1)
    base = _number(table, "retry_base_seconds", 2.0, path, "outbox.", minimum=0.01)
    cap = _number(table, "retry_max_seconds", 300.0, path, "outbox.", minimum=base)
    return OutboxSettings(retention_days=retention, batch_size=batch,
                          sync_interval_seconds=interval, retry_base_seconds=base,
                          retry_max_seconds=cap)


def _table(raw: Any, name: str, allowed: set[str], path: Path) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    unknown = raw.keys() - allowed
    if unknown:
        raise ConfigError(f"{path}: unknown key {name}.{sorted(unknown)[0]}")
    return raw


def _number(raw: Mapping[str, Any], key: str, default: float, path: Path, prefix: str,
            *, minimum: float) -> float:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ConfigError(f"{path}: {prefix}{key} must be a number >= {minimum}")
    return float(value)


def _card(raw: Any, path: Path) -> CardSettings:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [card] must be a table")
    unknown = raw.keys() - {"trust_test_issuer", "issuer_keys_dir"}
    if unknown:
        raise ConfigError(f"{path}: unknown key card.{sorted(unknown)[0]}")
    keys_dir = raw.get("issuer_keys_dir")
    if keys_dir is not None and not isinstance(keys_dir, str):
        raise ConfigError(f"{path}: card.issuer_keys_dir must be a path string")
    return CardSettings(
        trust_test_issuer=_bool(raw, "trust_test_issuer", path, "card."),
        issuer_keys_dir=Path(keys_dir) if keys_dir else None,
    )


def _bool(raw: Mapping[str, Any], key: str, path: Path, prefix: str = "") -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{path}: {prefix}{key} must be true or false")
    return value
