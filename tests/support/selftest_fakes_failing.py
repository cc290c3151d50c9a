"""A check module whose check fails with a multi-line message."""

from kiosk.selftest.registry import Context, check


@check("fake-fail")
def breaks(context: Context) -> str:
    raise ValueError("first line\nsecond line")
