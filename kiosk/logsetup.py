"""Logging for the kiosk. Raw APDUs go to the TRAFFIC level, which is never on unless asked
for, and announces loudly that the trace contains personal data."""

from __future__ import annotations

import logging
import sys

from devices.card.transport import TRAFFIC

TRACE_WARNING = (
    "警告: APDUトレースが有効です。ログに個人情報(氏名・住所・生年月日・性別)が含まれます。"
    " / WARNING: APDU tracing is on; the log contains personal data."
)


def configure(level: str = "WARNING", *, trace_apdus: bool = False) -> None:
    logging.addLevelName(TRAFFIC, "TRAFFIC")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(TRAFFIC if trace_apdus else level.upper())
    if trace_apdus:
        logging.getLogger("kiosk").warning(TRACE_WARNING)
