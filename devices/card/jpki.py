"""When the resident's e-certificates expire, without any PIN (card-face-and-gaiji.md §5).

The JPKI-AP's EF 000A holds the 利用者証明用電子証明書 as DER X.509 and is free to read. Its
``notAfter`` is when both e-certificates expire. The validity sits near the start, so only the
first chunk or two are read and the certificate is walked just far enough: a bounded DER walk
of tbsCertificate (version, serial, algorithm, issuer, validity). A full X.509 parser needs
the whole 1.5–2 KB and would cost five more READ BINARY.
"""

from __future__ import annotations

import datetime as dt

from devices.card import apdu
from devices.card.apdu import Sw
from devices.card.errors import CardProtocolError
from devices.card.transport import ApduChannel

JPKI_AID = bytes.fromhex("D392F000260100000001")
EF_USER_AUTH_CERTIFICATE = 0x000A
CHUNK = 256
# The validity follows the issuer name; two chunks hold it on every card seen. Four is the
# bound past which the file is not a certificate this walk should keep reading.
MAX_CHUNKS = 4
JAPAN = dt.timezone(dt.timedelta(hours=9), "JST")
SEQUENCE, INTEGER, CONTEXT_0, UTC_TIME, GENERALIZED_TIME = 0x30, 0x02, 0xA0, 0x17, 0x18


class CertificateError(CardProtocolError):
    message_ja = "電子証明書を読み取れませんでした"
    message_en = "the e-certificate could not be read"


class _NeedMoreError(Exception):
    """The walk reached the end of the bytes read so far."""


def read_certificate_expiry(channel: ApduChannel) -> dt.date | None:
    """notAfter of the user-authentication certificate as a date in Japan time; None when the
    card has no JPKI-AP or no certificate. Raises CertificateError when it does not parse.
    Selecting the JPKI-AP ends the text AP's security status: read the text AP first."""
    if channel.send(apdu.select_df(JPKI_AID)).sw == Sw.FILE_NOT_FOUND:
        return None
    selected = channel.send(apdu.select_ef(EF_USER_AUTH_CERTIFICATE))
    if selected.sw == Sw.FILE_NOT_FOUND:
        return None
    if not selected.ok:
        raise CertificateError(f"SELECT EF000A SW {selected.sw:04X}")
    data = b""
    for _ in range(MAX_CHUNKS):
        answer = channel.send(apdu.read_binary(len(data), 0))
        if not answer.ok or not answer.data:
            raise CertificateError(f"READ BINARY SW {answer.sw:04X}")
        data += answer.data
        try:
            return not_after(data).astimezone(JAPAN).date()
        except _NeedMoreError:
            continue
    raise CertificateError(f"no validity in the first {MAX_CHUNKS * CHUNK} bytes")


def not_after(prefix: bytes) -> dt.datetime:
    """notAfter from the first bytes of a DER certificate. Raises _NeedMoreError when ``prefix``
    ends before it, CertificateError when the bytes are not a certificate."""
    pos = _enter(prefix, 0, SEQUENCE)  # Certificate
    pos = _enter(prefix, pos, SEQUENCE)  # tbsCertificate
    if _peek(prefix, pos) == CONTEXT_0:  # [0] version, absent for v1
        pos = _skip(prefix, pos, CONTEXT_0)
    pos = _skip(prefix, pos, INTEGER)  # serialNumber
    pos = _skip(prefix, pos, SEQUENCE)  # signature AlgorithmIdentifier
    pos = _skip(prefix, pos, SEQUENCE)  # issuer Name
    pos = _enter(prefix, pos, SEQUENCE)  # validity
    pos = _skip(prefix, pos, UTC_TIME, GENERALIZED_TIME)  # notBefore
    tag, start, end = _element(prefix, pos, UTC_TIME, GENERALIZED_TIME)
    return _time(tag, prefix[start:end])


def _peek(buf: bytes, pos: int) -> int:
    if pos >= len(buf):
        raise _NeedMoreError()
    return buf[pos]


def _header(buf: bytes, pos: int, *tags: int) -> tuple[int, int, int]:
    """(tag, value start, value length) of the DER element at ``pos``."""
    tag = _peek(buf, pos)
    if tag not in tags:
        raise CertificateError(f"unexpected DER tag {tag:02X}")
    first = _peek(buf, pos + 1)
    if first < 0x80:
        return tag, pos + 2, first
    count = first & 0x7F
    if count == 0 or count > 3:
        raise CertificateError("unsupported DER length")
    if pos + 2 + count > len(buf):
        raise _NeedMoreError()
    length = int.from_bytes(buf[pos + 2 : pos + 2 + count], "big")
    return tag, pos + 2 + count, length


def _enter(buf: bytes, pos: int, tag: int) -> int:
    return _header(buf, pos, tag)[1]


def _element(buf: bytes, pos: int, *tags: int) -> tuple[int, int, int]:
    tag, start, length = _header(buf, pos, *tags)
    if start + length > len(buf):
        raise _NeedMoreError()
    return tag, start, start + length


def _skip(buf: bytes, pos: int, *tags: int) -> int:
    return _element(buf, pos, *tags)[2]


def _time(tag: int, value: bytes) -> dt.datetime:
    """UTCTime ``YYMMDDHHMMSSZ`` (YY < 50 → 20YY, RFC 5280) or GeneralizedTime, in UTC."""
    try:
        text = value.decode("ascii")
        if tag == UTC_TIME:
            year = int(text[:2])
            text = f"{2000 + year if year < 50 else 1900 + year}{text[2:]}"
        parsed = dt.datetime.strptime(text, "%Y%m%d%H%M%SZ")
    except (UnicodeDecodeError, ValueError):
        raise CertificateError("notAfter is not a DER time") from None
    return parsed.replace(tzinfo=dt.UTC)
