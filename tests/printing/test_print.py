"""Printing through a real private cupsd with a cups-pdf queue, and the folder printer."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

from devices.printing.cups import CupsPrinter
from devices.printing.port import PrintError
from forms.navigator import decide
from forms.pdf.bundle import render_bundle
from tests.support.cups import QUEUE, cups_pdf_output
from tests.support.forms import card, session

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines()
                    if line.startswith("Pages:")))


def same_output(original: Path, printed: Path) -> None:
    """cups-pdf re-distils the job with Ghostscript: the Japanese text keeps its embedded
    IPAex glyphs but loses its Unicode map, so compare pages, fonts and the ASCII footer."""
    assert pages(printed) == pages(original)
    fonts = subprocess.run(["pdffonts", str(printed)], capture_output=True, text=True).stdout
    assert "IPAex" in fonts
    for procedure_id in ("tennyu_todoke", "juminhyo_koufu"):
        if procedure_id in text(original):
            assert procedure_id in text(printed)


def test_bundle_prints_through_cups(cups, tmp_path):
    built = session("moving_in", card())
    pdf = tmp_path / "bundle.pdf"
    pdf.write_bytes(render_bundle(built, decide(built)).pdf)
    title = f"bundle-{uuid.uuid4().hex[:8]}"
    printer = CupsPrinter(QUEUE)
    job = printer.print_pdf(pdf, title)
    assert job.job_id.startswith(QUEUE)
    assert printer.wait_until_done(job)
    printed = cups_pdf_output(title)
    same_output(pdf, printed)
    printed.unlink()


def test_unknown_queue_is_a_clear_error(cups, tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    try:
        CupsPrinter("NoSuchQueue").print_pdf(pdf, "x")
    except PrintError as error:
        assert "printing failed" in str(error) and "印刷できませんでした" in str(error)
    else:
        raise AssertionError("printing to an unknown queue must fail")


def test_print_cli_with_cups_and_demo_folder(cups, tmp_path):
    built = session("certificates", card())
    pdf = tmp_path / f"cert-{uuid.uuid4().hex[:8]}.pdf"
    pdf.write_bytes(render_bundle(built, decide(built)).pdf)
    env = {**os.environ, **cups, "KIOSK_HOME": str(tmp_path / "home")}
    result = subprocess.run([KIOSK, "print", str(pdf), "--printer", QUEUE], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    printed = cups_pdf_output(pdf.stem)
    same_output(pdf, printed)
    printed.unlink()
    demo = subprocess.run([KIOSK, "print", str(pdf)], env={**env, "KIOSK_DEMO": "1"},
                          capture_output=True, text=True)
    assert demo.returncode == 0, demo.stderr
    printed = list((tmp_path / "home" / "printed").glob("*.pdf"))
    assert len(printed) == 1 and printed[0].read_bytes() == pdf.read_bytes()
    not_pdf = tmp_path / "note.txt"
    not_pdf.write_text("hello")
    bad = subprocess.run([KIOSK, "print", str(not_pdf)], env=env, capture_output=True, text=True)
    assert bad.returncode == 2 and "not a PDF" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
