"""The CUPS adapter: submits PDFs with `lp` (which honours CUPS_SERVER like every CUPS client)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

from devices.printing.port import PrintError, PrintJob

REQUEST_ID = re.compile(r"request id is (\S+)")


class CupsPrinter:
    def __init__(self, queue: str | None = None, timeout_s: float = 30.0) -> None:
        self.queue = queue
        self.name = queue or "CUPS default"
        self._timeout_s = timeout_s

    def print_pdf(self, pdf: Path, title: str) -> PrintJob:
        lp = shutil.which("lp")
        if lp is None:
            raise PrintError("印刷システム（CUPS）がありません", "CUPS (lp) is not installed")
        command = [lp, "-t", title]
        if self.queue:
            command += ["-d", self.queue]
        command.append(str(pdf))
        try:
            done = subprocess.run(command, capture_output=True, text=True,  # noqa: S603
                                  timeout=self._timeout_s, check=False)
        except subprocess.TimeoutExpired:
            raise PrintError("プリンターが応答しません", "the printer did not answer") from None
        match = REQUEST_ID.search(done.stdout)
        if done.returncode != 0 or match is None:
            detail = (done.stderr.strip().splitlines() or ["?"])[-1]
            raise PrintError("印刷できませんでした", f"printing failed: {detail}")
        return PrintJob(self.name, match.group(1))

    def wait_until_done(self, job: PrintJob, timeout_s: float = 30.0) -> bool:
        """True once CUPS lists the job as completed (used by tests and the print monitor)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            done = subprocess.run(["lpstat", "-W", "completed", "-o"],  # noqa: S607
                                  capture_output=True, text=True, check=False)
            if any(line.split()[:1] == [job.job_id] for line in done.stdout.splitlines()):
                return True
            time.sleep(0.2)
        return False
