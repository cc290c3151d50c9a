"""A card-face read in process: the verdicts, the code B hygiene, 内部認証, the images."""

import dataclasses
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from devices.card.basic4 import Sex
from devices.card.chip import Chip
from devices.card.codeb import CodeB
from devices.card.cvc_cache import CvcCache
from devices.card.errors import CardProtocolError, CodeBLockedError, WrongCodeBError
from devices.card.face_reading import FaceReader
from devices.card.face_record import TAG_NAME_IMAGE, TAG_PHOTO
from devices.card.faceap import EF_CODE_B, FACE_AP_AID
from devices.card.integrity import TrustStore
from devices.imaging import ImageError, PillowDecoder
from devices.simcard import faceimages
from devices.simcard.faceap import EF_FACE, face_record, face_values, tampered
from devices.simcard.files import verification_number_b
from tests.support.cards import card_transport, persona, trusted

YAMADA = persona("yamada_taro")
CODE_B = CodeB(verification_number_b(YAMADA))


def _reader(trust: TrustStore | None = None, cache: CvcCache | None = None) -> FaceReader:
    return FaceReader(trust if trust is not None else trusted(), PillowDecoder(), cache)


def _verifies_sent(transport) -> list[bytes]:
    return [a for a in transport.sent if a[1] == 0x20 and len(a) > 5]


