"""Self-test checks of the core: package metadata and data, the catalogue, PDF, printing.

Registered with kiosk.selftest.registry; plain Python (no Qt, no pyscard).
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import metadata

from kiosk.selftest.registry import Context, check

DISTRIBUTION = "kiosk-onestop"
SAMPLE_LIFE_EVENT = "moving_in"  # the widest bundle: 転入 prefills the most forms
SAMPLE_PERSONA = "yamada_taro"


@check("version")
def version_from_metadata(context: Context) -> str:
    from kiosk import __version__

    found = metadata.version(DISTRIBUTION)  # PackageNotFoundError: dist-info not bundled
    if found != __version__:
        raise RuntimeError(f"kiosk.__version__ {__version__} != metadata {found}")
    return f"{DISTRIBUTION} {found} (package metadata)"


@check("data")
def package_data(context: Context) -> str:
    """Personas, the simulator's test keys and the fonts, read as the application reads them."""
    from devices.simcard.keys import test_issuer_anchor
    from devices.simcard.persona import builtin_names, load_persona
    from forms.pdf.fonts import FONTS, font_file

    personas = builtin_names()
    if SAMPLE_PERSONA not in personas:
        raise RuntimeError(f"persona {SAMPLE_PERSONA} missing (found {personas})")
    load_persona(SAMPLE_PERSONA)
    test_issuer_anchor()
    fonts = [str(font_file(name)) for name in FONTS]
    return f"{len(personas)} personas, test keys, fonts {', '.join(fonts)}"


@check("catalogue")
def catalogue_loads(context: Context) -> str:
    from forms.loader import load_catalogue

    catalogue = load_catalogue()
    if SAMPLE_LIFE_EVENT not in catalogue.life_events:
        raise RuntimeError(f"life event {SAMPLE_LIFE_EVENT} missing")
    return (f"{catalogue.municipality.name}: {len(catalogue.life_events)} life events, "
            f"{len(catalogue.procedures)} procedures")


@check("pdf")
def bundle_renders(context: Context) -> str:
    """The 転入 bundle of the sample persona renders, every font embedded."""
    from devices.fileutil import write_atomically
    from devices.simcard.persona import load_persona
    from forms.loader import load_catalogue
    from forms.navigator import decide
    from forms.pdf.bundle import render_bundle
    from forms.session import CardFacts, collect_answers

    catalogue = load_catalogue()
    basic4 = load_persona(SAMPLE_PERSONA).basic4
    card = CardFacts(basic4.name, basic4.address, basic4.birth_date, basic4.sex)
    answers = catalogue.example_answers(SAMPLE_LIFE_EVENT, dt.date.today())
    session, problems = collect_answers(catalogue, SAMPLE_LIFE_EVENT, card, answers,
                                        dt.date.today())
    if problems:
        raise RuntimeError(f"example answers rejected: {problems[0].one_line()}")
    decisions = decide(session)
    pdf = render_bundle(session, decisions).pdf
    fonts = embedded_fonts(pdf)
    if not {"IPAexGothic", "IPAexMincho"} <= fonts:
        raise RuntimeError(f"IPAex fonts not embedded (embedded: {sorted(fonts)})")
    path = context.workdir / "selftest-bundle.pdf"
    write_atomically(path, pdf)
    context.files["bundle"] = path
    return (f"{SAMPLE_LIFE_EVENT}: {len(decisions)} forms, {len(pdf) // 1024} KB, "
            f"embedded {', '.join(sorted(fonts))}")


@check("pdf-languages")
def tickets_render_in_every_language(context: Context) -> str:
    """A queue ticket in each resident language embeds the font of its script."""
    from forms.pdf.fonts import LANGUAGE_FONTS
    from forms.pdf.ticket import render_ticket
    from forms.pdf.translations import LANGUAGES

    issued = dt.datetime.now().astimezone()
    for language in LANGUAGES:
        pdf = render_ticket("001", ["転入届"], 5, "みらい市", issued, language)
        script_font = LANGUAGE_FONTS[language][1][0]
        # a face of a collection is embedded as NAME-<index>
        if not any(f.startswith(script_font) for f in embedded_fonts(pdf)):
            raise RuntimeError(f"{language}: {script_font} not embedded")
    return f"{len(LANGUAGES)} languages"


_FONT_DESCRIPTOR = re.compile(rb"<<[^<>]*/Type /FontDescriptor[^<>]*>>")
_FONT_NAME = re.compile(rb"/FontName /(?:[A-Z]{6}\+)?([\w-]+)")


def embedded_fonts(pdf: bytes) -> set[str]:
    """Names of the fonts ``pdf`` embeds; raises if any font descriptor lacks its font file.

    reportlab writes font descriptors as plain (uncompressed) dictionaries, and a standard
    font that is not embedded (Helvetica…) has a /Type1 font without a descriptor.
    """
    if b"/Subtype /Type1" in pdf:
        raise RuntimeError("the PDF uses a standard font that is not embedded")
    names = set()
    for descriptor in _FONT_DESCRIPTOR.findall(pdf):
        name = _FONT_NAME.search(descriptor)
        label = name.group(1).decode("ascii", "replace") if name else "?"
        if b"/FontFile" not in descriptor:
            raise RuntimeError(f"font {label} is not embedded")
        names.add(label)
    return names


@check("printer")
def folder_printer_prints(context: Context) -> str:
    from devices.printing.folder import FolderPrinter

    pdf = context.files.get("bundle")
    if pdf is None:
        raise RuntimeError("nothing to print: the pdf check failed")
    job = FolderPrinter(context.workdir / "printed").print_pdf(pdf, "selftest")
    printed = context.workdir / "printed" / f"{job.job_id}.pdf"
    if printed.read_bytes() != pdf.read_bytes():
        raise RuntimeError(f"{printed} differs from the PDF sent")
    return f"{job.printer}: {printed.name}"
