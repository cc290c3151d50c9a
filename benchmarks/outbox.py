"""Outbox benchmark: durable enqueue latency, draining over loopback mutual TLS, 10 kiosks.

Run by hand:  .venv/bin/python benchmarks/outbox.py [--records 10000] [--kiosks 10]
Targets (issue #5): enqueue p99 <= 5 ms with a durable commit (WAL, synchronous=FULL);
draining 10,000 records to the back office over loopback TLS >= 1,000 records/s with SQLite
(PostgreSQL reported too); 10 kiosks (separate ``kiosk sync`` processes) syncing at once.
The back office is the real ``kiosk backoffice serve``; PostgreSQL is a private cluster.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tomli_w

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.demo.data import demo_submissions
from kiosk.pki import init_pki
from kiosk.settings import load_settings
from kiosk.store.records import Submission
from kiosk.store.service import init_outbox, open_outbox
from kiosk.store.sync import BackofficeClient, sync_pass
from tests.support.backoffice import KIOSK, Backoffice, free_port
from tests.support.postgres import PostgresCluster

BATCH = 500


def kiosk_home(root: Path, name: str, url: str, pki: Path) -> dict[str, str]:
    home = root / name
    home.mkdir(parents=True)
    config = {"kiosk_id": name,
              "backoffice": {"url": url, "ca": str(pki / "ca.pem"),
                             "cert": str(pki / f"{name}.pem"),
                             "key": str(pki / f"{name}-key.pem"), "timeout_seconds": 60},
              "outbox": {"batch_size": BATCH}}
    (home / "kiosk.toml").write_text(tomli_w.dumps(config))
    return {**os.environ, "KIOSK_HOME": str(home)}


def fill(env: dict[str, str], count: int, seed: int) -> list[float]:
    """Enqueue ``count`` submissions; returns each durable enqueue's latency in seconds."""
    outbox = init_outbox(load_settings(env))  # a fresh kiosk home, as `kiosk init` makes it
    latencies = []
    try:
        for item in demo_submissions(count, seed):
            if isinstance(item, Submission):
                started = time.perf_counter()
                outbox.enqueue_submission(item)
                latencies.append(time.perf_counter() - started)
    finally:
        outbox.store.close()
    return latencies


def drain(env: dict[str, str]) -> tuple[int, float]:
    settings = load_settings(env)
    assert settings.backoffice is not None
    outbox = open_outbox(settings)
    try:
        with BackofficeClient(settings.backoffice) as client:
            started = time.perf_counter()
            result = sync_pass(outbox, client, BATCH, respect_backoff=False)
            elapsed = time.perf_counter() - started
    finally:
        outbox.store.close()
    assert result.drained, result.error
    return result.sent, elapsed


def bench_enqueue(root: Path, pki: Path) -> None:
    env = kiosk_home(root, "kiosk-10", "https://127.0.0.1:9", pki)
    latencies = sorted(fill(env, 3000, seed=1))
    p50 = latencies[len(latencies) // 2] * 1000
    p99 = latencies[int(len(latencies) * 0.99)] * 1000
    print(f"enqueue (durable commit, {len(latencies)} submissions): p50 {p50:.2f} ms, "
          f"p99 {p99:.2f} ms, max {latencies[-1] * 1000:.2f} ms  (target p99 <= 5 ms)")


def bench_drain(root: Path, pki: Path, db_url: str, label: str, records: int) -> None:
    service = Backoffice(db_url, pki, root / f"bo-{label}", port=free_port())
    service.start()
    try:
        env = kiosk_home(root / label, "kiosk-01", service.url, pki)
        fill(env, records, seed=2)
        sent, elapsed = drain(env)
        stats = service.stats()
    finally:
        service.stop()
    assert stats["submissions"] == records, stats
    print(f"drain {sent} records over loopback mutual TLS to {label}: {elapsed:.2f} s, "
          f"{sent / elapsed:,.0f} records/s  (target >= 1,000/s with SQLite)")


def bench_many(root: Path, pki: Path, db_url: str, label: str, kiosks: int, each: int) -> None:
    service = Backoffice(db_url, pki, root / f"bo-many-{label}", port=free_port())
    service.start()
    try:
        envs = [kiosk_home(root / f"many-{label}", f"kiosk-{n:02d}", service.url, pki)
                for n in range(1, kiosks + 1)]
        for number, env in enumerate(envs):
            fill(env, each, seed=100 + number)
        started = time.perf_counter()
        processes = [subprocess.Popen([KIOSK, "sync"], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE) for env in envs]
        codes = [process.wait() for process in processes]
        elapsed = time.perf_counter() - started
        for process in processes:
            if process.stderr:
                process.stderr.close()
        stats = service.stats()
    finally:
        service.stop()
    assert codes == [0] * kiosks, codes
    assert stats["submissions"] == kiosks * each and stats["duplicates_refused"] == 0, stats
    total = kiosks * each
    print(f"{kiosks} kiosks syncing at once ({each} records each) to {label}: {elapsed:.2f} s "
          f"wall incl. process start, {total / elapsed:,.0f} records/s overall")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--kiosks", type=int, default=10)
    parser.add_argument("--each", type=int, default=1_000)
    parser.add_argument("--keep", action="store_true", help="Keep the work files.")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="kiosk-outbox-bench-"))
    pki = root / "pki"
    init_pki(pki, kiosks=max(10, args.kiosks))
    bench_enqueue(root, pki)
    cluster = PostgresCluster(free_port())
    cluster.start()
    try:
        backends = [("sqlite", f"sqlite:///{root / 'bo.sqlite3'}"),
                    ("postgresql", cluster.new_database())]
        for label, url in backends:
            bench_drain(root, pki, url, label, args.records)
        backends = [("sqlite", f"sqlite:///{root / 'bo-many.sqlite3'}"),
                    ("postgresql", cluster.new_database())]
        for label, url in backends:
            bench_many(root, pki, url, label, args.kiosks, args.each)
    finally:
        cluster.stop()
        if args.keep:
            print(f"(work files in {root})")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
