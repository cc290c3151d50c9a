"""The simulated card's applications: files, keys (credentials), access rules and the chip's
内部認証 key per AP. ``devices.simcard.card`` selects among them by AID."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card.codeb import CodeB
from devices.card.sensitive import Pin
from devices.card.textap import EF_CHIP_KEY, EF_CODE_B, EF_PIN
from devices.simcard import keys
from devices.simcard.files import build_text_ap_files, verification_number_b
from devices.simcard.jpki import user_auth_certificate
from devices.simcard.persona import Persona

KEY_BLOCKED, KEY_NUMBER_A = 0x0012, 0x0014
PUBLIC = frozenset[int]()


@dataclass
class Key:
    """A credential. ``value`` None: never set (a 顔認証 card's PIN): every VERIFY, even the
    tries query, answers 69 84 (card-face-and-gaiji.md §7)."""

    value: bytes | None
    tries_left: int
    max_tries: int = 3

    @property
    def blocked(self) -> bool:
        return self.tries_left == 0


@dataclass
class Application:
    files: dict[int, bytes]
    keys: dict[int, Key] = field(default_factory=dict)
    # EF -> the keys any one of which opens it; an EF not listed is free to read.
    access: Mapping[int, frozenset[int]] = field(default_factory=dict)
    chip_key: rsa.RSAPrivateKey | None = None  # signs 内部認証 challenges; None: unsupported

    def needs(self, ef_id: int) -> frozenset[int]:
        return self.access.get(ef_id, PUBLIC)


def text_ap(persona: Persona) -> Application:
    """The card-info input support AP (mynumber-card.md §9.3, §9.4)."""
    chip = keys.chip_key(persona.my_number)
    # A clone carries the original card's files, EF 0007 included, on a chip with its own key.
    signer = keys.chip_key(persona.my_number, copy=True) if persona.clone else chip
    files = build_text_ap_files(persona, chip.public_key())
    pin = persona.pin.encode("ascii") if persona.pin is not None else None
    both = frozenset({EF_PIN, KEY_NUMBER_A, EF_CODE_B})
    return Application(
        files={0x0001: files.my_number, 0x0002: files.basic4, 0x0003: files.integrity,
               0x0004: files.cvc, 0x0005: files.basic_info, EF_CHIP_KEY: files.chip_key},
        keys={
            EF_PIN: Key(pin, persona.pin_tries_left),
            KEY_BLOCKED: Key(b"", 0),
            KEY_NUMBER_A: Key(persona.my_number.encode("ascii"), 3),
            EF_CODE_B: Key(verification_number_b(persona).encode("ascii"),
                           persona.code_b_tries_left),
        },
        access={0x0001: frozenset({EF_PIN, KEY_NUMBER_A}),
                0x0002: frozenset({EF_PIN, EF_CODE_B}),
                0x0003: both, EF_CHIP_KEY: both},
        chip_key=signer,
    )


def jpki_ap(persona: Persona) -> Application:
    """The JPKI-AP as far as the kiosk uses it: EF 000A, free (mynumber-card.md §6.2)."""
    subject = keys.chip_key(persona.my_number).public_key()
    return Application(files={0x000A: user_auth_certificate(persona, subject)})


def credential_of(persona: Persona) -> Pin | CodeB:
    """What opens this persona's 基本4情報: its PIN, or for a 顔認証 card its 照合番号B."""
    if persona.pin is not None:
        return Pin(persona.pin)
    return CodeB(verification_number_b(persona))
