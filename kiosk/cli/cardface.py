"""``kiosk card read --code-b-stdin --face DIR``: the card-face AP after the text AP.

The face photo and the name and address images are written into DIR (0700) as ``photo.png``,
``name.png`` and ``address.png`` (0600), only once the whole read has finished: a card pulled
during the photo read leaves DIR as it was. Each file is written under a temporary name and
renamed into place, so a reader of DIR never sees half a picture. The JSON gains
``card_expiry`` (DF29: printed on the card, outside the signature, never "verified"),
``face_integrity``, ``face_reason``, ``face_chip`` and ``face_files``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import click

from devices.card.basic4 import Basic4
from devices.card.codeb import CodeB
from devices.card.face_reading import CardFace, FaceReport
from devices.card.transport import CardTransport
from devices.filemode import private_dir
from kiosk.cli.errors import Exit, fail
from kiosk.hardware import face_reader
from kiosk.settings import Settings

FACE_HELP = ("With --code-b-stdin: also read the card-face AP and write name.png, address.png "
             "and photo.png into DIR (created 0700, files 0600).")
FACE_FILES = ("name", "address", "photo")


def check_face_dir(face_dir: Path | None, *, code_b: bool) -> None:
    """Refuse a bad --face before the card is touched (exit 2, nothing written)."""
    if face_dir is None:
        return
    if not code_b:
        fail("--face は --code-b-stdin と使います(券面事項確認APは照合番号Bで開きます) / "
             "--face needs --code-b-stdin (the card-face AP opens with 照合番号B)", Exit.USAGE)
    if face_dir.exists() and not face_dir.is_dir():
        fail(f"--face {face_dir} はフォルダではありません / is not a folder", Exit.USAGE)


def read_card_face(transport: CardTransport, settings: Settings, code_b: CodeB,
                   basic4: Basic4) -> FaceReport:
    """The card-face read in the same connection, cross-checked with the text AP's data."""
    return face_reader(settings).read(transport, code_b, basic4=basic4)


def write_face(report: FaceReport, face_dir: Path) -> dict[str, Any]:
    """Write the images, wipe them from memory, and return the JSON keys of the face read."""
    face = report.face
    try:
        files = _write_images(face, face_dir)
    except OSError as error:
        fail(f"券面の画像を書き込めません / cannot write the card-face images: "
             f"{error.strerror or type(error).__name__}", Exit.FAILURE)
    finally:
        face.wipe()
    return {
        "card_expiry": None if face.expiry is None else face.expiry.isoformat(),
        "face_integrity": face.integrity.value,
        "face_reason": face.reason,
        "face_chip": face.chip.verdict.value,
        "face_files": files,
        "face_apdu_count": report.apdu_count,
        "face_record_bytes": report.record_bytes,
        "face_record_reads": report.record_reads,
        "face_elapsed_ms": round(report.elapsed_ms, 2),
    }


def _write_images(face: CardFace, face_dir: Path) -> dict[str, str]:
    private_dir(face_dir)
    images = face.images
    contents = {} if images is None else {
        "name": images.name, "address": images.address, "photo": images.photo}
    written: dict[str, str] = {}
    temps: list[tuple[Path, Path]] = []
    try:
        for key, content in contents.items():
            target = face_dir / f"{key}.png"
            temps.append((_write_private(target.with_name(f".{key}.png.tmp"), content), target))
        for temp, target in temps:
            os.replace(temp, target)
            written[target.stem] = str(target.resolve())
    finally:
        for temp, _ in temps:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    for key in FACE_FILES:  # no stale picture of an earlier card beside this card's verdict
        if key not in written:
            with contextlib.suppress(FileNotFoundError):
                (face_dir / f"{key}.png").unlink()
    return written


def _write_private(path: Path, content: bytearray) -> Path:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a temp left by a killed run
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(content)
    return path


face_option = click.option("--face", "face_dir", metavar="DIR", default=None,
                           type=click.Path(path_type=Path, file_okay=False), help=FACE_HELP)
