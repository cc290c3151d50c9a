"""Kiosk configuration: ``$KIOSK_HOME/kiosk.toml``.

KIOSK_HOME defaults to ``$XDG_DATA_HOME/kiosk`` (``~/.local/share/kiosk``). Demo mode
(``KIOSK_DEMO=1`` or ``demo = true``) trusts the simulated card's test issuer key; nothing
else does unless ``[card] trust_test_issuer = true`` is set explicitly for a test bench.
"""

from __future__ import annotations

import os
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
class Settings:
    home: Path
    demo: bool = False
    card: CardSettings = CardSettings()

    @property
    def config_file(self) -> Path:
        return self.home / "kiosk.toml"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"


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
    demo = _bool(raw, "demo", path) or env.get("KIOSK_DEMO") == "1"
    return Settings(home=home, demo=demo, card=_card(raw.get("card", {}), path))


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
