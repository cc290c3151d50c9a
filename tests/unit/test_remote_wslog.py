"""websockets' end-of-stream race after a refused handshake never reaches stderr as an ERROR."""

import logging

import pytest

from kiosk.remote.wslog import websockets_logger


def _log_internal_error(logger: logging.Logger, error: Exception) -> None:
    # websockets logs through a LoggerAdapter exactly like this (sync/connection.py).
    adapter = logging.LoggerAdapter(logger, {"websocket": object()})
    try:
        raise error
    except Exception:
        adapter.error("unexpected internal error", exc_info=True)


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
