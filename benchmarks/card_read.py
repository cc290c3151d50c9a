"""Card read benchmark over the real stack: pyscard -> pcscd -> vpcd -> the simulated card.

Run by hand:  .venv/bin/python benchmarks/card_read.py [--reads 50]
Prints, per persona and with/without the 個人番号, the APDUs from the PIN to the data, the
APDUs of the whole read, and the median wall time from PIN to data and for the whole read
(connect + read + unpowered disconnect). Targets (issue #2): <= 10 APDUs for the basic 4
information, <= 12 with the number, median <= 50 ms. Every read ends with the chip check
(内部認証: EF 0007 + one challenge), counted separately as "chip".

Then the same for the 照合番号B read (issue #13): its APDUs must stay within the PIN path's
count + 1, and the line says whether they do. Last, the code B read with the card face
(card_face_read.py: within 40 APDUs, and what extended-length reads would save).
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
        for persona, pin in (("yamada_taro", "1234"), ("sato_hanako_long_address", "5678")):
            by_pin = _bench(stack, persona, pin, False, args.reads, quiet=True)
            by_code = _bench(stack, persona, None, False, args.reads)
            within = by_code <= by_pin + 1
            print(f"{'':38s} code B {by_code} APDUs vs PIN {by_pin}: "
                  f"{'within' if within else 'OVER'} the PIN path + 1")
        from card_face_read import bench_face, measure_extended  # beside this script

        bench_face(stack, args.reads)
        measure_extended(stack, args.reads)
    finally:
        stack.close()


def _bench(stack: PcscStack, persona: str, pin: str | None, with_number: bool, reads: int,
           *, quiet: bool = False) -> int:
    """Reads with ``pin``, or with the persona's 照合番号B when None; the whole read's APDUs."""
    from devices import pcsc
    from devices.card.codeb import CodeB
    from devices.card.sensitive import Pin
    from devices.simcard.card import SimulatedCard
    from devices.simcard.files import verification_number_b
    from devices.simcard.persona import load_persona
    from devices.simcard.vpcd import VpcdLink
    from kiosk.hardware import card_reader
    from kiosk.settings import load_settings

    loaded = load_persona(persona)
    secret = Pin(pin) if pin is not None else CodeB(verification_number_b(loaded))
    link = VpcdLink(SimulatedCard(loaded), port=stack.port)
    thread = threading.Thread(target=link.run, daemon=True)
    thread.start()
    reader = card_reader(load_settings())
    _wait_for_card()
    with pcsc.open_card() as transport:  # warm-up: caches the issuer's CVC, as on a kiosk
        reader.read(transport, secret, with_number=with_number)
    pin_to_data, whole, reports = [], [], []
    for _ in range(reads):
        started = time.perf_counter()
        with pcsc.open_card() as transport:
            report = reader.read(transport, secret, with_number=with_number)
        whole.append((time.perf_counter() - started) * 1000)
        pin_to_data.append(report.pin_to_data_ms)
        reports.append(report)
    link.stop.set()
    thread.join()
    last = reports[-1]
    label = f"{persona}{' +number' if with_number else ''}{' (code B)' if pin is None else ''}"
    if not quiet:
        print(f"{label:38s} APDUs {'PIN' if pin else 'code B'}->data {last.apdus_after_pin:2d}  "
              f"whole read {last.apdu_count:2d} (chip {last.chip_apdus})  "
              f"median ->data {statistics.median(pin_to_data):6.2f} ms  "
              f"median connect+read+unpower {statistics.median(whole):6.2f} ms  "
              f"(n={reads}, integrity={last.data.integrity.value}, "
              f"chip={last.data.chip.verdict.value})")
    _wait_for_card(present=False)
    return last.apdu_count


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
