"""What the sync loop logs when the audit head is not anchored (no back office needed)."""

import logging

import pytest

from kiosk.store.sync import SyncLoop, SyncResult


def records(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "kiosk.store.sync"]


def test_an_unreachable_back_office_is_info_not_a_warning_on_every_pass(caplog):
    caplog.set_level(logging.DEBUG, logger="kiosk.store.sync")
    SyncLoop._log_anchor(SyncResult(anchor_error="cannot reach the back office"))
    assert records(caplog) == [("INFO", "sync: audit head not anchored (back office "
                                        "unreachable): cannot reach the back office")]


@pytest.mark.expect_log("kiosk.store.sync", "WARNING", r"audit head refused: refused audit head 3")
def test_a_refused_anchor_is_a_warning(caplog):
    caplog.set_level(logging.DEBUG, logger="kiosk.store.sync")
    SyncLoop._log_anchor(SyncResult(anchor_error="refused audit head 3", anchor_refused=True))
    assert records(caplog) == [("WARNING", "sync: audit head refused: refused audit head 3")]


def test_an_anchored_pass_logs_nothing(caplog):
    caplog.set_level(logging.DEBUG, logger="kiosk.store.sync")
    SyncLoop._log_anchor(SyncResult(anchored=7))
    assert records(caplog) == []
