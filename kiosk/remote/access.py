"""Who may open which branch's remote session.

A branch is named by its kiosk's certificate: ``kiosk-NN`` may open the session ``kiosk-NN``
and no other. Staff certificates (``staff-NN``) may join the branches listed for them in the
access file the back office reads at every join (``remote-access.toml`` beside the PKI by
default), so granting or withdrawing a branch needs no new certificate and no restart::

    [staff]
    staff-01 = ["kiosk-01", "kiosk-02"]
    staff-02 = ["kiosk-03"]

A missing file allows no staff at all; an unreadable or malformed one refuses every staff join
(and says so in the refusal), never allows by mistake.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

BRANCH_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class AccessFileError(ValueError):
    """The access file cannot be read or has the wrong shape (one line, names the file)."""


def read_staff_access(path: Path) -> dict[str, frozenset[str]]:
    if not path.exists():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise AccessFileError(f"{path}: {error}") from None
    staff = raw.get("staff", {})
    if set(raw) - {"staff"} or not isinstance(staff, dict):
        raise AccessFileError(f"{path}: expected only a [staff] table")
    access: dict[str, frozenset[str]] = {}
    for name, branches in staff.items():
        if not isinstance(branches, list) or not all(isinstance(b, str) for b in branches):
            raise AccessFileError(f"{path}: staff.{name} must be a list of branch names")
        access[name] = frozenset(branches)
    return access


def role_for(client: str | None, branch: str, access_file: Path) -> str | None:
    """``"branch"``, ``"staff"`` or None (refused) for this certificate name and branch."""
    if client is None or not BRANCH_ID.fullmatch(branch):
        return None
    if client.startswith("kiosk-"):
        return "branch" if client == branch else None
    if client.startswith("staff-"):
        return "staff" if branch in read_staff_access(access_file).get(client, ()) else None
    return None