def test_verified_genuine_with_images_and_expiry():
    transport = card_transport("yamada_taro")
    report = _reader().read(transport, CODE_B, basic4=YAMADA.basic4)
    face = report.face
    assert (face.integrity.value, face.reason, face.chip.verdict) == ("verified", None,
                                                                     Chip.GENUINE)
    assert face.birth_date == dt.date(1985, 4, 1) and face.sex is Sex.MALE
    assert face.expiry == dt.date(2035, 4, 1)
    with Image.open(io.BytesIO(bytes(face.images.photo))) as photo:
        assert photo.format == "PNG" and photo.mode == "L"
    with Image.open(io.BytesIO(bytes(face.images.name))) as name:
        assert name.mode == "1"
    assert report.record_reads == -(-report.record_bytes // 256)
    assert report.apdu_count <= 40
    assert len(_verifies_sent(transport)) == 1
    assert "****" in repr(face) and "****" in repr(face.images)


def test_cached_cvc_saves_the_ef0004_read():
    cache = CvcCache()
    first = _reader(cache=cache).read(card_transport("yamada_taro"), CODE_B)
    second = _reader(cache=cache).read(card_transport("yamada_taro"), CODE_B)
    assert second.face.integrity.value == "verified"
    assert second.apdu_count == first.apdu_count - 4  # SELECT EF 0004 + three chunks


def test_untrusted_issuer_still_checks_the_chip():
    report = _reader(TrustStore()).read(card_transport("yamada_taro"), CODE_B)
    assert report.face.integrity.value == "untrusted"
    assert report.face.chip.verdict is Chip.GENUINE


def test_tampered_record_is_invalid_and_the_chip_unchecked():
    transport = card_transport("yamada_taro")
    record = transport.card.application(FACE_AP_AID).files[EF_FACE]
    transport.card.overwrite_file(EF_FACE, tampered(record), aid=FACE_AP_AID)
    face = _reader().read(transport, CODE_B).face
    assert face.integrity.value == "invalid" and "DF28" in face.reason
    assert face.chip.verdict is Chip.UNCHECKED
    assert not any(a[1] == 0x2A for a in transport.sent)  # no key to check against


def test_clone_is_a_copy_and_invalid():
    face = _reader().read(card_transport("yamada_taro", clone=True), CODE_B).face
    assert face.chip.verdict is Chip.COPY and face.integrity.value == "invalid"


def test_card_without_internal_auth_is_unchecked_and_keeps_its_verdict():
    transport = card_transport("yamada_taro")
    transport.card.application(FACE_AP_AID).chip_key = None
    face = _reader().read(transport, CODE_B).face
    assert face.chip.verdict is Chip.UNCHECKED and face.integrity.value == "verified"


def test_mismatch_with_the_text_ap_is_invalid():
    other = dataclasses.replace(YAMADA.basic4, birth_date=dt.date(1985, 4, 2))
    face = _reader().read(card_transport("yamada_taro"), CODE_B, basic4=other).face
    assert face.integrity.value == "invalid" and "birth date" in face.reason
    assert "1985" not in face.reason
    female = dataclasses.replace(YAMADA.basic4, sex=Sex.FEMALE)
    face = _reader().read(card_transport("yamada_taro"), CODE_B, basic4=female).face
    assert "sex" in face.reason


@pytest.mark.parametrize(("tag", "content", "what"), [
    (TAG_PHOTO, b"\x00\x00\x00\x0cjP  \r\n\x87\n" + b"\x00" * 50, "photo"),
    (TAG_PHOTO, faceimages.text_png("not a jp2"), "photo"),
    (TAG_NAME_IMAGE, b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, "name image"),
])
def test_an_image_that_does_not_decode_is_invalid_with_a_reason(tag, content, what):
    transport = card_transport("yamada_taro")
    values = {**face_values(YAMADA), tag: content}  # validly signed: only decoding fails
    transport.card.overwrite_file(EF_FACE, face_record(values), aid=FACE_AP_AID)
    face = _reader().read(transport, CODE_B).face
    assert face.integrity.value == "invalid" and face.reason == f"the card-face {what} does " \
                                                                "not decode"
    assert face.images is None


def test_a_malformed_record_is_invalid_never_an_exception():
    transport = card_transport("yamada_taro")
    record = transport.card.application(FACE_AP_AID).files[EF_FACE]
    assert record[5:8] == b"\xdf\x21\x12"  # FF 20 82 xx xx, then the offset table
    transport.card.overwrite_file(EF_FACE, record[:8] + bytes(18) + record[26:], aid=FACE_AP_AID)
    face = _reader().read(transport, CODE_B).face
    assert face.integrity.value == "invalid" and "offset table" in face.reason
    assert face.birth_date is None and face.images is None


def test_a_record_claiming_more_than_the_card_holds_is_a_protocol_error():
    transport = card_transport("yamada_taro")
    transport.card.overwrite_file(EF_FACE, b"\xff\x20\x83\x01\x00\x00", aid=FACE_AP_AID)
    with pytest.raises(CardProtocolError):
        _reader().read(transport, CODE_B)


def test_wrong_code_b_is_sent_once_and_reports_the_tries():
    transport = card_transport("yamada_taro")
    wrong = CodeB("60040120359999")
    with pytest.raises(WrongCodeBError) as raised:
        _reader().read(transport, wrong)
    assert raised.value.tries_left == 2 and "9999" not in str(raised.value)
    assert len(_verifies_sent(transport)) == 1
    assert transport.card.application(FACE_AP_AID).keys[EF_CODE_B].tries_left == 2
    assert transport.card.application(bytes.fromhex("D3921000310001010408")).keys[
        0x0015].tries_left == 3  # its own counter: the text AP's is untouched


def test_locked_code_b_is_never_sent():
    transport = card_transport("yamada_taro")
    transport.card.application(FACE_AP_AID).keys[EF_CODE_B].tries_left = 0
    reader = _reader()
    assert reader.code_b_tries_left(card_transport("yamada_taro")) == 3
    with pytest.raises(CodeBLockedError):
        reader.read(transport, CODE_B)
    assert _verifies_sent(transport) == []


def test_wipe_zeroes_the_images():
    face = _reader().read(card_transport("yamada_taro"), CODE_B).face
    photo = face.images.photo
    assert len(photo) > 1000
    face.wipe()
    assert len(photo) == 0 and len(face.images.name) == 0


def test_decoder_refuses_other_formats_and_huge_sizes():
    decoder = PillowDecoder()
    with pytest.raises(ImageError, match="not a JPEG 2000"):
        decoder.photo_png(b"\xff\xd8\xff\xe0 a jpeg")
    with pytest.raises(ImageError, match="not a PNG"):
        decoder.image_png(b"GIF89a")
    out = io.BytesIO()
    Image.new("1", (5000, 10)).save(out, "PNG")
    with pytest.raises(ImageError, match="implausible size"):
        decoder.image_png(out.getvalue())


_PHOTO = faceimages.photo_jp2(target_bytes=1200)
_PNG = faceimages.text_png("山田")


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_fuzzed_images_raise_only_image_error(data):
    for good, decode in ((_PHOTO, PillowDecoder().photo_png), (_PNG, PillowDecoder().image_png)):
        damaged = bytearray(good)
        for _ in range(data.draw(st.integers(1, 4))):
            position = data.draw(st.integers(0, len(damaged) - 1))
            damaged[position] = data.draw(st.integers(0, 255))
        if data.draw(st.booleans()):
            del damaged[data.draw(st.integers(1, len(damaged))):]
        try:
            png = decode(bytes(damaged))
        except ImageError:
            continue
        assert png.startswith(b"\x89PNG")
