"""Pre-application codes (事前申請コード): a resident answers at home and brings a QR code.

Format, version 1: ``PA1:`` + base45( SHA-256(version + body)[:8] + zlib(body) ), where body
is the canonical JSON ``{"e": life_event_id, "a": answers}`` in UTF-8. Everything is in the QR
alphanumeric character set (digits, A-Z, space and ``$%*+-./:``), so the symbol uses
alphanumeric mode and zbar never has to guess a character set; Japanese answers travel inside
the compressed bytes. The digest catches any changed character; it is an integrity check
against scanning errors and casual edits, not a signature.

Why there is no key: residents make these codes at home, in a web form the municipality hosts,
so whatever key made the digest would sit in every resident's browser, and anyone could make a
"valid" code with it. A keyed digest (HMAC with a municipality key) would only look like proof.
So a code is what it honestly is: the resident's own, unverified input, handled like input
typed at the counter and never trusted more:

- the decode is bounded: at most :data:`MAX_CODE_LENGTH` characters (one QR symbol), at most
  :data:`MAX_BODY_BYTES` once decompressed (a zlib bomb stops there, it is never expanded in
  full), the body through the bounded JSON parser of devices/jsonfile.py (nesting depth, no
  NaN or infinity, no lone surrogates), an object with a known life event and an answers
  object, no control characters in any key or value; every refusal is one bilingual line;
- the staff screen says that the answers are the resident's own (「事前申請コードの内容は住民の
  自己申告です。確認してください」) and puts each answer through the same checks as a typed one
  (kiosk/preapp/answers.py: unknown questions, wrong types, over-long values refused, one line
  per problem); nothing from a code is submitted before the clerk has gone over it.

The format stays ``PA1:`` as above, so codes already printed still read.
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

from devices.card.basic4 import FORBIDDEN_CHARS
from devices.jsonfile import JsonFileError, any_string, parse_json

VERSION = 1
PREFIX = f"PA{VERSION}:"
DIGEST_BYTES = 8
MAX_CODE_LENGTH = 3391  # QR version 40, level M, alphanumeric mode
# The largest body a code may expand to. One QR symbol carries ~2.5 KB of compressed bytes;
# answers typed at home compress 2-5 times, so 64 KiB is far beyond any honest code, and
# far below what a crafted one (zlib expands up to ~1000 times) could otherwise claim.
MAX_BODY_BYTES = 64 * 1024
LIFE_EVENTS = ("moving_in", "moving_out", "moving_within", "birth", "death", "certificates",
               "childcare", "long_term_care", "disaster")
CODE_NAME = Path("事前申請コード")  # how the JSON rules name the body in their message
_CODE = re.compile(r"PA(\d{1,3}):(.+)", re.DOTALL)


class PreappError(ValueError):
    """A code that cannot be made or read; the message is one bilingual line."""


def encode(life_event: str, answers: dict[str, Any]) -> str:
    if life_event not in LIFE_EVENTS:
        raise PreappError(f"ライフイベント {life_event!r} はありません / unknown life event "
                          f"{life_event!r} (one of {', '.join(LIFE_EVENTS)})")
    if not isinstance(answers, dict):
        raise PreappError("回答はJSONオブジェクトにしてください / answers must be a JSON object")
    if _has_control_character(answers):  # decode refuses it: do not print such a code
        raise PreappError("回答に制御文字があります / the answers hold a control character")
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
    if len(code) > MAX_CODE_LENGTH + 2:  # a CR LF a scanner may add
        raise PreappError(f"事前申請コードが長すぎます / the pre-application code is longer "
                          f"than one QR code ({MAX_CODE_LENGTH} characters)")
    match = _CODE.fullmatch(code.rstrip("\r\n"))  # a space is a base45 digit
    if match is None:
        raise PreappError("事前申請コードではありません / not a pre-application code")
    if int(match.group(1)) != VERSION:
        raise PreappError(f"この版の事前申請コードは読めません / unsupported pre-application "
                          f"code version {match.group(1)} (this kiosk reads {VERSION})")
    try:
        packed = base45.b45decode(match.group(2))
    except (ValueError, KeyError, binascii.Error):
        raise _damaged() from None
    raw = _inflate(packed[DIGEST_BYTES:])
    if packed[:DIGEST_BYTES] != _digest(raw):
        raise _damaged()
    return _body(raw)


def _inflate(compressed: bytes) -> bytes:
    """The body, never expanded past :data:`MAX_BODY_BYTES` (a zlib bomb stops there)."""
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(compressed, MAX_BODY_BYTES + 1)
    except zlib.error:
        raise _damaged() from None
    if len(raw) > MAX_BODY_BYTES or inflater.unconsumed_tail:
        raise PreappError(f"事前申請コードの内容が大きすぎます / the pre-application code "
                          f"expands past {MAX_BODY_BYTES} bytes")
    if not inflater.eof:
        raise _damaged()  # cut short
    return raw


def _body(raw: bytes) -> tuple[str, dict[str, Any]]:
    """The life event and answers of a body, read like any untrusted JSON input."""
    try:
        data = parse_json(raw.decode("utf-8"), CODE_NAME)
    except UnicodeDecodeError:
        raise _damaged() from None
    except JsonFileError as error:
        raise PreappError(f"事前申請コードの内容が不正です / the pre-application code holds "
                          f"invalid data: {error.one_line()}") from None
    life_event = data.get("e") if isinstance(data, dict) else None
    answers = data.get("a") if isinstance(data, dict) else None
    if not isinstance(life_event, str) or life_event not in LIFE_EVENTS \
            or not isinstance(answers, dict):
        shown = repr(life_event)[:40] if isinstance(life_event, str) else "?"
        raise PreappError(f"ライフイベント {shown} はありません / unknown life event {shown}")
    if _has_control_character(answers):
        raise PreappError("事前申請コードに制御文字があります / the pre-application code "
                          "holds a control character")
    return life_event, answers


def _has_control_character(value: Any) -> bool:
    """Whether a key or string anywhere holds a control or bidi-override character."""
    return any_string(value, lambda text: not FORBIDDEN_CHARS.isdisjoint(text))


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
