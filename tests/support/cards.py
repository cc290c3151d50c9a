"""Builders shared by the unit tests."""

import dataclasses

from devices.simcard.card import SimulatedCard
from devices.simcard.inprocess import InProcessTransport
from devices.simcard.persona import Persona, load_persona


def persona(name: str = "yamada_taro", **changes: object) -> Persona:
    return dataclasses.replace(load_persona(name), **changes)


def card_transport(name: str = "yamada_taro", remove_after: int | None = None,
                   **changes: object) -> InProcessTransport:
    return InProcessTransport(SimulatedCard(persona(name, **changes)), remove_after=remove_after)


def apdu(hex_text: str) -> bytes:
    return bytes.fromhex(hex_text.replace(" ", ""))
