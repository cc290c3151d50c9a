"""A test PKI for mutual TLS between kiosks and the back office (``cryptography.x509``).

``init_pki(dir)`` writes ``ca.pem`` (+ ``ca-key.pem``), ``server.pem``/``server-key.pem`` for
127.0.0.1 and localhost, ``kiosk-NN.pem``/``kiosk-NN-key.pem`` client certificates, and
``core-01.pem`` for the core system (標準準拠システム) that pulls submissions, and on request
``staff-NN.pem`` for main-office specialists of the remote window (which branches each may
serve is not in the certificate but in the back office's access file, kiosk/remote/access.py,
so it can change without reissuing). Keys are P-256,
written 0600. ``crl.pem`` is the CA's (empty) revocation list, which ``kiosk backoffice
revoke`` reissues (kiosk/crl.py). A municipality would use its own CA; this one is for tests,
demos and trials.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kiosk.crl import write_crl

VALIDITY = dt.timedelta(days=825)


@dataclass(frozen=True)
class Issuer:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def init_pki(directory: Path, kiosks: int = 10, ca_name: str = "Kiosk Test CA",
             staff: int = 0) -> list[Path]:
    """Create the CA, the server certificate and the client certificates; returns the files."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = _make_ca(ca_name)
    written = [_write_cert(directory / "ca.pem", ca.cert),
               _write_key(directory / "ca-key.pem", ca.key),
               write_crl(directory, ca.cert, ca.key, {})]
    written += _issue(directory, "server", ca, server=True)
    for number in range(1, kiosks + 1):
        written += _issue(directory, f"kiosk-{number:02d}", ca, server=False)
    written += _issue(directory, "core-01", ca, server=False)
    for number in range(1, staff + 1):
        written += _issue(directory, f"staff-{number:02d}", ca, server=False)
    return written


def client_name(path: Path) -> str:
    cert = x509.load_pem_x509_certificate(path.read_bytes())
    return str(cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kiosk test PKI"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _make_ca(common: str) -> Issuer:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(common)).issuer_name(_name(common))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + VALIDITY)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
    return Issuer(cert, key)


def _issue(directory: Path, common: str, ca: Issuer, *, server: bool) -> list[Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (x509.CertificateBuilder().subject_name(_name(common))
               .issuer_name(ca.cert.subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + VALIDITY)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.ExtendedKeyUsage([usage]), critical=False))
    if server:
        builder = builder.add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
    cert = builder.sign(ca.key, hashes.SHA256())
    return [_write_cert(directory / f"{common}.pem", cert),
            _write_key(directory / f"{common}-key.pem", key)]


def _write_cert(path: Path, cert: x509.Certificate) -> Path:
    _atomic_write(path, cert.public_bytes(serialization.Encoding.PEM), 0o644)
    return path


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> Path:
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    _atomic_write(path, pem, 0o600)
    return path


def _atomic_write(path: Path, data: bytes, mode: int) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)
