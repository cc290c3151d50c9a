"""``kiosk qr decode`` on hostile files, with the real poppler and zbar: image bombs, a page
with a huge MediaBox, a 300-page PDF, a slow renderer. One line, exit 2, bounded memory and
time. The files are built here, a few KB each; no binary is committed."""

from __future__ import annotations

import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from devices import raster
from devices.raster import MAX_PAGES, MAX_PIXELS, RasterError, iter_images

MB = 1024 * 1024
RSS_LIMIT = 400 * MB  # was 0.6-2.6 GB before the limits
PROBE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
sys.stdout.write(f"{done.returncode}\\n{peak}\\n{done.stderr}")
"""


def pdf(pages: int, width: float, height: float) -> bytes:
    """A minimal valid PDF: ``pages`` empty pages of width x height points."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   " ".join(f"{3 + i} 0 R" for i in range(pages)).encode(), pages)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] >>" % (width, height)
                for _ in range(pages)]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def png(width: int, height: int) -> bytes:
    """A white 1-bit PNG compressed row by row: a few KB on disk, width x height pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data)
            + chunk(b"IEND", b""))


def decode(path: Path, *args: str) -> tuple[int, int, str, float]:
    """(exit code, peak RSS of the kiosk process or any child, stderr, seconds)."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", PROBE, sys.executable, "-m", "kiosk", "qr",
                           "decode", str(path), *args], capture_output=True, text=True,
                          timeout=120, check=False)
    code, peak, stderr = done.stdout.split("\n", 2)
    return int(code), int(peak), stderr, time.monotonic() - started


HOSTILE = {
    "bomb.png": (lambda: png(20_000, 20_000), "pixels"),  # Pillow's DecompressionBombError
    "warned.png": (lambda: png(10_000, 10_000), "pixels"),  # Pillow only warns here
    "large.png": (lambda: png(8_000, 6_000), "pixels"),  # below Pillow's limits, above ours
    "mediabox.pdf": (lambda: pdf(1, 14_400, 14_400), "too large"),  # 5 m x 5 m, 331 bytes
    "pages.pdf": (lambda: pdf(300, 14_400, 14_400), f"at most {MAX_PAGES}"),
    "fake.eps": (lambda: b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n",
                 "not an image or a PDF"),  # never handed to Ghostscript
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_one_line_with_bounded_memory(tmp_path, name):
    build, named = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(build())
    assert path.stat().st_size < 100_000
    code, peak, stderr, seconds = decode(path, "--dpi", "1200")
    assert code == 2, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kiosk: ") and named in lines[0], stderr
    assert peak < RSS_LIMIT and seconds < 20


def test_a_large_page_is_rendered_below_the_pixel_cap(tmp_path):
    a3 = tmp_path / "a3.pdf"
    a3.write_bytes(pdf(1, 842, 1191))  # A3 at 600 dpi would be 70 million pixels
    (page,) = iter_images(a3, 600)
    assert 0.8 * MAX_PIXELS < page.width * page.height <= MAX_PIXELS
    code, peak, stderr, _ = decode(a3, "--dpi", "600", "--json")
    assert code == 0 and peak < RSS_LIMIT, stderr


def test_an_ordinary_page_keeps_its_resolution(tmp_path):
    a4 = tmp_path / "a4.pdf"
    a4.write_bytes(pdf(2, 595.276, 841.89))
    pages = list(iter_images(a4, 300))
    assert [p.size for p in pages] == [raster.render_page(a4, 300).size] * 2 == [(2481, 3508)] * 2


def test_a_slow_renderer_is_stopped_at_the_time_limit(tmp_path, monkeypatch):
    slow = tmp_path / "pdftoppm"
    slow.write_text("#!/bin/sh\nsleep 30\n")
    slow.chmod(0o755)
    monkeypatch.setattr(raster, "PDFTOPPM", str(slow))
    monkeypatch.setattr(raster, "RASTER_SECONDS", 1)
    a4 = tmp_path / "a4.pdf"
    a4.write_bytes(pdf(1, 595.276, 841.89))
    started = time.monotonic()
    with pytest.raises(RasterError, match="took longer than 1 s"):
        list(iter_images(a4, 300))
    assert time.monotonic() - started < 5


def test_the_time_limit_covers_the_whole_pdf(tmp_path, monkeypatch):
    monkeypatch.setattr(raster, "RASTER_SECONDS", 0)
    a4 = tmp_path / "a4.pdf"
    a4.write_bytes(pdf(1, 595.276, 841.89))
    with pytest.raises(RasterError, match="took longer"):
        list(iter_images(a4, 300))


def test_peak_memory_is_measured_for_real(tmp_path):
    """The RSS probe sees a child's memory (so the bound above can fail)."""
    done = subprocess.run([sys.executable, "-c", PROBE, sys.executable, "-c",
                           "x = bytearray(300 * 1024 * 1024)"], capture_output=True,
                          text=True, check=True)
    assert int(done.stdout.split("\n")[1]) > 300 * MB
