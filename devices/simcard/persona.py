"""Persona files: who the simulated card belongs to.

JSON keys: name, address, birth_date (YYYY-MM-DD), sex (male/female/not_applicable/unknown),
my_number, pin (4 digits, or null for a 顔認証マイナンバーカード issued without one), and optional:
pin_tries_left (0..3, default 3), expiry_date (the card's, default the birthday in 2035),
security_code (4 digits printed on the card, default 1234), code_b_tries_left (0..3, default 3),
certificate_expiry (the e-certificates', default the birthday in 2030), clone (true: the files
copied onto another chip, default false), photo (a picture file for the card-face photo,
relative to the persona file; default a drawn placeholder), tamper_face (true: the card-face
record altered after signing, default false). A date is YYYY-MM-DD, or +N/-N days from today
(``"+60d"``), so a shipped persona whose e-certificates expire soon stays so.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from devices.card.basic4 import Basic4, Sex
from devices.card.codeb import EXPIRY_YEARS
from devices.card.sensitive import is_valid_my_number

REQUIRED_KEYS = ("name", "address", "birth_date", "sex", "my_number", "pin")
DEFAULT_CARD_EXPIRY_YEAR = 2035
DEFAULT_CERTIFICATE_EXPIRY_YEAR = 2030
_RELATIVE = re.compile(r"([+-][0-9]{1,5})d")


class PersonaError(ValueError):
    """A persona file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Persona:
    basic4: Basic4
    my_number: str
    pin: str | None  # None: a 顔認証 card, issued without a PIN
    pin_tries_left: int
    card_expiry: dt.date
    security_code: str = "1234"
    certificate_expiry: dt.date = dt.date(DEFAULT_CERTIFICATE_EXPIRY_YEAR, 1, 1)
    code_b_tries_left: int = 3
    clone: bool = False  # the files copied onto another chip: 内部認証 fails
    photo: Path | None = None  # the card-face photo's source picture (devices/simcard/faceap.py)
    tamper_face: bool = False  # the card-face record changed after signing: face ``invalid``

    @property
    def card_expiry_year(self) -> int:
        return self.card_expiry.year

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
    basic4 = Basic4(str(raw["name"]), str(raw["address"]), birth, sex)
    persona = Persona(
        basic4, number, _pin(source, raw["pin"]), _tries(source, raw, "pin_tries_left"),
        card_expiry=_date(source, raw, "expiry_date", _birthday(birth, DEFAULT_CARD_EXPIRY_YEAR)),
        security_code=_security_code(source, raw.get("security_code", "1234")),
        certificate_expiry=_date(source, raw, "certificate_expiry",
                                 _birthday(birth, DEFAULT_CERTIFICATE_EXPIRY_YEAR)),
        code_b_tries_left=_tries(source, raw, "code_b_tries_left"),
        clone=_flag(source, raw, "clone"),
        photo=_photo(source, raw),
        tamper_face=_flag(source, raw, "tamper_face"),
    )
    if persona.card_expiry.year not in EXPIRY_YEARS:  # 照合番号B could not be typed in
        raise PersonaError(f"{source}: expiry_date is out of range")
    return persona


def _pin(source: str, value: Any) -> str | None:
    if value is None:
        return None
    pin = str(value)
    if len(pin) != 4 or not pin.isdigit():
        raise PersonaError(f"{source}: pin must be 4 digits or null")
    return pin


def _tries(source: str, raw: dict[str, Any], key: str) -> int:
    tries = raw.get(key, 3)
    if not isinstance(tries, int) or isinstance(tries, bool) or not 0 <= tries <= 3:
        raise PersonaError(f"{source}: {key} must be 0..3")
    return tries


def _photo(source: str, raw: dict[str, Any]) -> Path | None:
    if raw.get("photo") is None:
        return None
    path = Path(str(raw["photo"]))
    if not path.is_absolute() and Path(source).suffix == ".json":
        path = Path(source).parent / path
    if not path.is_file():
        raise PersonaError(f"{source}: photo is not a file")
    return path


def _security_code(source: str, value: Any) -> str:
    code = str(value)
    if len(code) != 4 or not code.isascii() or not code.isdigit():
        raise PersonaError(f"{source}: security_code must be 4 digits")
    return code


def _flag(source: str, raw: dict[str, Any], key: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise PersonaError(f"{source}: {key} must be true or false")
    return value


def _date(source: str, raw: dict[str, Any], key: str, default: dt.date) -> dt.date:
    if key not in raw:
        return default
    text = raw[key]
    relative = _RELATIVE.fullmatch(text) if isinstance(text, str) else None
    if relative is not None:
        return dt.date.today() + dt.timedelta(days=int(relative.group(1)))
    return _field(source, key, lambda: dt.date.fromisoformat(text))  # type: ignore[no-any-return]


def _birthday(birth: dt.date, year: int) -> dt.date:
    """The birthday in ``year`` (a 29 February birthday falls on the 28th): the card and the
    e-certificates expire on a birthday."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def _field(source: str, key: str, convert: Any) -> Any:
    try:
        return convert()
    except (ValueError, TypeError):
        raise PersonaError(f"{source}: {key} is invalid") from None
