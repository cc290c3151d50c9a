"""Remote-window benchmark: edit propagation branch ↔ main office, and reconnection after a drop.

Run by hand:  .venv/bin/python benchmarks/remote.py [--edits 500] [--drops 20]
Targets (issue #7): an edit made on one side is applied on the other side with p95 <= 100 ms
over loopback TLS. Reported too: the time from a dropped connection (the socket shut down under
the client) until the client is connected and resumed again, and until an edit made during the
drop has reached the other side. The back office is the real ``kiosk backoffice serve``
(SQLite; every applied edit is also a durable audit entry).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.pki import init_pki
from kiosk.remote.client import Endpoint, RemoteClient
from kiosk.remote.roles import BranchClient, CounterClient
from tests.support.backoffice import Backoffice


def endpoint(pki: Path, name: str, url: str) -> Endpoint:
    return Endpoint(url, pki / "ca.pem", pki / f"{name}.pem", pki / f"{name}-key.pem")


def wait(condition: object, timeout: float = 30.0) -> float:
    """Spin until ``condition()`` holds; returns the time it took (seconds)."""
    started = time.perf_counter()
    while not condition():  # type: ignore[operator]
        if time.perf_counter() - started > timeout:
            raise SystemExit("benchmark: timed out waiting for the other side")
        time.sleep(0.0002)
    return time.perf_counter() - started


def propagation(source: RemoteClient, sink: RemoteClient, edits: int, tag: str) -> list[float]:
    latencies = []
    for number in range(edits):
        field = f"answers.{tag}{number % 20}"
        value = f"{tag}-{number}"
        started = time.perf_counter()
        source.edit(field, value)
        wait(lambda f=field, v=value: sink.state.values.get(f) == v)
        latencies.append(time.perf_counter() - started)
        wait(lambda: not source.pending)  # the next edit sees its own version
    return latencies


def reconnection(branch: BranchClient, counter: CounterClient, drops: int) -> tuple[
        list[float], list[float]]:
    resumed, delivered = [], []
    for number in range(drops):
        started = time.perf_counter()
        branch.drop_connection()
        wait(lambda: not branch.connected)
        branch.edit("answers.during_drop", number)
        wait(lambda: branch.connected)
        resumed.append(time.perf_counter() - started)
        wait(lambda n=number: counter.state.values.get("answers.during_drop") == n)
        delivered.append(time.perf_counter() - started)
        time.sleep(0.05)
    return resumed, delivered


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(f"{name:<42} n={len(samples):4d}  p50={statistics.median(ordered) * 1000:7.2f} ms  "
          f"p95={p95 * 1000:7.2f} ms  max={ordered[-1] * 1000:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--drops", type=int, default=20)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="remote-bench-"))
    try:
        pki = root / "pki"
        init_pki(pki, kiosks=1, staff=1)
        (pki / "remote-access.toml").write_text('[staff]\nstaff-01 = ["kiosk-01"]\n')
        service = Backoffice(f"sqlite:///{root / 'backoffice.sqlite3'}", pki, root / "home")
        service.start()
        try:
            run(service.url, pki, args.edits, args.drops)
        finally:
            service.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(url: str, pki: Path, edits: int, drops: int) -> None:
    with BranchClient(endpoint(pki, "kiosk-01", url), "kiosk-01") as branch, \
            CounterClient(endpoint(pki, "staff-01", url), "kiosk-01") as counter:
        branch.wait_connected()
        counter.wait_connected()
        propagation(branch, counter, 20, "warm")  # TLS sessions, imports, SQLite pages
        to_office = propagation(branch, counter, edits, "b")
        to_branch = propagation(counter, branch, edits, "c")
        resumed, delivered = reconnection(branch, counter, drops)
    print(f"remote window over loopback mutual TLS ({edits} edits each way, {drops} drops)")
    report("edit branch -> main office", to_office)
    report("edit main office -> branch", to_branch)
    report("both directions (target p95 <= 100 ms)", to_office + to_branch)
    report("drop -> reconnected and resumed", resumed)
    report("drop -> edit made meanwhile seen at office", delivered)


if __name__ == "__main__":
    main()
