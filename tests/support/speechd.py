"""A private speech-dispatcher for tests through Qt's speechd engine (scripts/setup installs
speech-dispatcher, espeak-ng and libspeechd2), with no sound card.

libspeechd spawns speech-dispatcher on first use, here into a private runtime folder (its own
socket, so never the machine's own daemon) with a configuration that plays through ALSA's
built-in null device: utterances really run to their end, nothing is heard. The fixture ends
the server it spawned, by the pid in that folder."""

import os
import shutil
import signal
import time

import pytest

from tests.support.stacks import unavailable

CONFIG = """AudioOutputMethod "alsa"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
"""


@pytest.fixture
def private_speechd(tmp_path, monkeypatch):
    if shutil.which("speech-dispatcher") is None:
        unavailable("speech-dispatcher", "not installed (scripts/setup installs it)")
    home, config, runtime = tmp_path / "home", tmp_path / "config", tmp_path / "run"
    (config / "speech-dispatcher").mkdir(parents=True)
    (config / "speech-dispatcher" / "speechd.conf").write_text(CONFIG)
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type null }\n")
    runtime.mkdir(mode=0o700)
    for key, value in {"HOME": home, "XDG_CONFIG_HOME": config, "XDG_RUNTIME_DIR": runtime,
                       "XDG_CACHE_HOME": tmp_path / "cache"}.items():
        monkeypatch.setenv(key, str(value))
    # libspeechd (GLib) reads XDG_RUNTIME_DIR once per process; the address it reads each time.
    sock = runtime / "speech-dispatcher" / "speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{sock}")
    yield runtime / "speech-dispatcher"
    stop_server(runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid")


def stop_server(pid_file):
    """End the speech-dispatcher this test spawned (only that one, by its pid file)."""
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text().split()[0])
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and running(pid):
        time.sleep(0.05)


def running(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] != "Z"  # a zombie has finished
    except FileNotFoundError:
        return False
