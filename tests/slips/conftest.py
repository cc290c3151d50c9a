"""Slips rendered to real PDFs, rasterised by pdftoppm and read by zbar and zxing-cpp."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.payments.example import DEMO_MUNICIPALITY_CODE, example_payable
from kiosk.payments.layout import load_layout
from kiosk.payments.payable import Payable, payable_from_json
from kiosk.payments.slip_pdf import SlipCodes, render_slip
from tests.support.forms import TODAY


@pytest.fixture(scope="session")
def example() -> Payable:
    return payable_from_json(example_payable(TODAY), TODAY)


@pytest.fixture(scope="session")
def slip_for_printer(tmp_path_factory, example):
    """slip_for_printer(dpi) -> (pdf, codes): the example slip laid out for a dpi printer."""
    made: dict[int, tuple[Path, SlipCodes]] = {}
    directory = tmp_path_factory.mktemp("slips")

    def make(dpi: int) -> tuple[Path, SlipCodes]:
        if dpi not in made:
            pdf = directory / f"slip-{dpi}.pdf"
            made[dpi] = pdf, render_slip(example, load_layout(DEMO_MUNICIPALITY_CODE), pdf, dpi)
        return made[dpi]

    return make


@pytest.fixture
def run_kiosk(tmp_path):
    """Run the real CLI in a subprocess with a private KIOSK_HOME."""
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home")}

    def run(*args: str, cwd: Path = tmp_path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                              text=True, env=env, cwd=cwd, timeout=120, check=False)

    return run
