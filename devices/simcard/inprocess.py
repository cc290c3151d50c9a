"""The simulated card as an in-process CardTransport, for fast unit tests and benchmarks."""

from __future__ import annotations

from devices.card.errors import CardRemovedError
from devices.simcard.card import SimulatedCard


class InProcessTransport:
    """Powers the card on at creation; ``remove_after`` simulates the card pulled mid-read."""

    def __init__(self, card: SimulatedCard, remove_after: int | None = None) -> None:
        self.card = card
        self._remove_after = remove_after
        self.sent: list[bytes] = []
        card.power_on()

    def transmit(self, apdu: bytes) -> bytes:
        if self._remove_after is not None and len(self.sent) >= self._remove_after:
            raise CardRemovedError()
        self.sent.append(apdu)
        return self.card.process(apdu)

    def close(self) -> None:
        self.card.power_off()
