"""Any WARNING or ERROR log record a test did not declare fails it, as pytest-qt's
``qt_log_level_fail`` does for Qt messages (and qutebrowser for its own log).

A test that expects a record declares it, once per kind of record:

    @pytest.mark.expect_log("kiosk.sync", "WARNING", r"back office unreachable")

(logger name — its children count too —, level name, and a regular expression searched in
the message). Records from every thread count; they are checked when the test's fixtures
have been torn down, so a warning at shutdown counts too.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Expected:
    logger: str
    level: int
    pattern: re.Pattern[str]

    def matches(self, record: logging.LogRecord) -> bool:
        name = record.name
        return ((name == self.logger or name.startswith(self.logger + ".")
                 or self.logger == "root")
                and record.levelno == self.level
                and self.pattern.search(record.getMessage()) is not None)


class Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self.guard:
            self.records.append(record)


def expected_of(item: pytest.Item) -> list[Expected]:
    found = []
    for mark in item.iter_markers("expect_log"):
        logger, level, pattern = mark.args
        found.append(Expected(logger, logging.getLevelNamesMapping()[level], re.compile(pattern)))
    return found


def describe(record: logging.LogRecord) -> str:
    return f"{record.levelname} {record.name}: {record.getMessage()}"


@pytest.fixture(autouse=True)
def fail_on_unexpected_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    collector = Collector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    expected = expected_of(request.node)
    unexpected = [describe(r) for r in collector.records
                  if not any(e.matches(r) for e in expected)]
    if unexpected:
        pytest.fail("unexpected log records (declare them with @pytest.mark.expect_log):\n  "
                    + "\n  ".join(unexpected), pytrace=False)
