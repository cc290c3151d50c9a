"""`kiosk forms …` and `kiosk navigate` as an operator uses them."""

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from tests.support.forms import CATALOGUE, card

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def kiosk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([KIOSK, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60)


@pytest.fixture
def card_file(tmp_path) -> Path:
    path = tmp_path / "card.json"
    path.write_text(json.dumps(card(), ensure_ascii=False), encoding="utf-8")
    return path


def test_list(tmp_path):
    listed = json.loads(kiosk("forms", "list", "--json").stdout)
    assert {e["id"] for e in listed["life_events"]} == set(CATALOGUE.life_events)
    assert len(listed["procedures"]) == len(CATALOGUE.procedures) >= 25


@pytest.mark.parametrize("life_event", sorted(CATALOGUE.life_events))
def test_example_answers_feed_navigate_and_render(life_event, tmp_path, card_file):
    answers = tmp_path / "answers.json"
    answers.write_text(kiosk("forms", "example-answers", life_event).stdout, encoding="utf-8")
    navigated = kiosk("navigate", "--life-event", life_event, "--card", str(card_file),
                      "--answers", str(answers), "--json")
    assert navigated.returncode == 0, navigated.stderr
    decided = json.loads(navigated.stdout)["procedures"]
    assert decided and all(p["reasons"] for p in decided)
    out = tmp_path / "bundle.pdf"
    rendered = kiosk("forms", "render", "--life-event", life_event, "--card", str(card_file),
                     "--answers", str(answers), "-o", str(out), "--forms-dir",
                     str(tmp_path / "forms"))
    assert rendered.returncode == 0, rendered.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert {p.stem for p in (tmp_path / "forms").glob("*.pdf")} == {p["id"] for p in decided}


def bad_answers(tmp_path, **changes) -> Path:
    answers = json.loads(kiosk("forms", "example-answers", "moving_in").stdout)
    answers.update(changes)
    answers = {k: v for k, v in answers.items() if v is not None}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("changes,named", [
    ({"moved_on": "2026-02-30"}, "moved_on"),
    ({"furigana": None}, "furigana"),
    ({"furigana": "やまだ"}, "furigana"),
    ({"new_postal_code": "1900"}, "new_postal_code"),
    ({"insurance": "private"}, "insurance"),
])
def test_bad_input_exits_2_naming_the_field_and_writes_nothing(changes, named, tmp_path,
                                                               card_file):
    out = tmp_path / "never.pdf"
    result = kiosk("forms", "render", "--life-event", "moving_in", "--card", str(card_file),
                   "--answers", str(bad_answers(tmp_path, **changes)), "-o", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith(f"kiosk: {named}") and "Traceback" not in result.stderr
    assert not out.exists()


def test_one_line_per_problem(tmp_path, card_file):
    answers = bad_answers(tmp_path, furigana="x", phone="1", moved_on="yesterday")
    result = kiosk("navigate", "--life-event", "moving_in", "--card", str(card_file),
                   "--answers", str(answers))
    assert result.returncode == 2
    assert [line.split("（")[0] for line in result.stderr.splitlines()] == [
        "kiosk: furigana", "kiosk: phone", "kiosk: moved_on"]


def test_unknown_life_event_bad_card_and_broken_catalogue(tmp_path, card_file):
    answers = bad_answers(tmp_path)
    out = tmp_path / "never.pdf"
    unknown = kiosk("forms", "render", "--life-event", "marriage", "--card", str(card_file),
                    "--answers", str(answers), "-o", str(out))
    assert unknown.returncode == 2 and "marriage" in unknown.stderr
    broken_card = tmp_path / "card2.json"
    broken_card.write_text('{"name": "山田"}', encoding="utf-8")
    bad_card = kiosk("navigate", "--life-event", "moving_in", "--card", str(broken_card),
                     "--answers", str(answers))
    assert bad_card.returncode == 2 and "card.address" in bad_card.stderr
    catalogue = tmp_path / "catalogue"
    shutil.copytree(str(resources.files("forms").joinpath("catalogue")), catalogue)
    (catalogue / "procedures" / "kodomo.toml").write_text("[[procedure]]\nid = 3\n")
    broken = kiosk("forms", "render", "--life-event", "moving_in", "--card", str(card_file),
                   "--answers", str(answers), "-o", str(out),
                   env={"KIOSK_CATALOGUE": str(catalogue)})
    assert broken.returncode == 2 and "procedures/kodomo.toml" in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1
    assert not out.exists()
