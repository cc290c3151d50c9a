"""The simulated card's APDU state machine (docs/reference/mynumber-card.md §9.2–§9.5).

Applications are selected by AID: the card-info input support AP, the JPKI-AP (EF 000A)
and the card-face AP (faceap.py) are built from the persona by ``default_applications``;
any other AID answers 6A82. Further APs plug in there, or per card through
``SimulatedCard.add_application``. Security status is per DF and is cleared on power-off and
on switching applications; a warm reset keeps it, as the real card does, so a client that
relies on reset is caught.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import padding, utils
from cryptography.hazmat.primitives.hashes import SHA256

from devices.card.apdu import Ins, Sw
from devices.card.chip import SHA256_DIGEST_INFO_PREFIX
from devices.card.faceap import FACE_AP_AID
from devices.card.jpki import JPKI_AID
from devices.card.textap import EF_CODE_B, EF_PIN, TEXT_AP_AID
from devices.simcard.apps import Application, Key, jpki_ap, text_ap
from devices.simcard.faceap import face_ap
from devices.simcard.persona import Persona

# The contactless ATR a PC/SC reader synthesises for a real card (pcsc-tools' list).
ATR = bytes.fromhex("3B888001000005E0B381A1007F")
NOT_SET = 0x6984  # a key whose reference data is not usable: never set (顔認証 card's PIN)


def default_applications(persona: Persona) -> dict[bytes, Application]:
    """AID -> application. The hook for further APs: add an entry built from the persona."""
    return {TEXT_AP_AID: text_ap(persona), JPKI_AID: jpki_ap(persona),
            FACE_AP_AID: face_ap(persona)}


@dataclass
class CardStats:
    """What the card was asked, for tests that check client hygiene."""

    apdus: int = 0
    pin_verifies: int = 0  # VERIFY with data on the PIN key
    code_b_verifies: int = 0  # VERIFY with data on 照合番号B
    internal_auths: int = 0  # 内部認証 challenges signed
    power_offs: int = 0
    commands: list[int] = field(default_factory=list)


class SimulatedCard:
    def __init__(self, persona: Persona, *, clear_security_on_reset: bool = False) -> None:
        self._apps = default_applications(persona)
        self._clear_on_reset = clear_security_on_reset
        self.stats = CardStats()
        self._aid: bytes | None = None
        self._ef: int | None = None
        self._verified: set[int] = set()

    def add_application(self, aid: bytes, application: Application) -> None:
        self._apps[aid] = application

    def remove_application(self, aid: bytes) -> None:
        """An older or foreign card without this AP: selecting it answers 6A82."""
        self._apps.pop(aid, None)

    def application(self, aid: bytes) -> Application:
        return self._apps[aid]

    @property
    def pin_tries_left(self) -> int:
        return self._text_ap.keys[EF_PIN].tries_left

    @property
    def code_b_tries_left(self) -> int:
        return self._text_ap.keys[EF_CODE_B].tries_left

    def file(self, ef_id: int) -> bytes:
        """A text AP file's bytes."""
        return self._text_ap.files[ef_id]

    def overwrite_file(self, ef_id: int, content: bytes, aid: bytes = TEXT_AP_AID) -> None:
        """Fault injection: replace a file's bytes (a forged or damaged card)."""
        self._apps[aid].files[ef_id] = content

    @property
    def _text_ap(self) -> Application:
        return self._apps[TEXT_AP_AID]

    @property
    def _app(self) -> Application | None:
        return None if self._aid is None else self._apps[self._aid]

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
        self._aid = None
        self._ef = None
        self._verified.clear()

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
        handlers = {Ins.SELECT: self._select, Ins.VERIFY: self._verify,
                    Ins.READ_BINARY: self._read_binary, Ins.GET_CHALLENGE: self._challenge,
                    Ins.INTERNAL_AUTHENTICATE: self._internal_authenticate}
        handler = handlers.get(ins)  # type: ignore[call-overload]
        if handler is None:
            return Sw.INS_NOT_SUPPORTED
        result: int | bytes = handler(p1, p2, data, le)
        return result

    def _select(self, p1: int, p2: int, data: bytes, le: int | None) -> int:
        if p1 == 0x04:
            if data not in self._apps:
                return Sw.FILE_NOT_FOUND
            if data != self._aid:  # switching application clears its security status
                self._verified.clear()
            self._aid, self._ef = data, None
            return Sw.OK
        app = self._app
        if p1 == 0x02 and len(data) == 2:
            ef = int.from_bytes(data, "big")
            if app is None or (ef not in app.files and ef not in app.keys):
                return Sw.FILE_NOT_FOUND
            self._ef = ef
            return Sw.OK
        if p1 == 0x00 and not data:  # "select MF" is unreliable on the real card (§8.1)
            return Sw.INCORRECT_P1P2
        return Sw.FILE_NOT_FOUND if data == b"\x3f\x00" else Sw.INCORRECT_P1P2

    def _verify(self, p1: int, p2: int, data: bytes, le: int | None) -> int:
        if p1 != 0x00 or p2 != 0x80:
            return Sw.INCORRECT_P1P2
        key = self._current_key()
        if key is None:
            return Sw.NO_CURRENT_EF
        if data:
            self._count_verify()
        if key.value is None:
            return NOT_SET
        if not data:  # the non-consuming query
            return 0x63C0 | key.tries_left
        if key.blocked:
            return Sw.KEY_BLOCKED
        if data == key.value:
            key.tries_left = key.max_tries
            self._verified.add(self._ef)  # type: ignore[arg-type]
            return Sw.OK
        # Any wrong value, wrong length included, costs a try: the pessimistic choice (§9.3).
        key.tries_left -= 1
        return 0x63C0 | key.tries_left

    def _current_key(self) -> Key | None:
        app = self._app
        if app is None or self._ef is None:
            return None
        return app.keys.get(self._ef)

    def _count_verify(self) -> None:
        if self._aid == TEXT_AP_AID and self._ef == EF_PIN:
            self.stats.pin_verifies += 1
        elif self._aid == TEXT_AP_AID and self._ef == EF_CODE_B:
            self.stats.code_b_verifies += 1

    def _read_binary(self, p1: int, p2: int, data: bytes, le: int | None) -> int | bytes:
        app = self._app
        if app is None or self._ef is None:
            return Sw.NO_CURRENT_EF
        if self._ef in app.keys:
            return Sw.INCOMPATIBLE_FILE_STRUCTURE
        if p1 & 0x80:  # short EF id addressing is not simulated
            return Sw.INCORRECT_P1P2
        needed = app.needs(self._ef)
        if needed and not needed & self._verified:
            return Sw.SECURITY_STATUS_NOT_SATISFIED
        content = app.files[self._ef]
        offset = (p1 << 8) | p2
        if offset >= len(content):
            return Sw.WRONG_P1P2_OFFSET
        length = le or 256
        return content[offset : offset + length]

    def _internal_authenticate(self, p1: int, p2: int, data: bytes,
                               le: int | None) -> int | bytes:
        """内部認証: sign DigestInfo(SHA-256) with the AP's chip key, no credential needed."""
        app = self._app
        if app is None or app.chip_key is None:
            return Sw.INS_NOT_SUPPORTED
        if p1 or p2:
            return Sw.INCORRECT_P1P2
        prefix = SHA256_DIGEST_INFO_PREFIX
        if len(data) != len(prefix) + hashlib.sha256().digest_size or not data.startswith(prefix):
            return Sw.WRONG_DATA
        self.stats.internal_auths += 1
        return app.chip_key.sign(data[len(prefix):], padding.PKCS1v15(),
                                 utils.Prehashed(SHA256()))

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
