"""Failures in the middle of a batch: resets, timeouts, HTTP 5xx — nothing lost, nothing twice."""

import json

import pytest

from kiosk.settings import load_settings
from kiosk.store.service import open_outbox
from kiosk.store.sync import BackofficeClient, sync_pass
from tests.support.backoffice import Backoffice, configure_kiosk, run_kiosk
from tests.support.flaky import FlakyHttp, InProcessBackoffice
from tests.support.proxy import FaultProxy


def _drain_through_faults(env, passes=400):
    """Retry like an operator would until drained; returns how many passes failed."""
    settings = load_settings(env)
    outbox = open_outbox(settings)
    failures = 0
    try:
        outbox.recover_in_flight()
        for _ in range(passes):
            with BackofficeClient(settings.backoffice) as client:
                result = sync_pass(outbox, client, settings.outbox.batch_size,
                                   respect_backoff=False)
            if result.drained:
                return failures, outbox.depth()
            failures += 1
        pytest.fail(f"not drained after {passes} passes: {outbox.status()}")
    finally:
        outbox.store.close()


def _exported_keys(backoffice):
    rows = json.loads(backoffice.cli("export", "--format", "json").stdout)
    return [row["idem_key"] for row in rows]


def test_resets_and_timeouts_mid_batch_lose_nothing_and_store_nothing_twice(
        backoffice, pki, tmp_path):
    proxy = FaultProxy(backoffice.port, seed=5, fates={
        "reset_request": 0.35, "reset_response": 0.45, "stall": 0.2})
    try:
        env = configure_kiosk(tmp_path / "kiosk", f"https://127.0.0.1:{proxy.port}", pki,
                              batch_size=7)
        _set_timeout(tmp_path / "kiosk", 1.0)
        run_kiosk(env, "outbox", "fill-demo", "--count", "60", "--seed", "11")
        failures, depth = _drain_through_faults(env)
    finally:
        proxy.close()
    assert failures >= 5  # the faults really happened …
    assert all(proxy.counts.get(fate) for fate in ("reset_request", "reset_response", "stall"))
    stats = backoffice.stats()
    assert stats["distinct_records"] == depth["acknowledged"]  # … and nothing was lost
    keys = _exported_keys(backoffice)
    assert len(keys) == 60 == len(set(keys))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_http_5xx_mid_batch_are_retried_and_duplicates_refused(backend, pki, tmp_path, request):
    if backend == "sqlite":
        db_url = f"sqlite:///{tmp_path / 'bo.sqlite3'}"
    else:
        db_url = request.getfixturevalue("postgres").new_database()
    flaky: list[FlakyHttp] = []

    def wrap(app):
        flaky.append(FlakyHttp(app, seed=9, before=0.2, after=0.25))
        return flaky[0]

    service = InProcessBackoffice(db_url, pki, tmp_path / "bo-key", wrap)
    try:
        env = configure_kiosk(tmp_path / "kiosk", service.url, pki, batch_size=5)
        run_kiosk(env, "outbox", "fill-demo", "--count", "50", "--seed", "5")
        failures, depth = _drain_through_faults(env)
        stats = service.store.stats()
        keys = [row["idem_key"] for row in service.store.submissions()]
    finally:
        service.close()
    counts = flaky[0].counts
    assert counts["503_before"] > 0 and counts["500_after"] > 0 and failures > 0
    assert stats["distinct_records"] == depth["acknowledged"]
    assert stats["duplicates_refused"] > 0  # resent after a lost answer, refused
    assert len(keys) == 50 == len(set(keys))


def test_back_office_down_for_a_long_time(pki, tmp_path):
    """The kiosk keeps taking work while the back office is away; the loop drains later."""
    import threading
    import time

    from kiosk.demo.data import demo_submissions
    from kiosk.store.records import Submission
    from kiosk.store.sync import SyncLoop

    service = Backoffice(f"sqlite:///{tmp_path / 'bo.sqlite3'}", pki, tmp_path / "bo-home")
    env = configure_kiosk(tmp_path / "kiosk", service.url, pki, batch_size=20,
                          sync_interval_seconds=0.1, retry_base_seconds=0.05,
                          retry_max_seconds=0.4)
    settings = load_settings(env)
    loop = SyncLoop(settings)
    loop.start()
    kiosk = open_outbox(settings)
    try:
        enqueued = 0
        for item in demo_submissions(120, seed=1):  # a counter day while the link is down
            if isinstance(item, Submission):
                kiosk.enqueue_submission(item)
                enqueued += 1
                time.sleep(0.01)
            else:
                kiosk.enqueue_event(item)
        time.sleep(1.0)
        down = kiosk.status()
        failed_cli = run_kiosk(env, "sync")
        max_attempts = kiosk.store.read("SELECT MAX(attempts) FROM outbox")[0][0]

        service.start()
        loop.nudge()
        deadline = time.monotonic() + 60
        while kiosk.depth()["acknowledged"] < sum(kiosk.depth().values()):
            assert time.monotonic() < deadline, kiosk.status()
            time.sleep(0.1)
        stats = service.stats()
    finally:
        loop.stop()
        kiosk.store.close()
        service.stop()
    assert not loop.is_alive() and threading.active_count() >= 1
    assert enqueued == 120 and down["depth"]["acknowledged"] == 0
    assert down["last_error"] and "connect" in down["last_error"]
    assert max_attempts >= 3  # retried with backoff all along
    assert failed_cli.returncode == 8 and len(failed_cli.stderr.strip().splitlines()) == 1
    assert stats["submissions"] == 120 and stats["duplicates_refused"] == 0


def _set_timeout(home, seconds):
    import tomllib

    import tomli_w
    path = home / "kiosk.toml"
    raw = tomllib.loads(path.read_text())
    raw["backoffice"]["timeout_seconds"] = seconds
    path.write_text(tomli_w.dumps(raw))
