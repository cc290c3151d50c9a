"""Checks of what the kiosk CLI writes when it refuses: one line, never a traceback."""


def one_clean_line(stderr: str) -> str:
    """The one non-blank line of ``stderr`` (asserting there is exactly one, with no
    traceback)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]
