"""``kiosk sync`` killed with SIGKILL at random points: zero records lost, zero stored twice.

The kill points are steps of the pass itself, not moments on the clock: the test watches the
outbox's states (read-only, from its own connection) and kills the process after a random
number of observed steps (in-flight rows put back to pending at start-up, a batch claimed,
a batch acknowledged). A delay measured once would land before start-up was done whenever
the machine got slower afterwards, and nothing would be in flight when the kill came.
"""

import contextlib
import json
import random
import signal
import sqlite3
import subprocess
import time

import pytest

from kiosk.settings import load_settings
from kiosk.store.service import open_outbox
from tests.support.backoffice import KIOSK, configure_kiosk, run_kiosk

KILLS = 50
MOST_STEPS = 12  # a pass of 60-100 records at 4 a batch takes 30-50 steps: kills land early


def _kiosk_keys(env):
    outbox = open_outbox(load_settings(env))
    try:
        rows = outbox.store.read("SELECT idem_key, kind, state FROM outbox")
        return rows, outbox.depth()
    finally:
        outbox.store.close()


def _states(conn):
    return tuple(sorted(conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state")))


def _kill_after_steps(process, database, steps, timeout=120.0):
    """SIGKILL ``process`` once the outbox has changed ``steps`` times; False when it ended
    on its own first."""
    deadline = time.monotonic() + timeout
    with contextlib.closing(sqlite3.connect(database, timeout=30,
                                            isolation_level=None)) as conn:
        last, seen = _states(conn), 0
        while process.poll() is None:
            if time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"kiosk sync made {seen} of {steps} steps in {timeout} s")
            now = _states(conn)
            seen += now != last
            last = now
            if seen >= steps:
                process.send_signal(signal.SIGKILL)
                return True
            time.sleep(0.002)  # polling the file, not waiting for time to pass
    return False


@pytest.mark.timeout(900)  # 50 start-ups of the CLI on a loaded machine
def test_sync_killed_at_random_points_loses_nothing_and_stores_nothing_twice(
        backoffice, pki, tmp_path):
    env = configure_kiosk(tmp_path / "kiosk", backoffice.url, pki, batch_size=4)
    database = str(load_settings(env).database)
    rng = random.Random(20261123)
    submissions = 0
    kills = 0
    mid_send = 0  # kills that left records in flight: between claiming and acknowledging
    while kills < KILLS:
        _, depth = _kiosk_keys(env)
        if depth["pending"] + depth["failed"] + depth["in_flight"] < 60:
            filled = run_kiosk(env, "outbox", "fill-demo", "--count", "40")
            assert filled.returncode == 0, filled.stderr
            submissions += 40
        process = subprocess.Popen([KIOSK, "sync"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        # from start-up (recovering what the last kill left in flight) well into sending
        kills += _kill_after_steps(process, database, rng.randint(1, MOST_STEPS))
        process.wait(60)
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
