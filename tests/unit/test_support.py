"""The test suite's own machinery (tests/support): the kiosk.toml builder writes what
load_settings reads, a stack that cannot start skips or (KIOSK_REQUIRE_STACKS) fails, and the log
check knows expected records from unexpected ones; no test module imports another test module
or a conftest."""

import ast
import logging
import re
from pathlib import Path

import pytest

from kiosk.settings import ConfigError, load_settings
from tests.support.config import KioskConfig
from tests.support.logs import Expected
from tests.support.stacks import LEGACY_REQUIRE_ENV, REQUIRE_ENV, unavailable


def test_the_builder_writes_a_configuration_load_settings_reads(tmp_path):
    pki = tmp_path / "pki"
    pki.mkdir()
    for name in ("ca.pem", "kiosk-02.pem", "kiosk-02-key.pem", "staff-01.pem", "staff-01-key.pem"):
        (pki / name).write_text("-----BEGIN CERTIFICATE-----\n")
    home = (KioskConfig(tmp_path / "home").demo().backoffice("https://127.0.0.1:1", pki,
                                                            cert="kiosk-02", timeout_seconds=5)
            .remote(pki, "staff-01").outbox(batch_size=7).write())
    settings = load_settings({"KIOSK_HOME": str(home)})
    assert settings.demo and settings.kiosk_id == "kiosk-02"
    assert settings.backoffice is not None
    assert settings.backoffice.url == "https://127.0.0.1:1"
    assert settings.backoffice.cert == pki / "kiosk-02.pem"
    assert settings.backoffice.timeout_seconds == 5
    assert settings.remote is not None and settings.remote.key == pki / "staff-01-key.pem"
    assert settings.outbox.batch_size == 7


def test_the_builder_also_writes_wrong_values_for_the_error_tests(tmp_path):
    home = KioskConfig(tmp_path / "home").card(trust_test_issuer="maybe").write()
    with pytest.raises(ConfigError, match=r"card\.trust_test_issuer"):
        load_settings({"KIOSK_HOME": str(home)})


def test_a_stack_that_cannot_start_skips_on_a_developers_machine(monkeypatch):
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    monkeypatch.delenv(LEGACY_REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="pcscd is not installed"):
        unavailable("pcscd + vpcd", "pcscd is not installed")


@pytest.mark.parametrize("name", [REQUIRE_ENV, LEGACY_REQUIRE_ENV])
def test_a_stack_that_cannot_start_fails_when_the_stacks_are_required(monkeypatch, name):
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    monkeypatch.delenv(LEGACY_REQUIRE_ENV, raising=False)
    monkeypatch.setenv(name, "1")
    with pytest.raises(pytest.fail.Exception, match="cupsd cannot start"):
        unavailable("cupsd", "cupsd is not installed")


def record(name, level, message):
    return logging.LogRecord(name, level, __file__, 1, message, None, None)


def test_an_expected_record_matches_by_logger_level_and_message():
    expected = Expected("kiosk.sync", logging.WARNING, re.compile("unreachable"))
    assert expected.matches(record("kiosk.sync", logging.WARNING, "back office unreachable"))
    assert expected.matches(record("kiosk.sync.worker", logging.WARNING, "unreachable"))
    assert not expected.matches(record("kiosk.sync", logging.ERROR, "unreachable"))
    assert not expected.matches(record("kiosk.syncer", logging.WARNING, "unreachable"))
    assert not expected.matches(record("kiosk.sync", logging.WARNING, "delivered"))


LOGGING_TESTS = '''
import logging

import pytest


def test_warns():
    logging.getLogger("kiosk.sync").warning("back office unreachable")


@pytest.mark.expect_log("kiosk.sync", "WARNING", "unreachable")
def test_warns_as_declared():
    logging.getLogger("kiosk.sync").warning("back office unreachable")


@pytest.mark.expect_log("kiosk.sync", "WARNING", "unreachable")
def test_warns_something_else():
    logging.getLogger("kiosk.store").error("disk full")


def test_is_quiet():
    logging.getLogger("kiosk.sync").info("delivered")
'''


# The example suite runs in this process: its records reach this test's own check too.
@pytest.mark.expect_log("kiosk.sync", "WARNING", "back office unreachable")
@pytest.mark.expect_log("kiosk.store", "ERROR", "disk full")
def test_an_undeclared_warning_fails_its_test_and_a_declared_one_does_not(pytester):
    pytester.makeconftest('pytest_plugins = ["tests.support.logs"]\n')
    pytester.makeini("[pytest]\nmarkers =\n    expect_log: an expected record\n")
    pytester.makepyfile(LOGGING_TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=2)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_warns *",
                                 "*WARNING kiosk.sync: back office unreachable*",
                                 "*ERROR at teardown of test_warns_something_else*",
                                 "*ERROR kiosk.store: disk full*"])


ROOT = Path(__file__).resolve().parents[2]


def test_only_tests_support_is_imported_from_the_suite():
    """Shared helpers and fixtures live in tests/support; nothing imports a test module or a
    conftest (pytest registers those), in the suite or in the benchmarks."""
    found = []
    for path in sorted([*(ROOT / "tests").rglob("*.py"), *(ROOT / "benchmarks").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and node.level:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: a relative import")
                continue
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.relative_to(ROOT)}:{node.lineno}: {name}" for name in names
                      if (name == "tests" or name.startswith("tests."))
                      and not (name == "tests.support" or name.startswith("tests.support."))]
    assert found == []
