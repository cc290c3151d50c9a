"""A local back office for demo mode: a test PKI, `kiosk backoffice serve` on a free loopback
port, and kiosk.toml pointing the kiosk at it, all inside the demo's KIOSK_HOME. The demo's
payables are registered with it the way the 標準準拠システム would (core-01's certificate)."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import httpx
import tomli_w

from devices.fileutil import write_atomically
from kiosk import frozen
from kiosk.pki import init_pki

KIOSK_ID = "kiosk-01"


class DemoBackoffice:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.pki = home / "demo-pki"
        self.database = home / "backoffice.sqlite3"
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 20.0) -> None:
        if not (self.pki / "ca.pem").exists():
            init_pki(self.pki, kiosks=1)
        self.port = _free_port()
        key_file = self.home / "backoffice" / "data.key"
        command = [*_kiosk_command(), "backoffice", "serve", "--db", f"sqlite:///{self.database}",
                   "--pki", str(self.pki), "--port", str(self.port), "--key-file", str(key_file),
                   *([] if key_file.exists() else ["--init-key"])]  # made on the first start
        log = (self.home / "backoffice.log").open("ab")
        self._process = subprocess.Popen(command, stdout=log, stderr=log)  # noqa: S603
        log.close()
        self._wait(timeout_s)
        self._configure()

    def register_payables(self, payables: list[dict[str, Any]]) -> None:
        """PUT /v1/payables as core-01; RuntimeError with the back office's one-line reason."""
        context = ssl.create_default_context(cafile=str(self.pki / "ca.pem"))
        context.load_cert_chain(str(self.pki / "core-01.pem"), str(self.pki / "core-01-key.pem"))
        try:
            with httpx.Client(verify=context, timeout=10) as http:
                response = http.put(f"{self.url}/v1/payables", json={"payables": payables})
        except httpx.TransportError as error:
            raise RuntimeError(f"cannot register the demo payables: {error}") from None
        if response.status_code != 200:
            raise RuntimeError(f"the demo back office refused the payables: "
                               f"HTTP {response.status_code} {response.text[:200]}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def _wait(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(f"the demo back office exited; see {self.home}/backoffice.log")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the demo back office did not start in time")

    def _configure(self) -> None:
        target = self.home / "kiosk.toml"
        raw = tomllib.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
        raw.update(demo=True, kiosk_id=KIOSK_ID)
        raw["backoffice"] = {"url": self.url, "ca": str(self.pki / "ca.pem"),
                             "cert": str(self.pki / f"{KIOSK_ID}.pem"),
                             "key": str(self.pki / f"{KIOSK_ID}-key.pem")}
        write_atomically(target, tomli_w.dumps(raw).encode("utf-8"))


def _kiosk_command() -> list[str]:
    return [sys.executable] if frozen.is_frozen() else [sys.executable, "-m", "kiosk"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
