#!/usr/bin/env python3
"""Update the Qt translation sources (.ts) and compile them (.qm) into assets/translations.

    .venv/bin/python scripts/i18n.py          # lupdate + lrelease
    .venv/bin/python scripts/i18n.py --check  # fail if a .qm is stale (used by the tests)

Sources are the ui/ package (translate("Context", "…") calls), the catalogue texts a resident
sees on screen or on the printed 手続き案内票 (context "Catalogue": the municipality, life
events, questions and choices, procedure names, divisions, counters, what to bring) and the
fixed printed texts of the 案内票 and the queue ticket (context "Guide",
forms/pdf/locale.py). Translators edit the .ts files (Qt Linguist); the screens read the
compiled .qm files, the PDFs the .ts files themselves (forms/pdf/translations.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = ("ja_easy", "en", "zh_CN", "ko", "vi", "pt")
BIN = Path(sys.executable).parent


def catalogue_strings() -> list[str]:
    from forms.loader import load_catalogue
    from forms.pdf.locale import catalogue_texts

    return catalogue_texts(load_catalogue())


def printed_strings() -> list[str]:
    from forms.pdf.locale import PRINTED_TEXTS

    return list(dict.fromkeys(PRINTED_TEXTS))


def message_strings() -> list[str]:
    from forms.validation import RESIDENT_MESSAGES
    from kiosk.visit.selfservice import PROBLEMS

    return list(dict.fromkeys([*PROBLEMS.values(), *RESIDENT_MESSAGES]))


def write_catalogue_stub(folder: Path) -> Path:
    stub = folder / "catalogue_strings.py"
    lines = ["from PySide6.QtCore import QCoreApplication",
             "translate = QCoreApplication.translate"]
    lines += [f"translate({'Catalogue'!r}, {text!r})" for text in catalogue_strings()]
    lines += [f"translate({'Messages'!r}, {text!r})" for text in message_strings()]
    lines += [f"translate({'Guide'!r}, {text!r})" for text in printed_strings()]
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def update(folder: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    stub = write_catalogue_stub(folder)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"kiosk_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, str(stub), "-no-obsolete",
                        "-locations", "none", "-target-language", language, "-ts", str(ts)],
                       check=True, capture_output=True)
        release(ts, TRANSLATIONS / f"kiosk_{language}.qm")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def check() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            fresh = Path(folder) / f"{language}.qm"
            release(TRANSLATIONS / f"kiosk_{language}.ts", fresh)
            if fresh.read_bytes() != (TRANSLATIONS / f"kiosk_{language}.qm").read_bytes():
                stale.append(language)
    if stale:
        print(f"stale .qm files: {', '.join(stale)} (run scripts/i18n.py)")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    try:
        update(folder)
    finally:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
