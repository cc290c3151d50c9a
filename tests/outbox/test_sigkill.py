"""``kiosk sync`` killed with SIGKILL at random points: zero records lost, zero stored twice."""

import json
import random
import signal
import subprocess
import time

from kiosk.settings import load_settings
from kiosk.store.service import open_outbox
from tests.support.backoffice import KIOSK, configure_kiosk, run_kiosk

KILLS = 50


def _kiosk_keys(env):
    outbox = open_outbox(load_settings(env))
    try:
        rows = outbox.store.read("SELECT idem_key, kind, state FROM outbox")
        return rows, outbox.depth()
    finally:
        outbox.store.close()


def test_sync_killed_at_random_points_loses_nothing_and_stores_nothing_twice(
        backoffice, pki, tmp_path):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki, batch_size=4)
    rng = random.Random(20261123)
    submissions = 0
    kills = 0
    mid_send = 0  # kills that left records in flight: between claiming and acknowledging
    started = time.monotonic()
    subprocess.run([KIOSK, "--version"], env=env, capture_output=True, check=True)
    startup = time.monotonic() - started  # the CLI's import time on this machine, now
    while kills < KILLS:
        _, depth = _kiosk_keys(env)
        if depth["pending"] + depth["failed"] + depth["in_flight"] < 60:
            filled = run_kiosk(env, "outbox", "fill-demo", "--count", "40")
            assert filled.returncode == 0, filled.stderr
            submissions += 40
        process = subprocess.Popen([KIOSK, "sync"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        # from just before start-up is done to well into sending: claiming, sending, acknowledging
        time.sleep(rng.uniform(0.5 * startup, startup + 0.6))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(30)
        mid_send += _kiosk_keys(env)[1]["in_flight"] > 0

    assert mid_send >= 5
    final = run_kiosk(env, "sync")
    assert final.returncode == 0, final.stderr

    rows, depth = _kiosk_keys(env)
    assert depth["acknowledged"] == len(rows)
    stats = backoffice.stats()
    assert stats["distinct_records"] == len(rows)  # nothing lost, nothing stored twice
    exported = json.loads(backoffice.cli("export", "--format", "json").stdout)
    exported_keys = [row["idem_key"] for row in exported]
    assert len(exported_keys) == len(set(exported_keys)) == submissions
    assert set(exported_keys) == {key for key, kind, _ in rows if kind == "submission"}
    assert run_kiosk(env, "audit", "verify").returncode == 0
