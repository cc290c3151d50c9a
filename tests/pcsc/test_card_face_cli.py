"""`kiosk card read --code-b-stdin --face DIR` through pcscd + vpcd: the card-face AP."""

import io
import json
import stat

from PIL import Image

from devices.card.face_record import TAG_BIRTH, TAG_SEX
from devices.card.faceap import FACE_AP_AID
from devices.simcard.faceap import EF_FACE, face_record, face_values, photo_range, tampered
from devices.simcard.persona import load_persona
from tests.support.cli import one_clean_line

YAMADA_CODE_B = "1985-04-01 2035 1234\n"
FACE_READ = ("card", "read", "--code-b-stdin", "--json", "--face")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_face_writes_three_private_pngs_and_the_json(insert_card, run_kiosk, tmp_path):
    inserted = insert_card("yamada_taro")
    face_dir = tmp_path / "face"
    result = run_kiosk(*FACE_READ, str(face_dir), stdin=YAMADA_CODE_B)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["credential"] == "code_b" and data["integrity"] == "verified"
    assert data["face_integrity"] == "verified" and data["face_reason"] is None
    assert data["face_chip"] == "genuine"
    assert data["card_expiry"] == "2035-04-01"
    assert sorted(data["face_files"]) == ["address", "name", "photo"]
    assert _mode(face_dir) == 0o700
    for key in ("name", "address", "photo"):
        path = face_dir / f"{key}.png"
        assert data["face_files"][key] == str(path.resolve())
        assert _mode(path) == 0o600
        with Image.open(path) as image:
            assert image.format == "PNG" and image.width > 20
    with Image.open(face_dir / "photo.png") as photo:
        assert photo.mode == "L" and photo.size == (150, 200)
    assert sorted(p.name for p in face_dir.iterdir()) == ["address.png", "name.png", "photo.png"]
    assert inserted.card.stats.pin_verifies == 0
    # The photo record takes 256-byte chunks; the whole face read stays within the budget.
    assert data["face_record_bytes"] > 4096 and data["face_apdu_count"] <= 40


def test_tampered_record_is_invalid(insert_card, run_kiosk, tmp_path):
    inserted = insert_card("yamada_taro")
    record = inserted.card.application(FACE_AP_AID).files[EF_FACE]
    inserted.card.overwrite_file(EF_FACE, tampered(record), aid=FACE_AP_AID)
    result = run_kiosk(*FACE_READ, str(tmp_path / "face"), stdin=YAMADA_CODE_B)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["integrity"] == "verified"  # the text AP is untouched
    assert data["face_integrity"] == "invalid"
    assert "signature" in data["face_reason"] and data["face_chip"] == "unchecked"


def test_birth_date_or_sex_mismatch_is_invalid(insert_card, run_kiosk, tmp_path):
    inserted = insert_card("yamada_taro")
    values = face_values(load_persona("yamada_taro"))
    for change, reason in (({TAG_BIRTH: b"19850402"}, "birth date"), ({TAG_SEX: b"2"}, "sex")):
        # Properly signed by the face AP's key: only the cross-check can catch it.
        inserted.card.overwrite_file(EF_FACE, face_record({**values, **change}), aid=FACE_AP_AID)
        result = run_kiosk(*FACE_READ, str(tmp_path / "face"), stdin=YAMADA_CODE_B)
        data = json.loads(result.stdout)
        assert data["face_integrity"] == "invalid", data
        assert reason in data["face_reason"]
        assert data["face_chip"] == "genuine"  # the chip itself is fine


def test_clone_is_copy_and_invalid(insert_card, run_kiosk, tmp_path):
    insert_card("yamada_taro_clone")
    persona = load_persona("yamada_taro_clone")
    line = f"{persona.basic4.birth_date} {persona.card_expiry.year} {persona.security_code}"
    result = run_kiosk(*FACE_READ, str(tmp_path / "face"), stdin=line)
    data = json.loads(result.stdout)
    assert data["face_chip"] == "copy" and data["face_integrity"] == "invalid"


def _photo_apdu(inserted, run_kiosk, face_dir) -> int:
    """The card's APDU number, in a warm read (CVC cached), of a chunk in the photo's middle:
    the longest run of READ BINARY is EF 0002 of the card-face AP, read from offset 0."""
    run_kiosk(*FACE_READ, str(face_dir), stdin=YAMADA_CODE_B)
    before = inserted.card.stats.apdus
    assert run_kiosk(*FACE_READ, str(face_dir), stdin=YAMADA_CODE_B).returncode == 0
    commands = inserted.card.stats.commands[before:]
    runs, start = [], None
    for index, ins in enumerate([*commands, None]):
        if ins == 0xB0 and start is None:
            start = index
        elif ins != 0xB0 and start is not None:
            runs.append((index - start, start))
            start = None
    _, first_read = max(runs)
    photo = photo_range(inserted.card.application(FACE_AP_AID).files[EF_FACE])
    middle_chunk = (photo.start + photo.stop) // 2 // 256
    return first_read + middle_chunk + 1


def test_removal_during_the_photo_read_is_one_line_and_writes_nothing(
        insert_card, run_kiosk, tmp_path):
    measured = insert_card("yamada_taro")
    remove_at = _photo_apdu(measured, run_kiosk, tmp_path / "warmup")
    measured.remove()
    inserted = insert_card("yamada_taro", remove_after_apdus=remove_at)
    face_dir = tmp_path / "face"
    result = run_kiosk(*FACE_READ, str(face_dir), stdin=YAMADA_CODE_B)
    assert result.returncode == 5, result.stderr
    assert "removed" in one_clean_line(result.stderr)
    assert result.stdout == ""
    assert not face_dir.exists() or not any(face_dir.iterdir())
    assert inserted.card.stats.commands[-1] == 0xB0  # it went while the photo was read


def test_face_needs_code_b_and_a_folder(insert_card, run_kiosk, tmp_path):
    inserted = insert_card("yamada_taro")
    with_pin = run_kiosk("card", "read", "--pin-stdin", "--face", str(tmp_path / "f"),
                         stdin="1234\n")
    assert with_pin.returncode == 2 and "--code-b-stdin" in one_clean_line(with_pin.stderr)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    not_dir = run_kiosk(*FACE_READ, str(a_file), stdin=YAMADA_CODE_B)
    assert not_dir.returncode == 2
    assert inserted.card.stats.apdus == 0
    assert not (tmp_path / "f").exists()


def test_photo_never_in_the_apdu_trace(insert_card, run_kiosk, tmp_path):
    insert_card("yamada_taro")
    result = run_kiosk("--trace-apdus", *FACE_READ, str(tmp_path / "face"), stdin=YAMADA_CODE_B)
    assert result.returncode == 0, result.stderr
    assert "secret bytes" in result.stderr
    photo = (tmp_path / "face" / "photo.png").read_bytes()
    with Image.open(io.BytesIO(photo)) as image:
        assert image.size == (150, 200)
    # The JP2 signature of the photo never shows in the traced R-APDUs.
    assert "6a 50 20 20" not in result.stderr and "0c 6a 50" not in result.stderr
    assert "55021720352285" not in result.stderr


