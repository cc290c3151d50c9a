"""Rendering a visit's bundle (案内票 + every decided form) and single forms to PDF bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from forms.navigator import Decision
from forms.pdf.canvas import PAGE_H, PAGE_W
from forms.pdf.fonts import register_fonts
from forms.pdf.form import FormReport, paint_form
from forms.pdf.guide import paint_guide
from forms.pdf.locale import print_locale
from forms.pdf.nameimage import NameImage, name_image
from forms.prefill import fill_procedure
from forms.session import Session


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    forms: tuple[FormReport, ...]

    @property
    def missing_glyphs(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {f.procedure_id: f.missing_glyphs for f in self.forms if f.missing_glyphs}

    @property
    def approximated(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Variation sequences no font maps, printed with the base glyph, by form and field."""
        return {f.procedure_id: f.approximated for f in self.forms if f.approximated}


def render_bundle(session: Session, decisions: list[Decision],
                  language: str = "ja") -> RenderResult:
    """The 案内票 in ``language`` (the resident's), then every form (Japanese, official)."""
    here = print_locale(language)
    buffer, c = _canvas(f"手続き案内票 {session.catalogue.municipality.name}")
    image = name_image(session.card.name, session.card.name_image)
    paint_guide(c, session, decisions, here, image)
    reports = []
    for decision in decisions:
        c.showPage()
        reports.append(_paint(c, session, decision, image))
    c.save()
    return RenderResult(buffer.getvalue(), tuple(reports))


def render_form(session: Session, decision: Decision) -> RenderResult:
    buffer, c = _canvas(decision.procedure.printed_title)
    report = _paint(c, session, decision,
                    name_image(session.card.name, session.card.name_image))
    c.save()
    return RenderResult(buffer.getvalue(), (report,))


def _paint(c: Canvas, session: Session, decision: Decision,
           image: NameImage | None) -> FormReport:
    filled = fill_procedure(session, decision.procedure)
    municipality = session.catalogue.municipality.name
    return paint_form(c, decision.procedure, municipality, filled, decision.notes, image)


def _canvas(title: str) -> tuple[io.BytesIO, Canvas]:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), pageCompression=1,
               initialFontName=register_fonts()[1], initialFontSize=10)
    c.setTitle(title)
    c.setAuthor("書かないワンストップ窓口")
    return buffer, c
