"""The folder printer for demo mode: every job is copied, whole, into a folder."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from devices.fileutil import write_atomically
from devices.printing.port import PrintError, PrintJob

UNSAFE = re.compile(r"[^\w\-]+")


class FolderPrinter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = f"folder:{folder}"
        self._count = 0

    def print_pdf(self, pdf: Path, title: str) -> PrintJob:
        self._count += 1
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.folder / f"{stamp}-{self._count:03d}-{UNSAFE.sub('_', title)[:40]}.pdf"
        try:
            write_atomically(target, pdf.read_bytes())
        except OSError as exc:
            raise PrintError("印刷先のフォルダーに書き込めません",
                             f"cannot write to the print folder: {exc.strerror}") from None
        return PrintJob(self.name, target.stem, str(target))
