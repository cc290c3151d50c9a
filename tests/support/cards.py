"""Builders shared by the unit tests: personas, in-process card transports, APDUs and a
card reader that trusts the simulated card's test issuer."""

import dataclasses

from devices.card.cvc_cache import CvcCache
from devices.card.integrity import TrustStore
from devices.card.reading import CardReader
from devices.simcard import keys
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


def trusted() -> TrustStore:
    """A trust store holding the simulated card's test issuer."""
    return TrustStore(dict([keys.test_issuer_anchor()]))


def reader(trust: TrustStore | None = None, cache: CvcCache | None = None) -> CardReader:
    return CardReader(trust if trust is not None else trusted(), cache or CvcCache())
