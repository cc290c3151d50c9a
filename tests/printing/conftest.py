"""A private cupsd with a cups-pdf queue, started and stopped by the tests
(docs/reference/stack-notes.md §7)."""

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

QUEUE = "KioskPDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


@pytest.fixture(scope="session")
def cups():
    # Not under pytest's basetemp (mode 0700): the filters run as user lp and must reach TempDir.
    root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
    root.chmod(0o755)
    for sub in ("cache", "state", "spool", "log", "tmp", "conf"):
        (root / sub).mkdir()
    (root / "tmp").chmod(0o1777)  # the filters run as lp and must write here
    (root / "spool").chmod(0o1777)
    sock = root / "cups.sock"
    (root / "conf" / "cupsd.conf").write_text(
        f"Listen {sock}\nBrowsing No\nWebInterface No\nLogLevel warn\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n")
    (root / "conf" / "cups-files.conf").write_text(
        f"ServerRoot {root / 'conf'}\nRequestRoot {root / 'spool'}\nCacheDir {root / 'cache'}\n"
        f"StateDir {root / 'state'}\nTempDir {root / 'tmp'}\n"
        f"ErrorLog {root / 'log' / 'error_log'}\n"
        f"AccessLog {root / 'log' / 'access_log'}\nPageLog {root / 'log' / 'page_log'}\n"
        "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\n")
    process = subprocess.Popen(["cupsd", "-f", "-c", str(root / "conf" / "cupsd.conf"),
                                "-s", str(root / "conf" / "cups-files.conf")])
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    deadline = time.monotonic() + 10
    while not sock.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", PPD], env=env,
                   check=True, capture_output=True)
    os.environ["CUPS_SERVER"] = str(sock)
    yield env
    os.environ.pop("CUPS_SERVER", None)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)
    shutil.rmtree(root, ignore_errors=True)


def cups_pdf_output(title: str, timeout_s: float = 30) -> Path:
    """cups-pdf writes ${HOME}/PDF/<title>*.pdf of the submitting user."""
    folder = Path.home() / "PDF"
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = sorted(folder.glob(f"{title}*.pdf")) if folder.exists() else []
        if found and found[-1].stat().st_size > 0:
            time.sleep(0.2)  # let cups-pdf finish writing
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no cups-pdf output for {title} in {folder}")
