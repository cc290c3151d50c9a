"""Pre-application codes (事前申請コード): a resident answers at home and brings a QR code.

Format, version 1: ``PA1:`` + base45( SHA-256(version + body)[:8] + zlib(body) ), where body
is the canonical JSON ``{"e": life_event_id, "a": answers}`` in UTF-8. Everything is in the QR
alphanumeric character set (digits, A-Z, space and ``$%*+-./:``), so the symbol uses
alphanumeric mode and zbar never has to guess a character set; Japanese answers travel inside
the compressed bytes. The digest catches any changed character; it is an integrity check
against scanning errors and casual edits, not a signature.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
import re
import tempfile
import zlib
from pathlib import Path
from typing import Any

import base45
import segno

VERSION = 1
PREFIX = f"PA{VERSION}:"
DIGEST_BYTES = 8
MAX_CODE_LENGTH = 3391  # QR version 40, level M, alphanumeric mode
LIFE_EVENTS = ("moving_in", "moving_out", "moving_within", "birth", "death", "certificates",
               "childcare", "long_term_care", "disaster")
_CODE = re.compile(r"PA(\d{1,3}):(.+)", re.DOTALL)


class PreappError(ValueError):
    """A code that cannot be made or read; the message is one bilingual line."""


def encode(life_event: str, answers: dict[str, Any]) -> str:
    if life_event not in LIFE_EVENTS:
        raise PreappError(f"ライフイベント {life_event!r} はありません / unknown life event "
                          f"{life_event!r} (one of {', '.join(LIFE_EVENTS)})")
    if not isinstance(answers, dict):
        raise PreappError("回答はJSONオブジェクトにしてください / answers must be a JSON object")
    try:
        body = json.dumps({"e": life_event, "a": answers}, ensure_ascii=False,
                          sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as error:
        raise PreappError(f"回答にJSONにできない値があります / answers hold a value JSON "
                          f"cannot carry: {error}") from None
    raw = body.encode("utf-8")
    packed: bytes = base45.b45encode(_digest(raw) + zlib.compress(raw, 9))
    code = PREFIX + packed.decode("ascii")
    if len(code) > MAX_CODE_LENGTH:
        raise PreappError(f"回答が多すぎてQRコードに入りません / answers too long for one QR "
                          f"code ({len(code)} > {MAX_CODE_LENGTH} characters)")
    return code


def decode(code: str) -> tuple[str, dict[str, Any]]:
    """(life_event_id, answers) of a code; :class:`PreappError` if tampered or unknown."""
    match = _CODE.fullmatch(code.rstrip("\r\n"))  # a space is a base45 digit
    if match is None:
        raise PreappError("事前申請コードではありません / not a pre-application code")
    if int(match.group(1)) != VERSION:
        raise PreappError(f"この版の事前申請コードは読めません / unsupported pre-application "
                          f"code version {match.group(1)} (this kiosk reads {VERSION})")
    try:
        packed = base45.b45decode(match.group(2))
        raw = zlib.decompress(packed[DIGEST_BYTES:])
    except (ValueError, KeyError, zlib.error, binascii.Error):
        raise _damaged() from None
    if packed[:DIGEST_BYTES] != _digest(raw):
        raise _damaged()
    data = json.loads(raw.decode("utf-8"))
    life_event, answers = data.get("e"), data.get("a")
    if life_event not in LIFE_EVENTS or not isinstance(answers, dict):
        raise PreappError(f"ライフイベント {life_event!r} はありません / unknown life event "
                          f"{life_event!r}")
    return life_event, answers


def _digest(raw: bytes) -> bytes:
    return hashlib.sha256(PREFIX.encode("ascii") + raw).digest()[:DIGEST_BYTES]


def _damaged() -> PreappError:
    return PreappError("事前申請コードが壊れているか改変されています / the pre-application "
                       "code is damaged or was altered")


def write_qr_png(code: str, out: Path, scale: int = 6) -> None:
    """Write the code as a QR PNG (alphanumeric mode, level M), atomically."""
    symbol = segno.make_qr(code, error="m", mode="alphanumeric", boost_error=False)
    fd, temp_name = tempfile.mkstemp(prefix=".preapp-", suffix=".png", dir=out.parent)
    os.close(fd)
    try:
        symbol.save(temp_name, kind="png", scale=scale, border=4)
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
