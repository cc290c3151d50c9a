"""A resident's procedures are not offered for a card from another city (issue #12, item 4)."""

from forms.navigator import decide, not_offered
from tests.support.forms import card, session

ELSEWHERE = card(address="大阪府大阪市北区梅田一丁目１番１号")


def test_a_card_from_elsewhere_gets_no_tenkyo_or_tenshutsu_and_is_told_why():
    for event, form in (("moving_within", "tenkyo_todoke"), ("moving_out", "tenshutsu_todoke")):
        built = session(event, ELSEWHERE)
        assert form not in {d.procedure.id for d in decide(built)}
        refused = dict((p.id, why) for p, why in not_offered(built))
        assert "住民登録" in refused[form] and "residents" in refused[form]


def test_a_resident_gets_them():
    for event, form in (("moving_within", "tenkyo_todoke"), ("moving_out", "tenshutsu_todoke")):
        built = session(event, card())
        assert form in {d.procedure.id for d in decide(built)}
        assert not_offered(built) == []


def test_navigate_lists_what_is_not_offered(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    from tests.support.forms import examples

    kiosk = str(Path(sys.executable).with_name("kiosk"))
    card_path, answers = tmp_path / "card.json", tmp_path / "answers.json"
    card_path.write_text(json.dumps(ELSEWHERE, ensure_ascii=False), encoding="utf-8")
    answers.write_text(json.dumps(examples("moving_within"), ensure_ascii=False, default=str),
                       encoding="utf-8")
    out = subprocess.run([kiosk, "navigate", "--life-event", "moving_within", "--card",
                          str(card_path), "--answers", str(answers), "--json"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    payload = json.loads(out)
    assert {p["id"] for p in payload["not_offered"]} == {"tenkyo_todoke", "jidou_teate_henkou"}
    assert "tenkyo_todoke" not in [p["id"] for p in payload["procedures"]]
