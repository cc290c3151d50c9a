"""Hostile JSON files given to the CLI: one line, exit 2, nothing written, bounded work.

Card and answers (``kiosk navigate``, ``kiosk forms render``, ``kiosk preapp encode``) and
payables (``kiosk slip render``, ``kiosk backoffice payables load``), each fed deep nesting,
an oversized file, non-UTF-8 bytes, wrong top-level types, NaN/Infinity/1e999 and lone
surrogates. The commands run in-process (CliRunner), so a traceback shows as an exception.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from devices.jsonfile import MAX_JSON_BYTES, MAX_JSON_DEPTH, JsonFileError, read_json_file
from kiosk.cli.main import cli
from kiosk.payments.example import example_payable

CARD = {"name": "山田　太郎", "address": "東京都みらい市本町一丁目1番1号",
        "birth_date": "1985-04-01", "sex": "male"}

# name -> file bytes; every one must be refused with its own rule.
HOSTILE: dict[str, bytes] = {
    "deep_100000": b"[" * 100_000,
    "deep_objects": b'{"a":' * (MAX_JSON_DEPTH + 1) + b"1" + b"}" * (MAX_JSON_DEPTH + 1),
    "huge": b'{"a": "' + b"x" * MAX_JSON_BYTES + b'"}',
    "not_utf8": b'{"name": "\xff\xfe"}',
    "nan": b'{"name": NaN}',
    "infinity": b'{"amount": -Infinity}',
    "overflow": b'{"amount": 1e999}',
    "lone_surrogate": b'{"name": "\\ud800"}',
    "lone_surrogate_key": b'{"\\udfff": 1}',
    "huge_integer": b'{"a": ' + b"9" * 5000 + b"}",
    "not_json": b"{'a': 1}",
}
RULES = {"deep_100000": "too_deep", "deep_objects": "too_deep", "huge": "too_large",
         "not_utf8": "not_utf8", "nan": "not_finite", "infinity": "not_finite",
         "overflow": "not_finite", "lone_surrogate": "lone_surrogate",
         "lone_surrogate_key": "lone_surrogate", "huge_integer": "not_json",
         "not_json": "not_json"}
WRONG_TYPES = {"list": b"[]", "number": b"3", "string": b'"x"', "null": b"null"}


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("KIOSK_HOME", str(home))
    monkeypatch.delenv("KIOSK_CATALOGUE", raising=False)
    return home


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def run(*args: str) -> Result:
    started = time.monotonic()
    result = CliRunner().invoke(cli, list(args))
    assert time.monotonic() - started < 10, "bounded time"
    return result


def assert_one_line_refusal(result: Result, *named: str) -> str:
    assert isinstance(result.exception, SystemExit), result.exception  # not a traceback
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kiosk: "), result.stderr
    assert "Traceback" not in result.stderr
    for part in named:
        assert part in lines[0]
    return lines[0]


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_the_reader_names_the_rule(tmp_path, case):
    path = write(tmp_path, f"{case}.json", HOSTILE[case])
    with pytest.raises(JsonFileError) as info:
        read_json_file(path)
    assert info.value.rule == RULES[case]
    line = info.value.one_line()
    assert "\n" not in line and line.startswith(f"{case}.json: ")


def test_the_reader_keeps_what_json_means(tmp_path):
    text = '{"a": [1, 2.5, "[[{", {"b": null}], "emoji": "\\ud83d\\ude00", "t": true}'
    path = write(tmp_path, "ok.json", text.encode())
    assert read_json_file(path) == json.loads(text)
    nested = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert read_json_file(write(tmp_path, "nested.json", nested.encode())) == json.loads(nested)


def test_a_missing_file_is_one_line(home, tmp_path):
    answers = write(tmp_path, "answers.json", b"{}")
    result = run("navigate", "--life-event", "moving_in", "--card", str(tmp_path / "none.json"),
                 "--answers", str(answers))
    assert_one_line_refusal(result, "CARD.json")


@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("which", ["card", "answers"])
def test_navigate_refuses_hostile_card_and_answers(home, tmp_path, case, which):
    good_card = write(tmp_path, "card.json", json.dumps(CARD).encode())
    hostile = write(tmp_path, f"{case}.json", HOSTILE[case])
    card, answers = (hostile, write(tmp_path, "a.json", b"{}")) if which == "card" \
        else (good_card, hostile)
    result = run("navigate", "--life-event", "moving_in", "--card", str(card),
                 "--answers", str(answers))
    assert_one_line_refusal(result, f"{case}.json")


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_forms_render_writes_nothing(home, tmp_path, case):
    card = write(tmp_path, "card.json", json.dumps(CARD).encode())
    out = tmp_path / "bundle.pdf"
    forms_dir = tmp_path / "forms"
    result = run("forms", "render", "--life-event", "moving_in", "--card", str(card),
                 "--answers", str(write(tmp_path, f"{case}.json", HOSTILE[case])),
                 "-o", str(out), "--forms-dir", str(forms_dir))
    assert_one_line_refusal(result, f"{case}.json")
    assert not out.exists() and not forms_dir.exists()


@pytest.mark.parametrize("kind", sorted(WRONG_TYPES))
def test_wrong_top_level_types(home, tmp_path, kind):
    card = write(tmp_path, "card.json", WRONG_TYPES[kind])
    result = run("navigate", "--life-event", "moving_in", "--card", str(card),
                 "--answers", str(write(tmp_path, "a.json", b"{}")))
    assert_one_line_refusal(result, "CARD.json", "not an object")
    out = tmp_path / "slip.pdf"
    result = run("slip", "render", "--payable", str(write(tmp_path, "p.json",
                                                          WRONG_TYPES[kind])), "-o", str(out))
    assert_one_line_refusal(result, "field_type")
    assert not out.exists()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_preapp_encode_refuses(home, tmp_path, case):
    out = tmp_path / "code.png"
    result = run("preapp", "encode", "--life-event", "moving_in", "--answers",
                 str(write(tmp_path, f"{case}.json", HOSTILE[case])), "-o", str(out))
    assert_one_line_refusal(result, f"{case}.json")
    assert not out.exists()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_slip_render_refuses(home, tmp_path, case):
    out = tmp_path / "slip.pdf"
    result = run("slip", "render", "--payable",
                 str(write(tmp_path, f"{case}.json", HOSTILE[case])), "-o", str(out))
    assert_one_line_refusal(result, f"{case}.json", "rule json")
    assert not out.exists()


@pytest.mark.parametrize("case", [*sorted(HOSTILE), "number", "nested_list"])
def test_backoffice_payables_load_refuses_and_creates_no_database(home, tmp_path, case):
    data = {**HOSTILE, "number": b"3", "nested_list": b"[[1]]"}[case]
    db = tmp_path / "bo.sqlite3"
    result = run("backoffice", "payables", "load", "--db", f"sqlite:///{db}",
                 "--key-file", str(tmp_path / "bo.key"),
                 str(write(tmp_path, f"{case}.json", data)))
    assert_one_line_refusal(result, f"{case}.json")
    assert not db.exists() and not (tmp_path / "bo.key").exists()


def test_a_good_payable_still_renders_the_usual_way(home, tmp_path):
    """The refusals above are not a reader that refuses everything."""
    payable = write(tmp_path, "p.json",
                    json.dumps(example_payable(dt.date.today()), ensure_ascii=False).encode())
    out = tmp_path / "slip.pdf"
    result = run("slip", "render", "--payable", str(payable), "-o", str(out), "--dpi", "300")
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
