"""``kiosk --self-test``: the registry (registry.py) and the core and card checks."""
