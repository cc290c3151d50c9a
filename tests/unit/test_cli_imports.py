"""Commands that open no window must not load Qt: `kiosk demo --help` answers without PySide6,
as do the other commands' help texts (the entry point reaches ui only when a window opens)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
from click.testing import CliRunner
from kiosk.cli.main import cli
result = CliRunner().invoke(cli, {args!r})
assert result.exit_code == 0, result.output
print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')))
"""


@pytest.mark.parametrize("args", [["demo", "--help"], ["app", "--help"], ["--help"],
                                  ["forms", "list", "--json"]])
def test_command_does_not_import_qt(args: list[str]) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True,
                          text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_probe_sees_qt_when_it_is_imported() -> None:
    """The probe can fail: a command that opens a window does load ui and PySide6."""
    probe = PROBE.replace("result = CliRunner()", "import ui.shell.app\nresult = CliRunner()")
    done = subprocess.run([sys.executable, "-c", probe.format(args=["--help"])],
                          capture_output=True, text=True, check=False, timeout=60)
    assert "PySide6" in done.stdout and "ui.shell.app" in done.stdout
