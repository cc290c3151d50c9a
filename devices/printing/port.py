"""The printer port the kiosk prints through: a job, its error, the Printer protocol.

Two adapters implement it beside this module: CUPS (real printers, through `lp`) and a folder
printer (demo mode: each job becomes a PDF file in a folder). kiosk.hardware picks one.
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
