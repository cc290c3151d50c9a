"""書かないワンストップ窓口 — the application core, plain Python with no Qt and no pyscard import.

Its feature packages (queue, preapp, visit, store, payments, backoffice, remote, demo, selftest)
sit on devices/ and forms/; ``kiosk/cli`` is the entry point, the one part that may reach ``ui``
(lazily, so that a command without a window never loads Qt). tests/unit/test_layers.py checks it.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kiosk-onestop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
