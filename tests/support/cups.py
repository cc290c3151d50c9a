"""A private cupsd with a cups-pdf queue, started and stopped by the tests
(docs/reference/stack-notes.md §7).

cups-pdf reads its configuration from /etc/cups only and by default writes ``~/PDF`` of the
submitting user. So cupsd runs in a mount namespace of its own in which a private
cups-pdf.conf is bind-mounted over /etc/cups/cups-pdf.conf: the backend (a child of that
cupsd) writes into the fixture's own folder, and nothing outside it changes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.stacks import unavailable

QUEUE = "KioskPDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
SYSTEM_CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
OUTPUT_ENV = "KIOSK_TEST_CUPS_PDF_OUT"


def _write_config(root: Path, sock: Path) -> None:
    (root / "conf" / "cupsd.conf").write_text(
        f"Listen {sock}\nBrowsing No\nWebInterface No\nLogLevel warn\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n")
    (root / "conf" / "cups-files.conf").write_text(
        f"ServerRoot {root / 'conf'}\nRequestRoot {root / 'spool'}\nCacheDir {root / 'cache'}\n"
        f"StateDir {root / 'state'}\nTempDir {root / 'tmp'}\n"
        f"ErrorLog {root / 'log' / 'error_log'}\n"
        f"AccessLog {root / 'log' / 'access_log'}\nPageLog {root / 'log' / 'page_log'}\n"
        "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\n")
    # Out: one folder for every user (the job runs as the submitting user, root here).
    (root / "conf" / "cups-pdf.conf").write_text(
        f"Out {root / 'pdf'}\nAnonDirName {root / 'pdf'}\nGrp lpadmin\nDecodeHexStrings 1\n")


def _start_cupsd(root: Path) -> subprocess.Popen[bytes]:
    for tool in ("cupsd", "lpadmin", "unshare", "mount"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            unavailable("cupsd", f"{tool} is not installed (scripts/setup installs cups)")
    if not SYSTEM_CUPS_PDF_CONF.exists():
        unavailable("cupsd", "cups-pdf is not installed (printer-driver-cups-pdf)")
    if os.geteuid() != 0:
        unavailable("cupsd", "a private cups-pdf.conf needs a mount namespace (root)")
    conf = root / "conf"
    script = (f'mount --bind "{conf / "cups-pdf.conf"}" {SYSTEM_CUPS_PDF_CONF} && '
              f'exec cupsd -f -c "{conf / "cupsd.conf"}" -s "{conf / "cups-files.conf"}"')
    return subprocess.Popen(["unshare", "--mount", "--propagation", "private",
                             "sh", "-c", script])


@pytest.fixture(scope="session")
def cups() -> Iterator[dict[str, str]]:
    # Not under pytest's basetemp (mode 0700): the filters run as user lp and must reach
    # TempDir. The folder is removed at the end of the session.
    root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
    root.chmod(0o755)
    for sub in ("cache", "state", "spool", "log", "tmp", "conf", "pdf"):
        (root / sub).mkdir()
    (root / "tmp").chmod(0o1777)  # the filters run as lp and must write here
    (root / "spool").chmod(0o1777)
    sock = root / "cups.sock"
    _write_config(root, sock)
    try:
        process = _start_cupsd(root)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    deadline = time.monotonic() + 10
    while not sock.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", PPD], env=env,
                   check=True, capture_output=True)
    os.environ["CUPS_SERVER"] = str(sock)
    os.environ[OUTPUT_ENV] = str(root / "pdf")
    yield env
    os.environ.pop("CUPS_SERVER", None)
    os.environ.pop(OUTPUT_ENV, None)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)
    shutil.rmtree(root, ignore_errors=True)


def cups_pdf_output(title: str, timeout_s: float = 30) -> Path:
    """The PDF cups-pdf wrote for the job ``title`` (<title>*.pdf in the private folder)."""
    folder = Path(os.environ[OUTPUT_ENV])
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = sorted(folder.glob(f"{title}*.pdf")) if folder.exists() else []
        if found and found[-1].stat().st_size > 0:
            time.sleep(0.2)  # let cups-pdf finish writing
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no cups-pdf output for {title} in {folder}")
