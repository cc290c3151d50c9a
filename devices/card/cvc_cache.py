"""CVCs already verified against a trusted issuer key.

Most cards at one town hall's counter were issued under a handful of AP keys, and reading
EF 0004 costs four APDUs per card. A CVC that a trusted issuer key vouches for is kept (it
is public data, never personal), and the next card whose EF 0003 signature verifies under one
of the kept keys needs no EF 0004 read. Cached files are re-verified against the trust store
every time they are loaded, so editing the cache cannot create trust.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from devices.card.errors import CardProtocolError
from devices.card.integrity import Cvc, TrustStore, parse_cvc

log = logging.getLogger("kiosk.card")


class CvcCache:
    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._cvcs: dict[str, Cvc] = {}
        self._loaded = directory is None

    def trusted_keys(self, trust: TrustStore) -> list[rsa.RSAPublicKey]:
        self._load()
        return [cvc.public_key for cvc in self._cvcs.values() if trust.vouches_for(cvc)]

    def remember(self, raw: bytes, cvc: Cvc) -> None:
        name = hashlib.sha256(raw).hexdigest()[:32]
        self._cvcs[name] = cvc
        if self._directory is not None:
            self._write(self._directory / f"{name}.cvc", raw)

    def _load(self) -> None:
        if self._loaded or self._directory is None:
            return
        self._loaded = True
        for path in sorted(self._directory.glob("*.cvc")):
            try:
                self._cvcs[path.stem] = parse_cvc(path.read_bytes())
            except (OSError, CardProtocolError):
                log.warning("ignoring unreadable cached CVC %s", path.name)

    @staticmethod
    def _write(path: Path, raw: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(raw)
            os.replace(tmp, path)
        except OSError as exc:  # a cache that cannot be written only costs APDUs later
            log.warning("could not cache a CVC: %s", exc.strerror)
