"""The simulator's test keys: an "issuer" (CA) key and the AP signing key it certifies.

Their ids start with 9, never with the production 5…, so they can never be mistaken for
J-LIS keys. The kiosk trusts the issuer key only in demo or test configuration.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

TEST_ISSUER_KEY_ID = b"9000033" + b"\x08\x05" + b"001" + bytes(4)
TEST_AP_KEY_ID = b"9130001" + b"\x08\x05" + b"001" + bytes(4)


@cache
def _load(name: str) -> rsa.RSAPrivateKey:
    pem = resources.files("devices.simcard").joinpath("keys", f"{name}.pem").read_bytes()
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError(f"{name}.pem is not an RSA key")
    return key


def test_issuer_key() -> rsa.RSAPrivateKey:
    return _load("test_issuer")


def test_ap_key() -> rsa.RSAPrivateKey:
    return _load("test_ap")


def test_issuer_anchor() -> tuple[bytes, rsa.RSAPublicKey]:
    """(key id, public key) to add to a TrustStore in demo/test configuration only."""
    return TEST_ISSUER_KEY_ID, test_issuer_key().public_key()


@cache
def chip_key(card_id: str, *, copy: bool = False) -> rsa.RSAPrivateKey:
    """The chip's own 内部認証 key, one per card (by its number) and made on first use, so no
    two simulated cards share one. ``copy`` is the key of another chip the same files were
    copied onto (a cloned card): its signatures do not match the key in EF 0007."""
    del card_id, copy  # only the cache key: each (card, chip) pair gets its own fresh key
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)
