"""The logger the remote-window clients hand to ``websockets``.

websockets' sync client has a race when a handshake is refused (HTTP 403 for a certificate the
back office will not let in, websockets 13–17): the calling thread closes the socket and feeds
the protocol its end of stream while the receiving thread is about to feed it the bytes it has
just read. The receiving thread then fails with ``EOFError: stream ended`` and websockets logs
it at ERROR, with a traceback, as an "unexpected internal error". Nothing is lost (the
connection is being abandoned and the caller already has the refusal), but the traceback lands
on a CLI user's stderr beside the one clear line we print. That one record is demoted to DEBUG.

The keepalive thread has a sibling: when a pong times out just as the peer closes, failing the
connection raises ``ConnectionClosed`` and websockets logs "keepalive ping failed" at ERROR.
The connection is closed either way and the session reconnects, so that record is demoted too
when (and only when) its cause is ``ConnectionClosed``. Every other record passes unchanged.
"""

from __future__ import annotations

import logging

from websockets.exceptions import ConnectionClosed

LOGGER_NAME = "kiosk.remote.websockets"


def _is_end_of_stream_race(record: logging.LogRecord) -> bool:
    if record.levelno < logging.ERROR or record.msg != "unexpected internal error":
        return False
    error = record.exc_info[1] if record.exc_info else None
    return isinstance(error, EOFError) and str(error) == "stream ended"


def _is_keepalive_on_a_closed_connection(record: logging.LogRecord) -> bool:
    if record.levelno < logging.ERROR or record.msg != "keepalive ping failed":
        return False
    return isinstance(record.exc_info[1] if record.exc_info else None, ConnectionClosed)


_DEMOTED = {
    _is_end_of_stream_race: "websockets: data after the end of a refused connection (ignored)",
    _is_keepalive_on_a_closed_connection: "websockets: keepalive on a closed connection (ignored)",
}


class _DemoteEndOfStreamRace(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        for matches, text in _DEMOTED.items():
            if matches(record):
                record.levelno, record.levelname = logging.DEBUG, "DEBUG"
                record.exc_info, record.exc_text = None, None
                record.msg, record.args = text, ()
                return logging.getLogger(LOGGER_NAME).isEnabledFor(logging.DEBUG)
        return True


def websockets_logger() -> logging.Logger:
    """The logger to pass as ``connect(..., logger=...)``."""
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(f, _DemoteEndOfStreamRace) for f in logger.filters):
        logger.addFilter(_DemoteEndOfStreamRace())
    return logger
