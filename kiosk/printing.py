"""The printer interface the kiosk prints through, and how to pick one.

Two implementations live in devices/: CUPS (real printers, through `lp`) and a folder
printer (demo mode: each job becomes a PDF file in a folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class PrintError(Exception):
    """A print job could not be submitted; one line, Japanese and English."""

    def __init__(self, message_ja: str, message_en: str) -> None:
        super().__init__(f"{message_ja} / {message_en}")


@dataclass(frozen=True)
class PrintJob:
    printer: str
    job_id: str
    location: str = ""  # where the output went, for the folder printer


class Printer(Protocol):
    name: str

    def print_pdf(self, pdf: Path, title: str) -> PrintJob:
        """Submit ``pdf``; raises PrintError. Blocking: call it off the GUI thread."""
        ...


def choose_printer(queue: str | None, *, demo: bool, home: Path) -> Printer:
    """``queue`` names a CUPS queue; otherwise demo mode prints to a folder, else CUPS default."""
    if queue is None and demo:
        from devices.printer_folder import FolderPrinter

        return FolderPrinter(home / "printed")
    from devices.printer_cups import CupsPrinter

    return CupsPrinter(queue)
