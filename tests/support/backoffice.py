"""Starting the real back office (``kiosk backoffice serve``) and configuring test kiosks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import tomli_w

from tests.support.net import client_context, free_port

__all__ = ["KIOSK", "Backoffice", "client_context", "configure_kiosk", "free_port",
           "run_kiosk"]

KIOSK = str(Path(sys.executable).with_name("kiosk"))
START_S = 120.0  # start-up imports take 15 s and more on a loaded 2-core machine


def run_kiosk(env: dict[str, str], *args: str, timeout: float = 120,
              stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KIOSK, *args], env=env, capture_output=True, text=True,
                          timeout=timeout, input=stdin, check=False)


@dataclass
class Backoffice:
    """One back-office process on a free loopback port, restartable (same db, same key)."""

    db_url: str
    pki: Path
    home: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "KIOSK_HOME": str(self.home)}

    @property
    def key_file(self) -> Path:
        return self.home / "backoffice" / "data.key"

    @property
    def log_file(self) -> Path:
        """The server's stderr, beside its home: a pipe nobody reads while the server runs
        would stop it at its first 64 KiB of warnings."""
        return self.home.with_name(self.home.name + ".stderr.log")

    def start(self) -> None:
        # The data key is made on the first start only (--init-key); a restart reuses it.
        first = [] if self.key_file.exists() else ["--init-key"]
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as log:
            self.process = subprocess.Popen(
                [KIOSK, "backoffice", "serve", "--db", self.db_url, "--pki", str(self.pki),
                 "--port", str(self.port), *first], env=self.env, stdout=subprocess.DEVNULL,
                stderr=log)
        deadline = time.monotonic() + START_S
        with httpx.Client(verify=client_context(self.pki, "core-01"), timeout=2) as http:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    self.process = None
                    raise RuntimeError(f"back office exited: {self._log_tail()}")
                try:
                    if http.get(f"{self.url}/healthz").status_code == 200:
                        return
                except httpx.TransportError:
                    time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"back office did not come up in {START_S:.0f} s: {self._log_tail()}")

    def _log_tail(self) -> str:
        return self.log_file.read_bytes()[-2000:].decode(errors="replace")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.process = None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_kiosk(self.env, "backoffice", *args, "--db", self.db_url)

    def stats(self) -> dict[str, int]:
        import json
        result = self.cli("stats", "--json")
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    def core_get(self, path: str) -> httpx.Response:
        with httpx.Client(verify=client_context(self.pki, "core-01"), timeout=30) as http:
            return http.get(f"{self.url}{path}")


def configure_kiosk(home: Path, url: str, pki: Path, kiosk_id: str = "kiosk-01",
                    **outbox: Any) -> dict[str, str]:
    """``kiosk init`` for real, then the [outbox] knobs a test needs."""
    env = {**os.environ, "KIOSK_HOME": str(home)}
    result = run_kiosk(env, "init", "--backoffice", url, "--pki", str(pki),
                       "--kiosk-id", kiosk_id)
    assert result.returncode == 0, result.stderr
    set_outbox_options(home, **outbox)
    return env


def set_outbox_options(home: Path, **outbox: Any) -> None:
    path = home / "kiosk.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    raw.setdefault("outbox", {}).update(outbox)
    path.write_text(tomli_w.dumps(raw), encoding="utf-8")
