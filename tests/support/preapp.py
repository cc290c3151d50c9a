"""Crafted pre-application codes: the digest has no key, so anyone can make a code that
passes it around any body (the codec's, the CLI's and the counter screen's tests)."""

import zlib

import base45

from kiosk.preapp import codes as preapp


def crafted(body: bytes, compressed: bytes | None = None) -> str:
    """A code whose digest is right (anyone can compute it) around any body."""
    packed = preapp._digest(body) + (zlib.compress(body) if compressed is None else compressed)
    return preapp.PREFIX + base45.b45encode(packed).decode("ascii")
