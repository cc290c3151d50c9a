"""Reading catalogue TOML that a municipality edited: typed getters that name the rule.

A catalogue folder may come from outside the project (``KIOSK_CATALOGUE``), so every file is
size-limited, must be UTF-8 and TOML, and every value is checked for its type before use:
a string where a table belongs is a :class:`CatalogueError` naming the file and the key,
never a TypeError from deep inside the loader.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from typing import Any

# A catalogue file is a few tens of KB; a megabyte is a broken or hostile file.
MAX_CATALOGUE_FILE_BYTES = 1 << 20
# How deep conditions (all/any) and field groups (@group inside a group) may nest: the shipped
# catalogue uses two levels; the limit keeps recursion far below Python's own.
MAX_NESTING = 8


class CatalogueError(ValueError):
    """A broken catalogue file; one line that names the file, the entry and the field."""


def read_toml(folder: Traversable, name: str, shown: str = "") -> dict[str, Any]:
    """One catalogue file as a table: missing, too large, not UTF-8 and not TOML are errors."""
    shown = shown or name
    entry = folder.joinpath(name)
    try:
        with entry.open("rb") as handle:
            raw = handle.read(MAX_CATALOGUE_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CatalogueError(f"{shown}: missing") from None
    except OSError as exc:
        raise CatalogueError(f"{shown}: cannot be read ({exc.strerror or 'error'})") from None
    if len(raw) > MAX_CATALOGUE_FILE_BYTES:
        raise CatalogueError(f"{shown}: larger than {MAX_CATALOGUE_FILE_BYTES} bytes")
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CatalogueError(f"{shown}: not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{shown}: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise CatalogueError(f"{shown}: nested too deeply") from None


def req_str(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise CatalogueError(f"{where}: missing {key}")
    return value


def opt_str(raw: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: {key} must be a string")
    return value


def opt_bool(raw: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise CatalogueError(f"{where}: {key} must be true or false")
    return value


def opt_int(raw: Mapping[str, Any], key: str, where: str, default: int = 0) -> int:
    value = raw.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise CatalogueError(f"{where}: {key} must be an integer")
    return value


def opt_number(raw: Mapping[str, Any], key: str, where: str) -> float | None:
    value = raw.get(key)
    if value is not None and (not isinstance(value, int | float) or isinstance(value, bool)):
        raise CatalogueError(f"{where}: {key} must be a number")
    return value


def opt_list(raw: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise CatalogueError(f"{where}: {key} must be a list")
    return value


def str_list(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = opt_list(raw, key, where)
    if not all(isinstance(v, str) for v in values):
        raise CatalogueError(f"{where}: {key} must be a list of strings")
    return tuple(values)


def table_list(doc: Mapping[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise CatalogueError(f"{where}: [[{key}]] entries expected")
    return value


def choices_of(raw: Mapping[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    """``choices = [["value", "label"], …]``."""
    choices = opt_list(raw, "choices", where)
    if not all(isinstance(c, list) and len(c) == 2 and all(isinstance(x, str) for x in c)
               for c in choices):
        raise CatalogueError(f"{where}: choices must be [value, label] pairs of strings")
    return tuple((c[0], c[1]) for c in choices)
