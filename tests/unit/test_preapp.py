"""Pre-application (事前申請) codes: round trips for every life event, tampering, versions."""

import re
import zlib

import base45
import pytest

from kiosk.preapp import codes as preapp

SAMPLES = {
    "moving_in": {"氏名": "山田　太郎", "転入日": "2026-04-01",
                  "前住所": "大阪府大阪市北区梅田１－１",
                  "世帯人数": 3, "世帯主": True, "同時に転入": ["山田　花子", "山田　一郎"],
                  "国保加入": False},
    "moving_out": {"転出予定日": "2026-03-31", "転出先": "福岡県福岡市中央区天神２－３－４",
                   "理由": "転勤", "マイナンバーカード継続利用": True},
    "moving_within": {"転居日": "2026-05-10", "新住所": "デモ市本町５－６－７ ハイツ１０１",
                      "世帯全員": True, "人数": 2},
    "birth": {"子の氏名": "山田　さくら", "ふりがな": "やまだ さくら", "生年月日": "2026-06-15",
              "体重g": 3120, "身長cm": 49.5, "児童手当": True, "出生地": "デモ市"},
    "death": {"故人氏名": "山田　一郎", "死亡日": "2026-02-01", "届出人続柄": "長男",
              "手続き": ["年金", "国保資格喪失", "介護保険証返還"], "葬祭費": 50000},
    "certificates": {"種類": ["住民票の写し", "印鑑登録証明書"], "通数": {"住民票の写し": 2,
                                                                   "印鑑登録証明書": 1},
                     "本籍記載": False, "使用目的": "銀行口座開設"},
    "childcare": {"児童": [{"氏名": "山田　さくら", "生年月日": "2024-06-15"}],
                  "希望園": ["第一保育園", "みどり保育園"], "就労時間/月": 160,
                  "入園希望日": "2026-04-01"},
    "long_term_care": {"被保険者番号": "0000012345", "申請区分": "新規",
                       "主治医": "デモ医院 佐藤医師",
                       "認知症": None, "サービス希望": ["訪問介護", "デイサービス"]},
    "disaster": {"災害名": "令和8年台風第10号", "被害": "半壊", "り災日": "2026-09-01",
                 "被害額見込": 1500000.0, "罹災証明書": True, "連絡先": "090-0000-0000"},
}

QR_ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]+")


def test_the_samples_cover_every_life_event():
    assert set(SAMPLES) == set(preapp.LIFE_EVENTS)


@pytest.mark.parametrize("life_event", preapp.LIFE_EVENTS)
def test_round_trip_and_ascii_alphanumeric(life_event):
    code = preapp.encode(life_event, SAMPLES[life_event])
    assert code.startswith("PA1:") and QR_ALPHANUMERIC.fullmatch(code)
    assert preapp.decode(code) == (life_event, SAMPLES[life_event])


@pytest.mark.parametrize("position", [4, 10, -1])
def test_a_changed_character_is_rejected(position):
    code = preapp.encode("birth", SAMPLES["birth"])
    index = position % len(code)
    swapped = "B" if code[index] != "B" else "C"
    tampered = code[:index] + swapped + code[index + 1:]
    with pytest.raises(preapp.PreappError, match="damaged or was altered"):
        preapp.decode(tampered)


def test_a_valid_looking_forgery_with_the_old_digest_is_rejected():
    code = preapp.encode("certificates", SAMPLES["certificates"])
    packed = base45.b45decode(code[4:])
    forged_body = zlib.compress(
        zlib.decompress(packed[8:]).replace("銀行口座開設".encode(), "不正な目的".encode()))
    forged = "PA1:" + base45.b45encode(packed[:8] + forged_body).decode()
    with pytest.raises(preapp.PreappError, match="altered"):
        preapp.decode(forged)


def test_truncated_code_is_rejected():
    code = preapp.encode("death", SAMPLES["death"])
    with pytest.raises(preapp.PreappError):
        preapp.decode(code[:-7])


def test_unknown_version_and_foreign_text():
    code = preapp.encode("moving_in", SAMPLES["moving_in"])
    with pytest.raises(preapp.PreappError, match="version 2"):
        preapp.decode("PA2:" + code[4:])
    with pytest.raises(preapp.PreappError, match="not a pre-application code"):
        preapp.decode("https://example.org/")


def test_unknown_life_event_and_non_json_answers():
    with pytest.raises(preapp.PreappError, match="unknown life event"):
        preapp.encode("wedding", {})
    with pytest.raises(preapp.PreappError, match="JSON"):
        preapp.encode("birth", {"生年月日": object()})
    with pytest.raises(preapp.PreappError, match="JSON"):
        preapp.encode("birth", {"体重": float("nan")})


def test_too_many_answers_for_one_qr_code():
    # kanji that zlib cannot compress much: a long stride through the CJK block
    answers = {"メモ": "".join(chr(0x4E00 + (i * 7919) % 0x5000) for i in range(2000))}
    with pytest.raises(preapp.PreappError, match="too long"):
        preapp.encode("disaster", answers)
