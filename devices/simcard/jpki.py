"""The simulated JPKI-AP: EF 000A, the 利用者証明用電子証明書, free to read.

A test certificate (issued by the simulator's test issuer key, never a J-LIS one) whose
notAfter is the persona's ``certificate_expiry`` at the end of that day, Japan time.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from devices.card.jpki import JAPAN
from devices.simcard import keys
from devices.simcard.persona import Persona

VALIDITY_YEARS = 5  # a JPKI certificate is issued for five years (to the 5th birthday)


def user_auth_certificate(persona: Persona, subject_key: rsa.RSAPublicKey) -> bytes:
    not_after = dt.datetime.combine(persona.certificate_expiry, dt.time(23, 59, 59), JAPAN)
    issued = persona.certificate_expiry.replace(
        year=persona.certificate_expiry.year - VALIDITY_YEARS, month=1, day=1)
    issuer = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "JPKI TEST (simulated card)"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "JPKI for user authentication"),
    ])
    # The user-authentication certificate carries no name or address: only a serial.
    serial = int.from_bytes(hashlib.sha256(persona.my_number.encode()).digest()[:8], "big") | 1
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "JP")]))
        .issuer_name(issuer)
        .public_key(subject_key)
        .serial_number(serial)
        .not_valid_before(dt.datetime.combine(issued, dt.time(0, 0), JAPAN))
        .not_valid_after(not_after)
        .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                     False), critical=True)
        .sign(keys.test_issuer_key(), hashes.SHA256())
    )
    return certificate.public_bytes(Encoding.DER)
