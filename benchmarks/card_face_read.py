"""The 照合番号B read with the card face (``kiosk card read --code-b-stdin --face``) over the
real stack: the text AP's 基本4情報, then the card-face AP's EF 0002 (the photo), its
signature, the images decoded, 内部認証. Called by card_read.py; runs alone too:

    .venv/bin/python benchmarks/card_face_read.py [--reads 20]

Prints the APDUs (text AP, card face, of which READ BINARY of EF 0002), the record and photo
size, median times, and whether extended-length READ BINARY would cut the count: one
extended read instead of N short ones saves N - 1 command round trips; the bytes still cross
the reader (over the air in frames of at most 256 bytes), so the time saved is about N - 1
times the round trip of a short command, measured here on SELECT EF. Then it is measured:
a simulated card that also answers extended-length READ BINARY (benchmark only: the real
card's support is not documented, mynumber-card.md §8.1) is read both ways through pcscd +
vpcd. Target (issue #13): the face read within 40 APDUs for a 4 KB photo with short APDUs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devices.simcard.stack import PcscStack

FACE_APDU_TARGET = 40


@dataclass
class _Timed:
    """A transport that times every exchange by its INS byte."""

    inner: object
    times: dict[int, list[float]] = field(default_factory=dict)

    def transmit(self, apdu: bytes) -> bytes:
        started = time.perf_counter()
        answer: bytes = self.inner.transmit(apdu)  # type: ignore[attr-defined]
        self.times.setdefault(apdu[1], []).append((time.perf_counter() - started) * 1000)
        return answer


def bench_face(stack: PcscStack, reads: int, persona: str = "yamada_taro") -> bool:
    """One line of figures; True when the face read is within the APDU target."""
    from devices import pcsc
    from devices.card.codeb import CodeB
    from devices.card.face_record import parse_face_record
    from devices.card.faceap import FACE_AP_AID
    from devices.simcard.card import SimulatedCard
    from devices.simcard.faceap import EF_FACE
    from devices.simcard.files import verification_number_b
    from devices.simcard.persona import load_persona
    from devices.simcard.vpcd import VpcdLink
    from kiosk.hardware import card_reader, face_reader
    from kiosk.settings import load_settings

    loaded = load_persona(persona)
    code_b = CodeB(verification_number_b(loaded))
    card = SimulatedCard(loaded)
    photo_bytes = len(parse_face_record(card.application(FACE_AP_AID).files[EF_FACE]).photo)
    link = VpcdLink(card, port=stack.port)
    thread = threading.Thread(target=link.run, daemon=True)
    thread.start()
    settings = load_settings()
    text, face = card_reader(settings), face_reader(settings)
    _wait_for_card(pcsc)
    with pcsc.open_card() as transport:  # warm-up: the issuers' CVCs cached, as on a kiosk
        face.read(transport, code_b, basic4=text.read(transport, code_b).data.basic4).face.wipe()
    whole, face_ms, reports, timed = [], [], [], _Timed(None)
    for _ in range(reads):
        started = time.perf_counter()
        with pcsc.open_card() as transport:
            timed.inner = transport
            text_report = text.read(timed, code_b)
            report = face.read(timed, code_b, basic4=text_report.data.basic4)
        whole.append((time.perf_counter() - started) * 1000)
        face_ms.append(report.elapsed_ms)
        report.face.wipe()
        reports.append((text_report, report))
    link.stop.set()
    thread.join()
    _wait_for_card(pcsc, present=False)
    text_report, last = reports[-1]
    round_trip = statistics.median(timed.times[0xA4])
    saved = last.record_reads - 1
    within = last.apdu_count <= FACE_APDU_TARGET
    print(f"{persona} code B + face: text AP {text_report.apdu_count} APDUs, card face "
          f"{last.apdu_count} APDUs ({'within' if within else 'OVER'} {FACE_APDU_TARGET}), "
          f"of which READ BINARY of EF 0002 {last.record_reads} for {last.record_bytes} bytes "
          f"(photo {photo_bytes} bytes); median face read {statistics.median(face_ms):.1f} ms, "
          f"median connect+both reads+unpower {statistics.median(whole):.1f} ms "
          f"(n={reads}, face={last.face.integrity.value}, chip={last.face.chip.verdict.value})")
    print(f"{'':8s}extended-length READ BINARY: EF 0002 in 1 APDU instead of "
          f"{last.record_reads}: card face {last.apdu_count - saved} APDUs; saves about "
          f"{saved} x {round_trip:.2f} ms (median SELECT EF round trip) = "
          f"{saved * round_trip:.1f} ms here; median 256-byte READ BINARY "
          f"{statistics.median(timed.times[0xB0]):.2f} ms")
    return within


def measure_extended(stack: PcscStack, reads: int, persona: str = "yamada_taro") -> None:
    """EF 0002 in one extended-length READ BINARY against 256-byte short ones, same stack."""
    from devices import pcsc
    from devices.card import tlv
    from devices.card.faceap import FACE_AP_AID
    from devices.simcard.card import SimulatedCard
    from devices.simcard.faceap import EF_FACE
    from devices.simcard.files import verification_number_b
    from devices.simcard.persona import load_persona
    from devices.simcard.vpcd import VpcdLink

    class ExtendedCard(SimulatedCard):
        """Answers ``00 B0 P1 P2 00 Le Le`` by reading short chunks inside the card."""

        def process(self, command: bytes) -> bytes:
            if len(command) != 7 or command[1] != 0xB0 or command[4] != 0:
                return super().process(command)
            offset, want = (command[2] << 8) | command[3], int.from_bytes(command[5:7], "big")
            data = b""
            while len(data) < want:
                at, size = offset + len(data), min(256, want - len(data))
                answer = super().process(bytes((0, 0xB0, at >> 8, at & 0xFF, size % 256)))
                if answer[-2:] != b"\x90\x00":
                    break
                data += answer[:-2]
            return data + b"\x90\x00"

    loaded = load_persona(persona)
    card = ExtendedCard(loaded)
    size = tlv.header_size(card.application(FACE_AP_AID).files[EF_FACE])[1]
    link = VpcdLink(card, port=stack.port)
    thread = threading.Thread(target=link.run, daemon=True)
    thread.start()
    _wait_for_card(pcsc)
    code = verification_number_b(loaded).encode("ascii")
    extended, short = [], []
    with pcsc.open_card() as transport:
        for command in (bytes.fromhex("00A4040C0A") + FACE_AP_AID, bytes.fromhex("00A4020C020012"),
                        bytes.fromhex("002000800E") + code, bytes.fromhex("00A4020C020002")):
            transport.transmit(command)
        for _ in range(reads):
            started = time.perf_counter()
            whole = transport.transmit(bytes((0, 0xB0, 0, 0, 0)) + size.to_bytes(2, "big"))
            extended.append((time.perf_counter() - started) * 1000)
            started, data = time.perf_counter(), b""
            while len(data) < size:
                chunk = min(256, size - len(data))
                data += transport.transmit(bytes((0, 0xB0, len(data) >> 8, len(data) & 0xFF,
                                                  chunk % 256)))[:-2]
            short.append((time.perf_counter() - started) * 1000)
    link.stop.set()
    thread.join()
    _wait_for_card(pcsc, present=False)
    same = whole[:-2] == data
    print(f"{'':8s}measured over pcscd + vpcd: EF 0002 ({size} bytes) in 1 extended READ BINARY "
          f"{statistics.median(extended):.2f} ms vs {-(-size // 256)} short "
          f"{statistics.median(short):.2f} ms (median of {reads}; same bytes: {same})")


def _wait_for_card(adapter: object, present: bool = True) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        states = adapter.reader_states()  # type: ignore[attr-defined]
        if states and states[0].card_present is present:
            return
        time.sleep(0.05)
    raise SystemExit("the simulated card did not show up in pcscd")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reads", type=int, default=20)
    args = parser.parse_args()
    stack = PcscStack()
    stack.start()
    os.environ.update(stack.env)  # before the first PC/SC call
    os.environ["KIOSK_HOME"] = tempfile.mkdtemp(prefix="kiosk-bench-")
    os.environ["KIOSK_DEMO"] = "1"
    try:
        bench_face(stack, args.reads)
        measure_extended(stack, args.reads)
    finally:
        stack.close()


if __name__ == "__main__":
    main()
