"""The kiosk's devices composed from its settings, in one place: the card reader (trust
anchors, CVC cache), how a card is opened and watched (PC/SC), and the printer (a CUPS queue,
or the demo's folder printer). The app's shell and the CLI take their devices from here."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card.cvc_cache import CvcCache
from devices.card.face_reading import FaceReader
from devices.card.integrity import TrustStore
from devices.card.reading import CardReader
from devices.card.transport import CardTransport
from devices.card.watch import PresenceSource
from devices.printing.port import Printer
from devices.simcard.keys import test_issuer_anchor
from kiosk.settings import ConfigError, Settings

OpenCard = Callable[[], AbstractContextManager[CardTransport]]


@dataclass(frozen=True)
class Hardware:
    """What a terminal's window drives: the reader's protocol, the card, its presence, a printer."""

    reader: CardReader
    open_card: OpenCard
    presence: PresenceSource
    printer: Printer


def terminal_hardware(settings: Settings) -> Hardware:
    """The real devices of a terminal (the demo's simulated card sits behind the same PC/SC)."""
    from devices import pcsc  # pyscard: loaded only by what opens a card

    printer = choose_printer(None, demo=settings.demo, home=settings.home)
    return Hardware(card_reader(settings), pcsc.open_card, pcsc.PcscPresenceSource(), printer)


def trust_store(settings: Settings) -> TrustStore:
    store = TrustStore()
    if settings.card.issuer_keys_dir is not None:
        for key_id, key in _issuer_keys(settings.card.issuer_keys_dir):
            store.add(key_id, key)
    if settings.demo or settings.card.trust_test_issuer:
        store.add(*test_issuer_anchor())
    return store


def card_reader(settings: Settings) -> CardReader:
    return CardReader(trust_store(settings), CvcCache(settings.cache_dir / "cvc"))


def face_reader(settings: Settings) -> FaceReader:
    """The card-face AP's reader: the same trust anchors and CVC cache, Pillow for the images."""
    from devices.imaging import PillowDecoder  # Pillow: loaded only by what reads a card face

    return FaceReader(trust_store(settings), PillowDecoder(), CvcCache(settings.cache_dir / "cvc"))


def _issuer_keys(folder: Path) -> list[tuple[bytes, rsa.RSAPublicKey]]:
    if not folder.is_dir():
        raise ConfigError(f"card.issuer_keys_dir {folder} is not a folder")
    keys = []
    for path in sorted(folder.glob("*.pem")):
        try:
            key_id = bytes.fromhex(path.stem)
            key = serialization.load_pem_public_key(path.read_bytes())
        except ValueError:
            raise ConfigError(f"{path}: not <hex key id>.pem with an RSA public key") from None
        if not isinstance(key, rsa.RSAPublicKey) or len(key_id) != 16:
            raise ConfigError(f"{path}: not <hex key id>.pem with an RSA public key")
        keys.append((key_id, key))
    return keys


def choose_printer(queue: str | None, *, demo: bool, home: Path) -> Printer:
    """``queue`` names a CUPS queue; otherwise demo mode prints to a folder, else CUPS default."""
    if queue is None and demo:
        from devices.printing.folder import FolderPrinter

        return FolderPrinter(home / "printed")
    from devices.printing.cups import CupsPrinter

    return CupsPrinter(queue)
