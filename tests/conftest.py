"""The suite's plugins: the shared fixtures of tests/support (services, devices, the app),
markers by folder, the log check and a private home for every test."""

import os

# Qt must never need a display in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "pytester",  # the tests of tests/support run pytest on small example suites
    "tests.support.app",
    "tests.support.counter",
    "tests.support.cups",
    "tests.support.isolation",
    "tests.support.logs",
    "tests.support.markers",
    "tests.support.pcsc",
    "tests.support.remote",
    "tests.support.services",
    "tests.support.speechd",
]
