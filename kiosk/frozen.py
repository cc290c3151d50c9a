"""What differs when the kiosk runs from the PyInstaller bundle (dist/kiosk/kiosk).

The bundle's bootloader points LD_LIBRARY_PATH at the bundle's own libraries so that the
kiosk process finds them. Programs the kiosk starts (pcscd, unshare, lp, lpstat) are the
machine's own and must load the machine's libraries, so the variable is put back as it was
before the bootloader changed it (PyInstaller keeps that in LD_LIBRARY_PATH_ORIG). The
dynamic loader of the running process read the variable at start-up, so this changes
nothing for the kiosk itself.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping

LIBRARY_PATH = "LD_LIBRARY_PATH"
SAVED_LIBRARY_PATH = "LD_LIBRARY_PATH_ORIG"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def restore_library_path(env: MutableMapping[str, str]) -> None:
    """Give child processes the library path the kiosk was started with."""
    original = env.pop(SAVED_LIBRARY_PATH, None)
    if original is not None:
        env[LIBRARY_PATH] = original
    else:
        env.pop(LIBRARY_PATH, None)
