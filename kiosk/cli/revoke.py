"""``kiosk backoffice revoke`` and the revocation options of ``kiosk backoffice serve``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kiosk.cli.errors import Exit, fail

if TYPE_CHECKING:
    from kiosk.backoffice.revocation import Revocation

CRL_HELP = ("The CA's revocation list (default DIR/crl.pem, read when it exists or appears); "
            "re-read when it changes.")
DENY_HELP = ("A deny list: one certificate serial or name per line (# comments); re-read "
             "when it changes.")


def load_revocation(pki_dir: Path, crl: Path | None, deny_list: Path | None) -> Revocation:
    """The list ``serve`` enforces, read once; one line and no server when it is unusable."""
    from kiosk.backoffice.revocation import Revocation, RevocationSourceError
    from kiosk.crl import CRL_FILE

    for given in (crl, deny_list):
        if given is not None and not given.is_file():
            fail(f"失効リストがありません / no such revocation list: {given}", Exit.USAGE)
    revocation = Revocation(pki_dir / "ca.pem", crl or pki_dir / CRL_FILE, deny_list)
    try:
        revocation.load()
    except RevocationSourceError as error:
        fail(f"失効リストを使えません / cannot use the revocation list: {error}",
             Exit.BACKOFFICE)
    return revocation


@click.command()
@click.option("--pki", "pki_dir", required=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="The PKI directory: its CA signs DIR/crl.pem.")
@click.argument("certificate", metavar="SERIAL|NAME")
def revoke(pki_dir: Path, certificate: str) -> None:
    """失効 / revoke a certificate (serial in decimal or hex, or a name like kiosk-03): the CA
    reissues DIR/crl.pem, which a running back office picks up within seconds."""
    from kiosk.crl import CRL_FILE, RevocationError, resolve
    from kiosk.crl import revoke as add_to_crl

    try:
        targets = resolve(pki_dir, certificate)
        listed = add_to_crl(pki_dir, targets)
    except RevocationError as error:
        fail(f"失効できません / cannot revoke: {error}", Exit.USAGE)
    except OSError as error:
        fail(f"失効リストを書けません / cannot write {pki_dir / CRL_FILE}: "
             f"{error.strerror or error}", Exit.BACKOFFICE)
    what = ", ".join(f"{target.name} (serial {target.serial:X})" if target.name
                     else f"serial {target.serial:X}" for target in targets)
    unknown = "" if all(target.name for target in targets) else \
        f"; no certificate in {pki_dir} has this serial"
    click.echo(f"revoked {what}{unknown}; {pki_dir / CRL_FILE} now revokes {listed} "
               f"certificate(s)")
