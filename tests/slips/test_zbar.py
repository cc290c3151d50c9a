"""The pyzbar adapter on real images: charset pitfall, camera frames, symbology filter."""

import io

import pytest
import qrcode
import segno
from PIL import Image

from devices import zbar


def qr_image(text: str) -> Image.Image:
    """UTF-8 in byte mode without ECI: the case where zbar guesses the charset."""
    image = qrcode.make(text, border=4, box_size=6)
    return image.get_image().convert("L")


@pytest.mark.parametrize("text", ["東京都", "日本", "カードをかざしてください", "ｱｲｳ", "Ünïcödé"])
def test_utf8_without_eci_is_not_mangled(text):
    (code,) = zbar.decode_image(qr_image(text))
    assert code.symbology == "QRCODE" and code.content == text
    assert code.raw == text.encode("utf-8")


def test_kanji_mode_codes_come_back_as_text():
    buffer = io.BytesIO()
    segno.make_qr("受付番号", error="m").save(buffer, kind="png", scale=6, border=4)
    buffer.seek(0)
    with Image.open(buffer) as image:
        (code,) = zbar.decode_image(image)
    assert code.content == "受付番号"


def test_camera_frame_as_a_y_plane():
    grey = qr_image("PA1:FRAME")
    (code,) = zbar.decode_frame(grey.tobytes(), grey.width, grey.height)
    assert code.content == "PA1:FRAME" and code.symbology_name == "QR Code"
    with pytest.raises(zbar.DecodeError):
        zbar.decode_frame(grey.tobytes()[:-1], grey.width, grey.height)


def test_symbology_filter():
    image = qr_image("12345")
    assert zbar.decode_image(image, symbologies=[zbar.SLIP_SYMBOLOGIES[1]]) == []
    assert [c.content for c in zbar.decode_image(image, symbologies=zbar.SLIP_SYMBOLOGIES)] \
        == ["12345"]


def test_blank_image_has_no_codes():
    assert zbar.decode_image(Image.new("L", (400, 300), 255), thorough=True) == []



@pytest.mark.parametrize(("text", "found"), [("&", False), ("AB", False), ("ABCD", True)])
def test_very_short_code128_is_ignored_as_noise(tmp_path, text, found):
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from devices.raster import render_page
    pdf = tmp_path / "c.pdf"
    canvas = Canvas(str(pdf), pagesize=(60 * mm, 30 * mm))
    Code128(text, barWidth=0.5 * mm, barHeight=15 * mm).drawOn(canvas, 5 * mm, 5 * mm)
    canvas.save()
    contents = [code.content for code in zbar.decode_image(render_page(pdf, 300))]
    assert contents == ([text] if found else [])
