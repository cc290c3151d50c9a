"""A private PC/SC stack for demo mode and tests: pcscd with a vpcd reader of its own.

pcscd 1.9.9 has its socket path (/run/pcscd/pcscd.comm) compiled in, and refuses to start
when another pcscd owns it. So pcscd runs in a private mount namespace that binds a
temporary folder over /run/pcscd, and clients point PCSCLITE_CSOCK_NAME at the socket in
that folder (pcsc-lite reads it at the first PC/SC call). Nothing machine-wide changes.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import BinaryIO

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
READER_NAME = "Virtual PCD 00 00"  # the first of the two slots a vpcd entry creates
_NAMESPACE_SCRIPT = 'mkdir -p /run/pcscd && mount --bind "$1" /run/pcscd && exec pcscd -f -c "$2"'


class StackError(RuntimeError):
    """The private stack could not start; the message says what is missing."""


def free_port_pair() -> int:
    """A port P with P and P+1 free on every interface (vpcd binds 0.0.0.0, two slots)."""
    for _ in range(200):
        port = random.randrange(36000, 46000, 2)  # noqa: S311 (not security relevant)
        if _bindable(port) and _bindable(port + 1):
            return port
    raise StackError("no free TCP port pair for vpcd")


class PcscStack:
    def __init__(self, workdir: Path | None = None, port: int | None = None) -> None:
        self._own_workdir = workdir is None
        self.workdir = Path(tempfile.mkdtemp(prefix="kiosk-pcsc-")) if workdir is None else workdir
        self.port = port or free_port_pair()
        self._process: subprocess.Popen[bytes] | None = None
        self._log: BinaryIO | None = None

    @property
    def socket_path(self) -> Path:
        return self.workdir / "run" / "pcscd.comm"

    @property
    def env(self) -> dict[str, str]:
        return {"PCSCLITE_CSOCK_NAME": str(self.socket_path)}

    def start(self, timeout_s: float = 10.0) -> None:
        _require_tools()
        run_dir, conf_dir = self.workdir / "run", self.workdir / "conf"
        run_dir.mkdir(parents=True, exist_ok=True)
        conf_dir.mkdir(parents=True, exist_ok=True)
        (conf_dir / "vpcd").write_text(
            f'FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:{self.port}\n'
            f"LIBPATH {VPCD_DRIVER}\nCHANNELID {self.port}\n"
        )
        command = [*_privilege_prefix(), "unshare", "--mount", "--propagation", "private"]
        command += ["sh", "-c", _NAMESPACE_SCRIPT, "sh", str(run_dir), str(conf_dir)]
        self._log = (self.workdir / "pcscd.log").open("ab")
        self._process = subprocess.Popen(command, stdout=self._log, stderr=self._log)  # noqa: S603
        self._wait_ready(timeout_s)

    def stop(self) -> None:
        process, self._process = self._process, None
        if self._log is not None:
            self._log.close()
            self._log = None
        if process is None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self.socket_path.unlink(missing_ok=True)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                tail = (self.workdir / "pcscd.log").read_text(errors="replace")[-400:]
                raise StackError(f"pcscd exited at start: {tail.strip()}")
            if self.socket_path.exists() and _vpcd_listening(self.port):
                return
            time.sleep(0.02)
        self.stop()
        raise StackError("pcscd did not become ready in time")


def _require_tools() -> None:
    for tool in ("pcscd", "unshare"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            raise StackError(f"{tool} is not installed (run scripts/setup)")
    if not VPCD_DRIVER.exists():
        raise StackError("vsmartcard-vpcd is not installed (run scripts/setup)")


def _privilege_prefix() -> list[str]:
    """How to get a mount namespace: as root, in a user namespace, or through sudo.

    Ubuntu 24.04 forbids unprivileged user namespaces by default (AppArmor); there the
    sudo credentials that scripts/setup just used for apt are reused.
    """
    if os.geteuid() == 0:
        return []
    probe = ["unshare", "--map-root-user", "--mount", "true"]
    if subprocess.run(probe, capture_output=True, check=False).returncode == 0:  # noqa: S603
        return ["unshare", "--map-root-user"]
    if subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode == 0:  # noqa: S607
        return ["sudo", "-n"]
    raise StackError("a private pcscd needs root, user namespaces or sudo")


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("0.0.0.0", port))  # noqa: S104 (vpcd binds every interface)
        except OSError:
            return False
    return True


def _vpcd_listening(port: int) -> bool:
    return not _bindable(port)
