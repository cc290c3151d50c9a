"""benchmarks/slips.py runs from the test command (a tiny run; its figures are read by hand)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benchmark_runs_and_prints_every_figure():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "slips.py"),
                             "--slips", "1", "--samples", "1"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("throughput") for line in lines) == 2
    assert sum(line.startswith("worn print") for line in lines) == 4
    assert all("slips/s" in line for line in lines if line.startswith("throughput"))
