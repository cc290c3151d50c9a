"""A simulated My Number Card that is a real PC/SC card: it plugs into vsmartcard's vpcd.

It ships in the package so demo mode runs without a physical card. Its issuer key is a
test key, trusted only when the kiosk runs in demo or test configuration.
"""
