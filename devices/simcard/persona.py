"""Persona files: who the simulated card belongs to.

JSON keys: name, address, birth_date (YYYY-MM-DD), sex (male/female/not_applicable/unknown),
my_number, pin, pin_tries_left; optional card_expiry_year and security_code (for 照合番号B).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from devices.card.basic4 import Basic4, Sex
from devices.card.sensitive import is_valid_my_number

REQUIRED_KEYS = ("name", "address", "birth_date", "sex", "my_number", "pin", "pin_tries_left")


class PersonaError(ValueError):
    """A persona file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Persona:
    basic4: Basic4
    my_number: str
    pin: str
    pin_tries_left: int
    card_expiry_year: int = 2035
    security_code: str = "1234"

    def __repr__(self) -> str:
        return "Persona(****)"


def builtin_names() -> list[str]:
    folder = resources.files("devices.simcard").joinpath("personas")
    names = (p.name for p in folder.iterdir())
    return sorted(n.removesuffix(".json") for n in names if n.endswith(".json"))


def load_persona(name_or_file: str) -> Persona:
    """A shipped persona by name (``yamada_taro``) or any persona JSON file by path."""
    path = Path(name_or_file)
    if path.suffix == ".json" or path.exists():
        source = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise PersonaError(f"{source}: {exc.strerror}") from None
    else:
        source = name_or_file
        entry = resources.files("devices.simcard").joinpath("personas", f"{name_or_file}.json")
        if not entry.is_file():
            known = ", ".join(builtin_names())
            raise PersonaError(f"unknown persona {name_or_file!r} (shipped: {known})")
        text = entry.read_text(encoding="utf-8")
    try:
        return persona_from_dict(json.loads(text), source)
    except json.JSONDecodeError as exc:
        raise PersonaError(f"{source}: not JSON (line {exc.lineno})") from None


def persona_from_dict(raw: Any, source: str = "persona") -> Persona:
    if not isinstance(raw, dict):
        raise PersonaError(f"{source}: expected a JSON object")
    missing = [key for key in REQUIRED_KEYS if key not in raw]
    if missing:
        raise PersonaError(f"{source}: missing {', '.join(missing)}")
    birth = _field(source, "birth_date", lambda: dt.date.fromisoformat(raw["birth_date"]))
    sex = _field(source, "sex", lambda: Sex(raw["sex"]))
    number = str(raw["my_number"])
    if not is_valid_my_number(number):
        raise PersonaError(f"{source}: my_number is not 12 digits with a valid check digit")
    pin = str(raw["pin"])
    if len(pin) != 4 or not pin.isdigit():
        raise PersonaError(f"{source}: pin must be 4 digits")
    tries = raw["pin_tries_left"]
    if not isinstance(tries, int) or not 0 <= tries <= 3:
        raise PersonaError(f"{source}: pin_tries_left must be 0..3")
    basic4 = Basic4(str(raw["name"]), str(raw["address"]), birth, sex)
    return Persona(
        basic4, number, pin, tries,
        card_expiry_year=int(raw.get("card_expiry_year", 2035)),
        security_code=str(raw.get("security_code", "1234")),
    )


def _field(source: str, key: str, convert: Any) -> Any:
    try:
        return convert()
    except (ValueError, TypeError):
        raise PersonaError(f"{source}: {key} is invalid") from None
