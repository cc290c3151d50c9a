"""Field encryption at rest: AES-256-GCM with a per-kiosk key ring in a 0600 file.

A sealed value is ``key id (8 ASCII hex) || nonce (12) || ciphertext+tag``. The associated
data binds it to its record and column, so a sealed 個人番号 cannot be moved to another row
or column unnoticed. Rotation adds a new current key; callers re-encrypt, then retire the old.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from devices.filemode import private_dir

KEY_ID_LEN = 8
NONCE_LEN = 12


class KeyFileError(Exception):
    """The key file is missing, unreadable, too open, or lacks the key a value needs."""


class SealError(KeyFileError):
    """One sealed value cannot be opened (its key is not in the ring, or it was altered).

    The ring itself is fine: the record holding the value is set aside (quarantined), the
    others go on. A ring that cannot be read is a plain KeyFileError: an operator error."""


@dataclass
class KeyRing:
    path: Path
    current: str
    keys: dict[str, bytes] = field(default_factory=dict)
    _stamp: int = 0  # st_mtime_ns of the file as last read or written

    @classmethod
    def load_or_create(cls, path: Path) -> KeyRing:
        if path.exists():
            return cls.load(path)
        return cls.create(path)

    @classmethod
    def create(cls, path: Path) -> KeyRing:
        """A new ring with one key; only an explicit initialisation calls this."""
        if path.exists():
            raise KeyFileError(f"鍵ファイルはすでにあります / the key file already exists: {path}")
        ring = cls(path=path, current="", keys={})
        ring.add_key()
        return ring

    @classmethod
    def load(cls, path: Path) -> KeyRing:
        if not path.exists():
            raise KeyFileError(f"鍵ファイルがありません。バックアップから戻してください / the key "
                               f"file is missing; restore it from the backup: {path}")
        try:
            mode = path.stat().st_mode
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise KeyFileError(f"鍵ファイルの権限が広すぎます (0600 にしてください) / "
                                f"key file must be mode 0600: {path}")
            raw = json.loads(path.read_text(encoding="ascii"))
            keys = {kid: base64.b64decode(value) for kid, value in raw["keys"].items()}
            current = str(raw["current"])
        except KeyFileError:
            raise
        except (OSError, ValueError, KeyError, TypeError):
            raise KeyFileError(f"鍵ファイルを読めません / cannot read the key file: {path}") \
                from None
        if current not in keys or any(len(k) != 32 for k in keys.values()):
            raise KeyFileError(f"鍵ファイルが不正です / invalid key file: {path}")
        return cls(path=path, current=current, keys=keys, _stamp=path.stat().st_mtime_ns)

    def refresh(self) -> None:
        """Reload when another process (``kiosk keys rotate``) changed the file.

        Callers seal inside their write transaction, after calling this, so a rotation that
        re-encrypts under the same database lock never misses a value sealed with an old key.
        """
        try:
            stamp = self.path.stat().st_mtime_ns
        except OSError:
            return
        if stamp != self._stamp:
            fresh = KeyRing.load(self.path)
            self.current, self.keys, self._stamp = fresh.current, fresh.keys, fresh._stamp

    def add_key(self) -> str:
        """Make a fresh key current (older keys stay for decryption) and save the ring."""
        key_id = secrets.token_hex(KEY_ID_LEN // 2)
        before = self.current, dict(self.keys)
        self.keys[key_id] = AESGCM.generate_key(bit_length=256)
        self.current = key_id
        self._save_or_restore(before)
        return key_id

    def retire_all_but_current(self) -> list[str]:
        before = self.current, dict(self.keys)
        retired = [kid for kid in self.keys if kid != self.current]
        for kid in retired:
            del self.keys[kid]
        self._save_or_restore(before)
        return retired

    def _save_or_restore(self, before: tuple[str, dict[str, bytes]]) -> None:
        """Save; when that fails the file is unchanged, so the ring in memory goes back to
        it too (a caller must never seal with a key that is not on disk)."""
        try:
            self.save()
        except KeyFileError:
            self.current, self.keys = before[0], before[1]
            raise

    def save(self) -> None:
        """Write atomically (temp file + rename), created 0600 in a 0700 directory.

        A failed write (a full disk, a read-only home) leaves the old file as it was and is a
        KeyFileError of one line."""
        try:
            self._write()
        except OSError as error:
            reason = "disk full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else \
                (error.strerror or type(error).__name__)
            raise KeyFileError(f"鍵ファイルを書き込めません。記録はすべて読めるままです / cannot "
                               f"write the key file ({reason}); every stored value stays "
                               f"readable: {self.path}") from None

    def _write(self) -> None:
        private_dir(self.path.parent)
        payload = json.dumps({
            "current": self.current,
            "keys": {kid: base64.b64encode(k).decode("ascii") for kid, k in self.keys.items()},
        })
        tmp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            self._stamp = self.path.stat().st_mtime_ns
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def seal(self, plaintext: bytes, context: str) -> bytes:
        nonce = secrets.token_bytes(NONCE_LEN)
        sealed = AESGCM(self.keys[self.current]).encrypt(nonce, plaintext, context.encode())
        return self.current.encode("ascii") + nonce + sealed

    def open(self, blob: bytes, context: str) -> bytes:
        if not isinstance(blob, bytes):  # a damaged row can hold text where a BLOB belongs
            raise SealError("封印された値ではありません / not a sealed value")
        key_id = blob[:KEY_ID_LEN].decode("ascii", errors="replace")
        key = self.keys.get(key_id)
        if key is None:
            self.refresh()
            key = self.keys.get(key_id)
        if key is None:
            raise SealError(f"鍵 {key_id} がありません / key {key_id} is not in {self.path}")
        nonce = blob[KEY_ID_LEN:KEY_ID_LEN + NONCE_LEN]
        try:
            return AESGCM(key).decrypt(nonce, blob[KEY_ID_LEN + NONCE_LEN:], context.encode())
        except (InvalidTag, ValueError):  # ValueError: too short to hold a nonce and a tag
            raise SealError("暗号文が改ざんされています / sealed value failed authentication") \
                from None

    @staticmethod
    def key_id_of(blob: bytes) -> str:
        return blob[:KEY_ID_LEN].decode("ascii", errors="replace")
