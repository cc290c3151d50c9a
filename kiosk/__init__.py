"""書かないワンストップ窓口 — application core (plain Python, no Qt, no pyscard)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kiosk-onestop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
