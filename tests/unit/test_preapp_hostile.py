"""Crafted pre-application codes: the digest has no key (a resident's browser would hold it),
so anyone can make a code that passes it. Whatever such a code holds, the decode is bounded
and refuses with one line, and its answers are checked like typed ones (kiosk/preapp/answers)."""

import datetime as dt
import json
import zlib

import pytest

from forms.loader import load_catalogue
from kiosk.preapp import codes as preapp
from kiosk.preapp.answers import checked_answers
from tests.support.preapp import crafted


def refusal(code: str) -> str:
    with pytest.raises(preapp.PreappError) as caught:
        preapp.decode(code)
    message = str(caught.value)
    assert "\n" not in message and " / " in message  # one line, Japanese / English
    return message


def test_a_zlib_bomb_stops_at_the_cap():
    bomb = b'{"a":{"x":"' + b"A" * (64 << 20) + b'"},"e":"birth"}'  # 64 MiB from ~65 KB
    assert "longer than one QR code" in refusal(crafted(b"", zlib.compress(bomb, 9)))
    with pytest.raises(preapp.PreappError, match="expands past 65536 bytes"):
        preapp._inflate(zlib.compress(bomb, 9))  # and the inflater alone stops at the cap
    small = crafted(b"", zlib.compress(b"[" * (preapp.MAX_BODY_BYTES + 1), 9))
    assert len(small) <= preapp.MAX_CODE_LENGTH  # fits in one QR code, still refused
    assert "expands past" in refusal(small)


def test_an_over_long_code_is_refused_before_decoding():
    assert "longer than one QR code" in refusal("PA1:" + "0" * (preapp.MAX_CODE_LENGTH + 1))
    code = preapp.encode("birth", {"x": "y"})
    assert preapp.decode(code + "\r\n") == ("birth", {"x": "y"})  # a scanner's line end


@pytest.mark.parametrize(("body", "rule"), [
    (b"[" * 5000 + b"]" * 5000, "nested deeper"),
    (b'{"e":"birth","a":{"x":NaN}}', "NaN"),
    (b'{"e":"birth","a":{"x":1e999}}', "NaN"),
    (b'{"e":"birth","a":{"x":"\\ud800"}}', "lone surrogate"),
    (b'{"e":"birth","a":', "not JSON"),
    (b"\xff\xfe", "damaged"),
    (b'["birth", {}]', "unknown life event"),
    (b'"birth"', "unknown life event"),
    (b'{"e":["birth"],"a":{}}', "unknown life event"),
    (b'{"e":"birth","a":[1]}', "unknown life event"),
    (b'{"e":"birth","a":{"x":"a\\u0000b"}}', "control character"),
    (b'{"e":"birth","a":{"x\\u001b[2J":"y"}}', "control character"),
    (b'{"e":"birth","a":{"x":["ok","\\u202e"]}}', "control character"),
])
def test_a_crafted_body_is_one_line(body, rule):
    assert rule in refusal(crafted(body))


def test_a_long_life_event_is_not_echoed_in_full():
    message = refusal(crafted(json.dumps({"e": "x" * 3000, "a": {}}).encode()))
    assert len(message) < 300


def test_encode_refuses_what_decode_would_refuse():
    with pytest.raises(preapp.PreappError, match="control character"):
        preapp.encode("birth", {"x": "line\nbreak"})


CATALOGUE = load_catalogue()


def test_the_answers_pass_the_checks_a_typed_answer_gets():
    answers = {"furigana": "ヤマダ　タロウ", "phone": "03-1234-5678", "certificates": ["juminhyo"],
               "copies": 2, "purpose": "bank"}
    assert checked_answers(CATALOGUE, "certificates", answers) == (answers, [])


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("not_a_question", "x", "not a question of this life event"),
    ("copies", "2", "a whole number"),
    ("copies", True, "a whole number"),
    ("furigana", "ﾔﾏﾀﾞ", "katakana"),
    ("furigana", {"a": 1}, "required"),
    ("purpose", "bribe", "choose one of"),
    ("certificates", "juminhyo", "choose at least one"),
    ("phone", "0" * 300, "not a valid phone number"),
])
def test_each_refused_answer_is_one_line_and_is_not_loaded(key, value, expected):
    answers = {"furigana": "ヤマダ　タロウ", key: value}
    passed, problems = checked_answers(CATALOGUE, "certificates", answers)
    assert key not in passed
    [line] = problems
    assert expected in line and line.startswith(key) and "\n" not in line


def test_an_over_long_text_and_a_flood_of_questions():
    event = next(e for e in CATALOGUE.life_events.values()
                 if any(CATALOGUE.questions[q].type.name == "TEXT" for q in e.questions))
    text_q = next(q for q in event.questions if CATALOGUE.questions[q].type.name == "TEXT")
    passed, problems = checked_answers(CATALOGUE, event.id, {text_q: "あ" * 201})
    assert passed == {} and "at most 200 characters" in problems[0]
    flood = {f"q{i}" + "x" * 100: "v" for i in range(500)}
    passed, problems = checked_answers(CATALOGUE, event.id, flood)
    assert passed == {} and len(problems) == 11 and problems[-1].endswith("490 more")
    assert all(len(line) < 200 for line in problems)


def test_a_members_answer_names_the_member_and_key():
    event = next(e for e in CATALOGUE.life_events.values()
                 if any(CATALOGUE.questions[q].type.name == "MEMBERS" for q in e.questions))
    members_q = next(q for q in event.questions
                     if CATALOGUE.questions[q].type.name == "MEMBERS")
    member = {"name": "山田　花子", "kana": "ヤマダ　ハナコ", "birth_date": "2020-01-01",
              "relationship": "子", "sex": "female"}
    passed, problems = checked_answers(CATALOGUE, event.id, {
        members_q: [member, {**member, "birth_date": "2020-02-30"}]})
    assert members_q not in passed
    assert problems[0].startswith(f"{members_q}[1].birth_date")
    passed, _ = checked_answers(CATALOGUE, event.id, {members_q: [member]})
    assert passed[members_q][0]["birth_date"] == dt.date(2020, 1, 1)
    assert checked_answers(CATALOGUE, "wedding", {})[1] == [
        "この窓口にないライフイベントです / not a life event of this counter"]
