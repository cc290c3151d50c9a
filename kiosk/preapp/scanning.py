"""Reading a resident's pre-application (事前申請) code from a scanned image, PDF or photo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from devices import zbar
from devices.raster import load_images
from kiosk.preapp import codes as preapp


def read_preapp(file: Path, dpi: int = 300) -> tuple[str, dict[str, Any]]:
    """(life event, answers); raises RasterError or PreappError (with a one-line message)."""
    images = load_images(file, dpi)
    candidates = [code.content for image in images
                  for code in zbar.decode_image(image, thorough=True, symbologies=zbar.QR_ONLY)
                  if code.content.startswith("PA")]
    if not candidates:
        raise preapp.PreappError("事前申請コードが見つかりません / no pre-application code found")
    return preapp.decode(candidates[0])
