"""Markers applied by folder and by fixture, so ``-m`` selects every real-stack test and none
is missed: tests/pcsc is ``pcsc``, tests/packaging ``packaging``, the back-office folders
``backoffice``, tests/printing ``cups``; a test that uses a stack's fixture anywhere gets that
stack's marker too. With KIOSK_REQUIRE_STACKS=1 a real-stack test that ends skipped, for
whatever reason, is reported as failed: in CI none may be skipped silently."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

import pytest

from tests.support.stacks import REAL_STACK_MARKERS, REQUIRE_ENV, stacks_required

TESTS = Path(__file__).resolve().parent.parent

BY_FOLDER = {
    "pcsc": ("pcsc",),
    "packaging": ("packaging",),
    "outbox": ("backoffice",),
    "remote": ("backoffice",),
    "printing": ("cups",),
}

BY_FIXTURE = {
    "pcsc_stack": "pcsc",
    "backoffice": "backoffice",
    "start_backoffice": "backoffice",
    "postgres": "postgres",
    "cups": "cups",
    "private_speechd": "speechd",
}


def markers_of(item: pytest.Item) -> set[str]:
    found: set[str] = set()
    path = Path(str(item.path)).resolve()
    if path.is_relative_to(TESTS):
        folder = path.relative_to(TESTS).parts[0]
        found.update(BY_FOLDER.get(folder, ()))
    fixtures = set(getattr(item, "fixturenames", ()))
    found.update(marker for fixture, marker in BY_FIXTURE.items() if fixture in fixtures)
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.params.get("db_url") == "postgresql":
        found.add("postgres")
    return found


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for name in sorted(markers_of(item)):
            item.add_marker(name)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Generator[None, pytest.TestReport, None]:
    outcome = yield
    report = outcome.get_result()
    if not (report.skipped and stacks_required()) or hasattr(report, "wasxfail"):
        return
    stacks = sorted(REAL_STACK_MARKERS & {mark.name for mark in item.iter_markers()})
    if stacks:
        report.outcome = "failed"
        report.longrepr = (f"{item.nodeid}: a real-stack test ({', '.join(stacks)}) was "
                           f"skipped with {REQUIRE_ENV}=1: {report.longrepr}")
