"""What a real-stack fixture does when its stack cannot start on this machine.

On a developer's machine it skips (with the reason, which ``-ra`` lists). With
``KIOSK_REQUIRE_STACKS=1`` (scripts/test and CI set it) it fails instead: there a real-stack
test must never be skipped silently. ``KIOSK_REQUIRE_PCSC`` is the old name, still honoured.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

REQUIRE_ENV = "KIOSK_REQUIRE_STACKS"
LEGACY_REQUIRE_ENV = "KIOSK_REQUIRE_PCSC"

# The markers of tests that drive a real service; tests/conftest.py applies them.
REAL_STACK_MARKERS = frozenset({"pcsc", "backoffice", "postgres", "cups", "speechd"})


def stacks_required() -> bool:
    return any(os.environ.get(name, "") not in ("", "0")
               for name in (REQUIRE_ENV, LEGACY_REQUIRE_ENV))


def unavailable(stack: str, reason: object) -> NoReturn:
    """Skip, or fail when the stacks are required, because ``stack`` cannot start."""
    if stacks_required():
        pytest.fail(f"{stack} cannot start: {reason} ({REQUIRE_ENV}=1: real-stack tests must "
                    "run; scripts/setup installs the stacks)", pytrace=False)
    pytest.skip(f"{stack} cannot start: {reason}")
