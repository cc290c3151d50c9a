"""websockets' end-of-stream race after a refused handshake never reaches stderr as an ERROR."""

import logging

import pytest
from websockets.exceptions import ConnectionClosedError

from kiosk.remote.wslog import websockets_logger


def _log_internal_error(logger: logging.Logger, error: Exception,
                        message: str = "unexpected internal error") -> None:
    # websockets logs through a LoggerAdapter exactly like this (sync/connection.py).
    adapter = logging.LoggerAdapter(logger, {"websocket": object()})
    try:
        raise error
    except Exception:
        adapter.error(message, exc_info=True)


def test_the_refused_handshake_race_is_not_an_error(caplog):
    caplog.set_level(logging.WARNING)
    _log_internal_error(websockets_logger(), EOFError("stream ended"))
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


@pytest.mark.expect_log("kiosk.remote.websockets", "ERROR", "unexpected internal error")
def test_any_other_internal_error_still_logs_as_an_error(caplog):
    caplog.set_level(logging.WARNING)
    _log_internal_error(websockets_logger(), RuntimeError("a real bug"))
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is not None


def test_the_filter_is_installed_once():
    websockets_logger()
    assert len(websockets_logger().filters) == 1


def test_a_keepalive_failing_on_a_closed_connection_is_not_an_error(caplog):
    caplog.set_level(logging.WARNING)
    _log_internal_error(websockets_logger(), ConnectionClosedError(None, None),
                        "keepalive ping failed")
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


@pytest.mark.expect_log("kiosk.remote.websockets", "ERROR", "keepalive ping failed")
def test_a_keepalive_failing_for_another_reason_still_logs(caplog):
    caplog.set_level(logging.WARNING)
    _log_internal_error(websockets_logger(), OSError("network down"), "keepalive ping failed")
    assert [r.getMessage() for r in caplog.records] == ["keepalive ping failed"]
