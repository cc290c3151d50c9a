"""Staff accounts for the counter application: id, name, role (clerk or supervisor) and a
scrypt password hash, in ``$KIOSK_HOME/staff.toml``. Demo mode seeds two demo accounts."""

from __future__ import annotations

import hashlib
import hmac
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from devices.fileutil import write_atomically

ROLES = ("clerk", "supervisor")
DEMO_ACCOUNTS = (("clerk01", "窓口 花子", "clerk"), ("super01", "管理 太郎", "supervisor"))
DEMO_PASSWORD = "demo1234"  # noqa: S105 (demo mode only, documented in the README)


class StaffError(ValueError):
    """A bad staff file or account; one line."""


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def _verify(password: str, stored: str) -> bool:
    try:
        scheme, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hash_password(password, bytes.fromhex(salt)).split("$")[2]
    return hmac.compare_digest(candidate, digest)


class StaffDirectory:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._accounts: dict[str, tuple[StaffMember, str]] = {}
        if path.exists():
            self._load()

    def login(self, staff_id: str, password: str) -> StaffMember | None:
        entry = self._accounts.get(staff_id)
        if entry is None or not _verify(password, entry[1]):
            return None
        return entry[0]

    def add(self, staff_id: str, name: str, role: str, password: str) -> StaffMember:
        if role not in ROLES:
            raise StaffError(f"role must be one of {', '.join(ROLES)}")
        if not staff_id.isascii() or not staff_id.isalnum():
            raise StaffError("staff id must be ASCII letters and digits")
        if len(password) < 8:
            raise StaffError("パスワードは8文字以上にしてください / at least 8 characters")
        member = StaffMember(staff_id, name, role)
        self._accounts[staff_id] = (member, hash_password(password))
        self._save()
        return member

    def seed_demo(self) -> None:
        for staff_id, name, role in DEMO_ACCOUNTS:
            if staff_id not in self._accounts:
                self.add(staff_id, name, role, DEMO_PASSWORD)

    def _load(self) -> None:
        try:
            raw = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise StaffError(f"{self.path}: {exc}") from None
        for entry in raw.get("staff", []):
            try:
                member = StaffMember(str(entry["id"]), str(entry["name"]), str(entry["role"]))
                self._accounts[member.id] = (member, str(entry["password"]))
            except KeyError as exc:
                raise StaffError(f"{self.path}: staff entry without {exc.args[0]}") from None

    def _save(self) -> None:
        lines = []
        for member, hashed in self._accounts.values():
            lines.append(f'[[staff]]\nid = "{member.id}"\nname = "{member.name}"\n'
                         f'role = "{member.role}"\npassword = "{hashed}"\n')
        write_atomically(self.path, "\n".join(lines).encode("utf-8"))
        self.path.chmod(0o600)
