"""Check modules for tests/unit/test_selftest.py (registered only when a test loads them)."""

from kiosk.selftest.registry import Context, Skipped, check


@check("fake-ok")
def passes(context: Context) -> str:
    (context.workdir / "made-by-fake-ok").write_text("x")
    return "all good"


@check("fake-skip")
def cannot_run_here(context: Context) -> str:
    raise Skipped("no such device on this machine")
