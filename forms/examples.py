"""Example answers variants (`kiosk forms example-answers --variant …`), as catalogue data."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

VARIANTS = ("foreign",)
# Questions only the variants answer: the plain examples leave them out (they are asked only
# of a foreign resident, and a Japanese card holder's answers must not carry them).
VARIANT_ONLY = ("head_nationality", "seal_name_form", "seal_katakana")


def load_variant(name: str) -> dict[str, Any]:
    """The variant's life event, CARD.json and answers (forms/catalogue/examples/NAME.toml)."""
    text = resources.files("forms").joinpath("catalogue", "examples", f"{name}.toml").read_text(
        encoding="utf-8")
    return tomllib.loads(text)
