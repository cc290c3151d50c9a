"""Issue #12, item 7: answers that contradict the person model, through the CLI.

One clear line naming the person and the field (Japanese / English), exit 2, no PDF.
"""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.forms import card, examples

KIOSK = str(Path(sys.executable).with_name("kiosk"))
SIX = dt.date.today().replace(day=1) - dt.timedelta(days=6 * 366)  # the CLI counts from today
CHILD = {"name": "山田　一郎", "kana": "ヤマダ　イチロウ", "birth_date": SIX.isoformat(),
         "sex": "male", "relationship": "子"}
WIFE = {"name": "山田　花子", "kana": "ヤマダ　ハナコ", "birth_date": "1987-06-15",
        "sex": "female", "relationship": "妻"}


def render(tmp_path: Path, life_event: str,
           answers: dict) -> tuple[subprocess.CompletedProcess[str], Path]:
    card_path, answers_path = tmp_path / "card.json", tmp_path / "answers.json"
    card_path.write_text(json.dumps(card(), ensure_ascii=False), encoding="utf-8")
    answers_path.write_text(json.dumps(answers, ensure_ascii=False, default=str),
                            encoding="utf-8")
    out = tmp_path / "never.pdf"
    result = subprocess.run([KIOSK, "forms", "render", "--life-event", life_event,
                             "--card", str(card_path), "--answers", str(answers_path),
                             "-o", str(out)], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ))
    return result, out


@pytest.mark.parametrize("life_event,changes,field,words", [
    ("moving_in", {"household_members": [{**CHILD, "relationship": "妻"}]},
     "household_members[0].relationship", ("1人目の家族", "6歳", "妻", "member 1")),
    ("moving_in", {"household_members": [WIFE, {**CHILD, "relationship": "世帯主"}]},
     "household_members[1].relationship", ("2人目の家族", "世帯主が2人", "member 2")),
    ("moving_in", {"household_members": [{**CHILD, "relationship": "長男"}]},
     "household_members[0].relationship", ("長男", "住民票の続柄")),
    ("moving_in", {"household_members": [{**WIFE, "relationship": "母"}]},
     "household_members[0].relationship", ("母", "年下")),
    ("moving_in", {"head_is_self": False, "head_name": "山田　花子",
                   "applicant_relationship": "夫", "household_members": [WIFE]},
     "head_name", ("世帯主", "not among")),
    ("childcare", {"pregnant_name": "山田　良子"}, "pregnant_name",
     ("家族", "not among the household members")),
    ("moving_within", {"informant_capacity": "agent", "household_members": []},
     "household_members", ("引っ越す方", "代理人")),
])
def test_a_contradiction_is_one_line_exit_2_and_no_pdf(tmp_path, life_event, changes, field,
                                                       words):
    result, out = render(tmp_path, life_event, examples(life_event, **changes))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"kiosk: {field}（") and " / " in lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])
    assert "山田" not in lines[0] and "Traceback" not in result.stderr  # no names in messages
    assert not out.exists()


def test_example_answers_cover_the_person_model_questions():
    listed = subprocess.run([KIOSK, "forms", "example-answers", "moving_in"],
                            capture_output=True, text=True, timeout=60, check=True).stdout
    answers = json.loads(listed)
    assert {"informant_capacity", "household_join", "head_is_self"} <= set(answers)
    care = json.loads(subprocess.run([KIOSK, "forms", "example-answers", "long_term_care"],
                                     capture_output=True, text=True, timeout=60,
                                     check=True).stdout)
    assert care["care_subject"] == "family" and len(care["care_subject_person"]) == 1
