"""Issuing a slip: render it for the printer's resolution and self-check every code, so that
only a slip whose codes read back exactly ever gets its real name (and reaches a printer)."""

from __future__ import annotations

from pathlib import Path

from kiosk.payments.layout import load_layout
from kiosk.payments.payable import Payable
from kiosk.payments.selfcheck import check_slip_pdf
from kiosk.payments.slip_pdf import SlipCodes, render_slip


def render_checked_slip(payable: Payable, out: Path, *, home: Path | None,
                        dpi: int = 600) -> SlipCodes:
    """Raises LayoutError, SelfCheckError or RasterError; nothing is left at ``out`` then.
    A payable from a list (its payer masked) is refused: only the released one is printed."""
    if payable.masked:
        raise ValueError("伏せ字の納付者では印刷できません / a payable with a masked payer is "
                         "never printed")
    layout = load_layout(payable.municipality_code, home)
    unchecked = out.with_name(f".{out.name}.unchecked")
    try:
        codes = render_slip(payable, layout, unchecked, dpi)
        check_slip_pdf(unchecked, codes, dpi)
    except BaseException:
        unchecked.unlink(missing_ok=True)
        raise
    unchecked.replace(out)
    return codes
