"""``kiosk preapp decode`` on crafted codes (a right digest around a hostile body, which anyone
can make: the digest has no key): one line, exit 2, nothing on standard output."""

import zlib

import pytest
import segno

from tests.support.cli import one_clean_line
from tests.support.preapp import crafted

BODIES = {
    "bomb": (zlib.compress(b"[" * (1 << 20), 9), "expands past"),
    "deep": (zlib.compress(b"[" * 3000 + b"]" * 3000, 9), "nested deeper"),
    "nan": (zlib.compress(b'{"e":"birth","a":{"x":NaN}}'), "NaN"),
    "list": (zlib.compress(b'["birth",{}]'), "unknown life event"),
    "control": (zlib.compress(b'{"e":"birth","a":{"x":"\\u001b[2J"}}'), "control character"),
}


@pytest.mark.parametrize("case", sorted(BODIES))
def test_a_crafted_code_is_one_line_and_exit_2(run_kiosk, tmp_path, case):
    compressed, rule = BODIES[case]
    code = crafted(b"", compressed)
    if case != "bomb":  # the digest is over the body: make it right, as a forger would
        code = crafted(zlib.decompress(compressed))
    image = tmp_path / "code.png"
    segno.make_qr(code, error="m", mode="alphanumeric").save(str(image), scale=4)
    result = run_kiosk("preapp", "decode", str(image), "--json")
    assert result.returncode == 2
    assert rule in one_clean_line(result.stderr)
    assert result.stdout == ""
