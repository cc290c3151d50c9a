"""Revocation in the test PKI: ``crl.pem`` beside ``ca.pem``, a CRL signed by the CA.

``kiosk backoffice init-pki`` writes an empty CRL; ``kiosk backoffice revoke`` reissues it with
one more serial (all or nothing: the new CRL is built, signed and renamed into place, so a
failure leaves the previous one). The back office reads it (kiosk/backoffice/revocation.py).
A municipality's own CA issues its own CRL; the back office reads that the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.x509.oid import NameOID

from devices.fileutil import write_atomically

CRL_FILE = "crl.pem"
# The test CA's CRL is valid as long as its certificates: an expired CRL makes OpenSSL refuse
# every client, and a demo must not stop working because nobody re-signed it for a week.
CRL_VALIDITY = dt.timedelta(days=825)
SIGNING_KEYS = (ec.EllipticCurvePublicKey, rsa.RSAPublicKey, dsa.DSAPublicKey,
                ed25519.Ed25519PublicKey, ed448.Ed448PublicKey)
_HEX = re.compile(r"(0x)?[0-9a-f]+", re.IGNORECASE)


class RevocationError(Exception):
    """One line for the operator: the PKI or the argument cannot be used."""


@dataclass(frozen=True)
class Target:
    """A certificate to revoke: its serial and, when known, its common name."""

    serial: int
    name: str | None


def write_crl(directory: Path, ca_cert: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey,
              revoked: dict[int, dt.datetime], previous: x509.CertificateRevocationList | None
              = None) -> Path:
    """Sign and write ``crl.pem`` listing ``revoked`` (serial → revocation time)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    number = 1
    if previous is not None:
        # OpenSSL keeps the CRL with the latest thisUpdate among those it was given, so a
        # reissue within the same second must still be later than the one before.
        now = max(now, previous.last_update_utc + dt.timedelta(seconds=1))
        number = _crl_number(previous) + 1
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca_cert.subject)
               .last_update(now).next_update(now + CRL_VALIDITY)
               .add_extension(x509.CRLNumber(number), critical=False))
    for serial, when in sorted(revoked.items()):
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build())
    crl = builder.sign(ca_key, hashes.SHA256())
    path = directory / CRL_FILE
    write_atomically(path, crl.public_bytes(serialization.Encoding.PEM))
    path.chmod(0o644)
    return path


def _crl_number(crl: x509.CertificateRevocationList) -> int:
    try:
        return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except x509.ExtensionNotFound:
        return 0


def revoke(directory: Path, targets: list[Target]) -> int:
    """Add ``targets`` to the PKI's CRL (creating it if the PKI has none); returns how many
    certificates the CRL lists now."""
    ca_cert, ca_key = _load_ca(directory)
    previous = read_own_crl(directory, ca_cert)
    revoked = {} if previous is None else {entry.serial_number: entry.revocation_date_utc
                                           for entry in previous}
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for target in targets:
        revoked.setdefault(target.serial, now)
    write_crl(directory, ca_cert, ca_key, revoked, previous)
    return len(revoked)


def read_own_crl(directory: Path, ca_cert: x509.Certificate
                 ) -> x509.CertificateRevocationList | None:
    path = directory / CRL_FILE
    if not path.exists():
        return None
    try:
        crl = x509.load_pem_x509_crl(path.read_bytes())
    except (OSError, ValueError):
        raise RevocationError(f"{path} is not a readable CRL") from None
    if not signed_by(crl, ca_cert):
        raise RevocationError(f"{path} is not signed by this PKI's CA")
    return crl


def signed_by(crl: x509.CertificateRevocationList, ca_cert: x509.Certificate) -> bool:
    """Whether ``ca_cert`` issued and signed ``crl`` (any key type a CA may sign with)."""
    public_key = ca_cert.public_key()
    if crl.issuer != ca_cert.subject or not isinstance(public_key, SIGNING_KEYS):
        return False
    try:
        return crl.is_signature_valid(public_key)
    except (InvalidSignature, TypeError, ValueError):
        return False


def _load_ca(directory: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    try:
        cert = x509.load_pem_x509_certificate((directory / "ca.pem").read_bytes())
        key = serialization.load_pem_private_key((directory / "ca-key.pem").read_bytes(), None)
    except (OSError, ValueError, TypeError):
        raise RevocationError(f"no usable CA (ca.pem, ca-key.pem) in {directory}") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise RevocationError(f"the CA key in {directory} is not an EC key")
    return cert, key


def resolve(directory: Path, argument: str) -> list[Target]:
    """The certificates ``argument`` names: a serial (decimal, or hex as ``openssl x509
    -serial`` prints it, with or without ``0x`` and colons) or a certificate's common name.
    A serial need not belong to a certificate in ``directory``; a name must."""
    issued = issued_certificates(directory)
    text = argument.strip()
    named = [Target(serial, name) for serial, name in issued.items() if name == argument]
    if named:
        return named
    readings = serial_readings(text)
    for serial in readings:
        if serial in issued:
            return [Target(serial, issued[serial])]
    if not readings:
        raise RevocationError(f"no certificate named {argument!r} in {directory}")
    return [Target(readings[0], None)]


def serial_readings(text: str) -> list[int]:
    """What ``text`` may mean as a serial, decimal first, then hex; empty when it is none (a
    bare word needs a digit to be read as hex, so a name like ``face`` stays a name)."""
    if ":" in text:  # openssl's aa:bb:cc form is always hex
        text = "0x" + text.replace(":", "")
    prefixed = text.lower().startswith("0x")
    if not _HEX.fullmatch(text) or not (prefixed or any(char.isdigit() for char in text)):
        return []
    readings = [int(text)] if text.isdigit() else []
    readings.append(int(text, 16))
    return [serial for serial in readings if serial > 0]


def issued_certificates(directory: Path) -> dict[int, str]:
    """Serial → common name of the certificates in ``directory`` (not the CA's own)."""
    found: dict[int, str] = {}
    for path in sorted(directory.glob("*.pem")):
        if path.name in ("ca.pem", CRL_FILE) or path.name.endswith("-key.pem"):
            continue
        try:
            cert = x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError):
            continue  # not a certificate: nothing of it can be revoked
        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        found[cert.serial_number] = str(names[0].value) if names else path.stem
    return found
