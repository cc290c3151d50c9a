"""Reading a resident's pre-application (事前申請) code from a scanned image, PDF or photo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from devices import zbar
from devices.raster import iter_images
from kiosk.preapp import codes as preapp


def read_preapp(file: Path, dpi: int = 300) -> tuple[str, dict[str, Any]]:
    """(life event, answers); raises RasterError or PreappError (with a one-line message)."""
    for image in iter_images(file, dpi):  # stops at the first page with a code
        for code in zbar.decode_image(image, thorough=True, symbologies=zbar.QR_ONLY):
            if code.content.startswith("PA"):
                return preapp.decode(code.content)
    raise preapp.PreappError("事前申請コードが見つかりません / no pre-application code found")
