"""Fixtures for tests through the real stack: pyscard -> pcscd -> vpcd -> the simulated card.

The stack is private (its own pcscd in a mount namespace, its own vpcd port) and started
and stopped here. A machine without pcscd or vpcd skips these tests, or fails them with
KIOSK_REQUIRE_STACKS=1 (scripts/test, CI); scripts/setup is what installs them.
"""

import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from devices import pcsc
from devices.card.errors import CardError
from devices.simcard.card import SimulatedCard
from devices.simcard.persona import load_persona
from devices.simcard.stack import READER_NAME, PcscStack, StackError
from devices.simcard.vpcd import VpcdLink
from tests.support.stacks import unavailable

KIOSK = str(Path(sys.executable).with_name("kiosk"))
EMPTY_SLOT = "Virtual PCD 00 01"


@pytest.fixture(scope="session")
def pcsc_stack() -> Iterator[PcscStack]:
    stack = PcscStack()
    try:
        stack.start()
    except StackError as error:  # pcscd or vpcd missing: a skip, or a failure in CI
        unavailable("pcscd + vpcd", error)
    os.environ.update(stack.env)  # before this process's first PC/SC call
    yield stack
    stack.close()


@dataclass
class InsertedCard:
    card: SimulatedCard
    link: VpcdLink
    thread: threading.Thread

    abrupt: bool = False

    def remove(self) -> None:
        self.link.stop.set()
        self.thread.join(5)
        wait_for_presence(False)
        if self.abrupt:
            # After a card vanished mid-APDU, pcscd learns of the absence from the failed
            # transmit, not from its own presence poll; a card inserted before that poll runs
            # is never powered up. A real hand takes longer than one poll (~0.4 s) anyway.
            time.sleep(1.0)


def wait_for_presence(present: bool, reader: str = READER_NAME, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            states = {s.name: s.card_present for s in pcsc.reader_states()}
        except CardError:
            states = {}
        if states.get(reader) is present:
            return
        time.sleep(0.05)
    raise AssertionError(f"card present={present} not seen on {reader}")


@pytest.fixture
def insert_card(pcsc_stack):
    inserted: list[InsertedCard] = []

    def insert(persona: str = "yamada_taro", remove_after_apdus: int | None = None,
               **changes) -> InsertedCard:
        import dataclasses

        card = SimulatedCard(dataclasses.replace(load_persona(persona), **changes))
        link = VpcdLink(card, port=pcsc_stack.port, remove_after_apdus=remove_after_apdus)
        thread = threading.Thread(target=link.run, daemon=True)
        thread.start()
        wait_for_presence(True)
        entry = InsertedCard(card, link, thread, abrupt=remove_after_apdus is not None)
        inserted.append(entry)
        return entry

    yield insert
    for entry in inserted:
        entry.remove()
