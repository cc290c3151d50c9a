"""Card read benchmark over the real stack: pyscard -> pcscd -> vpcd -> the simulated card.

Run by hand:  .venv/bin/python benchmarks/card_read.py [--reads 50]
Prints, per persona and with/without the 個人番号, the APDUs from the PIN to the data, the
APDUs of the whole read, and the median wall time from PIN to data and for the whole read
(connect + read + unpowered disconnect). Targets (issue #2): <= 10 APDUs for the basic 4
information, <= 12 with the number, median <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devices.simcard.stack import PcscStack


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reads", type=int, default=50)
    args = parser.parse_args()
    stack = PcscStack()
    stack.start()
    os.environ.update(stack.env)  # before the first PC/SC call
    os.environ["KIOSK_HOME"] = tempfile.mkdtemp(prefix="kiosk-bench-")
    os.environ["KIOSK_DEMO"] = "1"
    try:
        for persona, pin in (("yamada_taro", "1234"), ("sato_hanako_long_address", "5678")):
            for with_number in (False, True):
                _bench(stack, persona, pin, with_number, args.reads)
    finally:
        stack.close()


def _bench(stack: PcscStack, persona: str, pin: str, with_number: bool, reads: int) -> None:
    from devices import pcsc
    from devices.card.sensitive import Pin
    from devices.simcard.card import SimulatedCard
    from devices.simcard.persona import load_persona
    from devices.simcard.vpcd import VpcdLink
    from kiosk.hardware import card_reader
    from kiosk.settings import load_settings

    link = VpcdLink(SimulatedCard(load_persona(persona)), port=stack.port)
    thread = threading.Thread(target=link.run, daemon=True)
    thread.start()
    reader = card_reader(load_settings())
    _wait_for_card()
    with pcsc.open_card() as transport:  # warm-up: caches the issuer's CVC, as on a kiosk
        reader.read(transport, Pin(pin), with_number=with_number)
    pin_to_data, whole, reports = [], [], []
    for _ in range(reads):
        started = time.perf_counter()
        with pcsc.open_card() as transport:
            report = reader.read(transport, Pin(pin), with_number=with_number)
        whole.append((time.perf_counter() - started) * 1000)
        pin_to_data.append(report.pin_to_data_ms)
        reports.append(report)
    link.stop.set()
    thread.join()
    label = f"{persona}{' +number' if with_number else ''}"
    print(f"{label:38s} APDUs PIN->data {reports[-1].apdus_after_pin:2d}  "
          f"whole read {reports[-1].apdu_count:2d}  "
          f"median PIN->data {statistics.median(pin_to_data):6.2f} ms  "
          f"median connect+read+unpower {statistics.median(whole):6.2f} ms  "
          f"(n={reads}, integrity={reports[-1].data.integrity.value})")
    _wait_for_card(present=False)


def _wait_for_card(present: bool = True) -> None:
    from devices import pcsc as adapter

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        states = adapter.reader_states()
        if states and states[0].card_present is present:
            return
        time.sleep(0.05)
    raise SystemExit("the simulated card did not show up in pcscd")


if __name__ == "__main__":
    main()
