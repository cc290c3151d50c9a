"""What the tests share: service fixtures (back office, PostgreSQL, pcscd + vpcd, cupsd,
speech-dispatcher), the app-building fixture, the kiosk.toml builder, the fault proxy and small
builders. tests/conftest.py registers the fixture modules as plugins, so no test module imports
from another test module."""
