"""Printing: the printer port (port.py) and its adapters: CUPS (cups.py), a folder (folder.py)."""
