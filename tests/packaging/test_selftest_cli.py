"""``kiosk --self-test`` from the source checkout (the bundle runs the same code)."""

import os
import subprocess
import sys
from pathlib import Path

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def test_self_test_from_source_passes_every_check_offscreen(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("PCSCLITE_CSOCK_NAME", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=":99", KIOSK_HOME=str(tmp_path / "home"))  # a display that is not there
    result = subprocess.run([KIOSK, "--self-test"], capture_output=True, text=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    statuses = {line.split()[1]: line.split()[0] for line in result.stdout.splitlines()
                if line.split() and line.split()[0] in ("ok", "skip", "FAIL")}
    assert set(statuses) >= {"version", "data", "catalogue", "pdf", "printer", "qt", "speech",
                             "card"}
    assert set(statuses.values()) == {"ok"}
    assert result.stderr == ""
    assert not (tmp_path / "home").exists()  # the kiosk's own data is never touched
