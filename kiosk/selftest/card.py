"""Self-test check: the simulated card is read through a private pcscd + vpcd stack.

This is the real path of a card read (pyscard -> libpcsclite -> pcscd -> reader driver),
with vpcd as the reader and the simulated card behind it. The private stack needs pcscd,
vsmartcard-vpcd and a mount namespace (root, user namespaces or sudo); where it cannot start,
e.g. on a production kiosk that rightly has no vsmartcard-vpcd, the check is skipped with
the reason, since it says nothing about the kiosk's own reader.
"""

from __future__ import annotations

import os
import threading

from devices.simcard.stack import PcscStack, StackError
from kiosk.selftest.registry import Context, Skipped, check

SAMPLE_PERSONA = "yamada_taro"
LINK_WAIT_S = 5.0
NO_STACK = "no private pcscd + vpcd here (expected on production kiosks)"


@check("card")
def simulated_card_read(context: Context) -> str:
    stack = PcscStack(workdir=context.workdir / "pcsc")
    try:
        stack.start()
    except StackError as error:
        raise Skipped(f"{NO_STACK}: {error}") from None
    try:
        os.environ.update(stack.env)  # before this process's first PC/SC call
        return _read_card(stack, context)
    finally:
        stack.stop()


def _read_card(stack: PcscStack, context: Context) -> str:
    from devices import pcsc
    from devices.card.integrity import Integrity
    from devices.simcard.apps import credential_of
    from devices.simcard.card import SimulatedCard
    from devices.simcard.persona import load_persona
    from devices.simcard.vpcd import VpcdLink
    from kiosk.hardware import card_reader
    from kiosk.settings import Settings

    persona = load_persona(SAMPLE_PERSONA)
    link = VpcdLink(SimulatedCard(persona), port=stack.port)
    thread = threading.Thread(target=link.run, name="selftest-card", daemon=True)
    thread.start()
    try:
        if not link.connected.wait(LINK_WAIT_S):
            raise RuntimeError(f"the simulated card did not reach vpcd on port {stack.port}")
        reader = card_reader(Settings(home=context.workdir / "card-home", demo=True))
        with pcsc.open_card(wait_s=pcsc.CONNECT_WAIT_S * 3) as transport:
            report = reader.read(transport, credential_of(persona), with_number=False)
    finally:
        link.stop.set()
        thread.join(LINK_WAIT_S)
    if report.data.basic4 != persona.basic4:
        raise RuntimeError("the card data read differ from the persona's")
    if report.data.integrity is not Integrity.VERIFIED:
        raise RuntimeError(f"integrity {report.data.integrity.value}, expected verified")
    return (f"{transport.reader}: 4 items, integrity verified, {report.apdu_count} APDUs, "
            f"{report.elapsed_ms:.0f} ms")
