"""The simulated card's APDU state machine (docs/reference/mynumber-card.md §9.2–§9.5).

The card-info input support AP is simulated here, the card-face AP in faceap.py; selecting
the other APs answers 6A82.
Security status is per DF and is cleared on power-off and on switching applications; a
warm reset keeps it, as the real card does, so a client that relies on reset is caught.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from devices.card.apdu import Ins, Sw
from devices.card.textap import TEXT_AP_AID
from devices.simcard.faceap import FaceApplet
from devices.simcard.files import build_text_ap_files, verification_number_b
from devices.simcard.persona import Persona

# The contactless ATR a PC/SC reader synthesises for a real card (pcsc-tools' list).
ATR = bytes.fromhex("3B888001000005E0B381A1007F")

KEY_PIN, KEY_BLOCKED, KEY_NUMBER_A, KEY_NUMBER_B = 0x0011, 0x0012, 0x0014, 0x0015
PUBLIC = frozenset[int]()
# EF -> the keys any one of which opens it (§3.1); an empty set means free to read.
ACCESS: dict[int, frozenset[int]] = {
    0x0001: frozenset({KEY_PIN, KEY_NUMBER_A}),
    0x0002: frozenset({KEY_PIN, KEY_NUMBER_B}),
    0x0003: frozenset({KEY_PIN, KEY_NUMBER_A, KEY_NUMBER_B}),
    0x0004: PUBLIC,
    0x0005: PUBLIC,
}


@dataclass
class Key:
    value: bytes
    tries_left: int
    max_tries: int = 3

    @property
    def blocked(self) -> bool:
        return self.tries_left == 0


@dataclass
class CardStats:
    """What the card was asked, for tests that check client hygiene."""

    apdus: int = 0
    pin_verifies: int = 0  # VERIFY with data on the PIN key
    power_offs: int = 0
    commands: list[int] = field(default_factory=list)


class SimulatedCard:
    def __init__(self, persona: Persona, *, clear_security_on_reset: bool = False) -> None:
        files = build_text_ap_files(persona)
        self._files = {0x0001: files.my_number, 0x0002: files.basic4, 0x0003: files.integrity,
                       0x0004: files.cvc, 0x0005: files.basic_info}
        self._keys = {
            KEY_PIN: Key(persona.pin.encode("ascii"), persona.pin_tries_left),
            KEY_BLOCKED: Key(b"", 0),
            KEY_NUMBER_A: Key(persona.my_number.encode("ascii"), 3),
            KEY_NUMBER_B: Key(verification_number_b(persona).encode("ascii"), 3),
        }
        self._clear_on_reset = clear_security_on_reset
        self.stats = CardStats()
        self.face = FaceApplet(persona, self.stats)
        self._df_selected = False
        self._ef: int | None = None
        self._verified: set[int] = set()

    @property
    def pin_tries_left(self) -> int:
        return self._keys[KEY_PIN].tries_left

    def file(self, ef_id: int) -> bytes:
        return self._files[ef_id]

    def overwrite_file(self, ef_id: int, content: bytes) -> None:
        """Fault injection: replace a file's bytes (a forged or damaged card)."""
        self._files[ef_id] = content

    def power_on(self) -> None:
        self._forget()

    def power_off(self) -> None:
        self.stats.power_offs += 1
        self._forget()

    def reset(self) -> None:
        if self._clear_on_reset:
            self._forget()

    def process(self, command: bytes) -> bytes:
        self.stats.apdus += 1
        sw_or_data = self._dispatch(command)
        if isinstance(sw_or_data, int):
            return sw_or_data.to_bytes(2, "big")
        return sw_or_data + Sw.OK.to_bytes(2, "big")

    def _forget(self) -> None:
        self._df_selected = False
        self._ef = None
        self._verified.clear()
        self.face.forget()

    def _dispatch(self, command: bytes) -> int | bytes:
        parsed = _parse(command)
        if parsed is None:
            return Sw.WRONG_LENGTH
        cla, ins, p1, p2, data, le = parsed
        self.stats.commands.append(ins)
        if cla & 0x03:
            return Sw.LOGICAL_CHANNEL_NOT_SUPPORTED
        if cla & 0x0C:
            return Sw.SECURE_MESSAGING_NOT_SUPPORTED
        if cla not in (0x00, 0x80):
            return Sw.CLA_NOT_SUPPORTED
        face = self.face.route(ins, p1, p2, data, le)
        if face is not None:  # the card-face AP is selected: the text AP's status is gone
            self._df_selected, self._ef = False, None
            self._verified.clear()
            return face
        handlers = {Ins.SELECT: self._select, Ins.VERIFY: self._verify,
                    Ins.READ_BINARY: self._read_binary, Ins.GET_CHALLENGE: self._challenge}
        handler = handlers.get(ins)  # type: ignore[call-overload]
        if handler is None:
            return Sw.INS_NOT_SUPPORTED
        result: int | bytes = handler(p1, p2, data, le)
        return result

    def _select(self, p1: int, p2: int, data: bytes, le: int | None) -> int:
        if p1 == 0x04:
            if data != TEXT_AP_AID:
                return Sw.FILE_NOT_FOUND
            if not self._df_selected:  # switching application clears its security status
                self._verified.clear()
            self._df_selected, self._ef = True, None
            return Sw.OK
        if p1 == 0x02 and len(data) == 2:
            ef = int.from_bytes(data, "big")
            if not self._df_selected or (ef not in self._files and ef not in self._keys):
                return Sw.FILE_NOT_FOUND
            self._ef = ef
            return Sw.OK
        if p1 == 0x00 and not data:  # "select MF" is unreliable on the real card (§8.1)
            return Sw.INCORRECT_P1P2
        return Sw.FILE_NOT_FOUND if data == b"\x3f\x00" else Sw.INCORRECT_P1P2

    def _verify(self, p1: int, p2: int, data: bytes, le: int | None) -> int:
        if p1 != 0x00 or p2 != 0x80:
            return Sw.INCORRECT_P1P2
        key = self._keys.get(self._ef) if self._ef is not None else None
        if key is None:
            return Sw.NO_CURRENT_EF
        if not data:  # the non-consuming query
            return 0x63C0 | key.tries_left
        if self._ef == KEY_PIN:
            self.stats.pin_verifies += 1
        if key.blocked:
            return Sw.KEY_BLOCKED
        if data == key.value:
            key.tries_left = key.max_tries
            self._verified.add(self._ef)  # type: ignore[arg-type]
            return Sw.OK
        # Any wrong value, wrong length included, costs a try: the pessimistic choice (§9.3).
        key.tries_left -= 1
        return 0x63C0 | key.tries_left

    def _read_binary(self, p1: int, p2: int, data: bytes, le: int | None) -> int | bytes:
        if self._ef is None:
            return Sw.NO_CURRENT_EF
        if self._ef in self._keys:
            return Sw.INCOMPATIBLE_FILE_STRUCTURE
        if p1 & 0x80:  # short EF id addressing is not simulated
            return Sw.INCORRECT_P1P2
        needed = ACCESS[self._ef]
        if needed and not needed & self._verified:
            return Sw.SECURITY_STATUS_NOT_SATISFIED
        content = self._files[self._ef]
        offset = (p1 << 8) | p2
        if offset >= len(content):
            return Sw.WRONG_P1P2_OFFSET
        length = le or 256
        return content[offset : offset + length]

    def _challenge(self, p1: int, p2: int, data: bytes, le: int | None) -> int | bytes:
        if p1 or p2 or le is None:
            return Sw.INCORRECT_P1P2
        return os.urandom(le or 256)


def _parse(command: bytes) -> tuple[int, int, int, int, bytes, int | None] | None:
    """Short APDU cases 1–4; extended length is not supported (answers 6700)."""
    if len(command) < 4:
        return None
    cla, ins, p1, p2 = command[:4]
    body = command[4:]
    if not body:
        return cla, ins, p1, p2, b"", None
    if len(body) == 1:
        return cla, ins, p1, p2, b"", body[0]
    lc = body[0]
    if lc == 0:
        return None
    if len(body) == 1 + lc:
        return cla, ins, p1, p2, body[1:], None
    if len(body) == 2 + lc:
        return cla, ins, p1, p2, body[1 : 1 + lc], body[-1]
    return None
