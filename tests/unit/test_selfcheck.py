"""The print self-check's verdicts, over a real rendered PDF and scripted decoders."""

import datetime as dt
from pathlib import Path

import pytest

from kiosk.payments.example import DEMO_MUNICIPALITY_CODE, example_payable
from kiosk.payments.layout import load_layout
from kiosk.payments.payable import payable_from_json
from kiosk.payments.selfcheck import CODE128, QR, SelfCheckError, check_slip_pdf
from kiosk.payments.slip_pdf import SlipCodes, render_slip

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def slip(tmp_path_factory) -> tuple[Path, SlipCodes]:
    payable = payable_from_json(example_payable(TODAY), TODAY)
    out = tmp_path_factory.mktemp("slip") / "slip.pdf"
    return out, render_slip(payable, load_layout(DEMO_MUNICIPALITY_CODE), out, 300)


def scripted(first, second=None):
    calls = []

    def decode(image, thorough, enough):
        assert enough == 2
        calls.append((image.size, thorough))
        return list(second if thorough and second is not None else first)

    return decode, calls


def test_passes_when_exactly_the_intended_codes_are_read(slip):
    pdf, codes = slip
    decode, calls = scripted([(QR, codes.elqr), (CODE128, codes.gs1)])
    check_slip_pdf(pdf, codes, 300, decode)
    assert calls == [((2481, 3508), False)]  # A4 at the printer's 300 dpi, one fast pass


def test_a_second_thorough_pass_may_rescue_a_hard_raster(slip):
    pdf, codes = slip
    decode, calls = scripted([(QR, codes.elqr)], [(QR, codes.elqr), (CODE128, codes.gs1)])
    check_slip_pdf(pdf, codes, 200, decode)
    assert calls == [((1654, 2339), False), ((1654, 2339), True)]


@pytest.mark.parametrize(("found", "message"), [
    ([], "not read back at 300 dpi: eL-QR, GS1-128"),
    ([("QRCODE", "0" * 255)], "unexpected codes"),  # garbled content
    (None, "unexpected codes: QRCODE"),  # the right codes plus a stray one
    ("dup", "unexpected codes"),
])
def test_refuses_anything_else(slip, found, message):
    pdf, codes = slip
    right = [(QR, codes.elqr), (CODE128, codes.gs1)]
    if found is None:
        found = [*right, ("QRCODE", "PA1:STRAY")]
    elif found == "dup":
        found = [*right, (QR, codes.elqr)]
    decode, _ = scripted(found)
    with pytest.raises(SelfCheckError, match=message) as caught:
        check_slip_pdf(pdf, codes, 300, decode)
    line = caught.value.one_line()
    assert line.startswith("印刷前の読み取り検査") and "\n" not in line


def test_a_broken_pdf_is_refused(tmp_path, slip):
    _, codes = slip
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    decode, calls = scripted([])
    with pytest.raises(SelfCheckError):
        check_slip_pdf(bad, codes, 300, decode)
    assert calls == []
