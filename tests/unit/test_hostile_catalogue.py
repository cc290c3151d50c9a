"""A hostile catalogue folder (KIOSK_CATALOGUE): every malformed case is one CatalogueError
line naming the file and the rule, never a traceback or unbounded recursion."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from forms.loader import CatalogueError, load_catalogue
from forms.tomlcheck import MAX_CATALOGUE_FILE_BYTES
from kiosk.cli.main import cli

PROCEDURE = ('[[procedure]]\nid = "p"\nname = "手続"\ndivision = "課"\n'
             'fields = [{fields}]\nselect = [{{ life_event = "moving_in" }}]\n')


@pytest.fixture
def catalogue(tmp_path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(str(resources.files("forms").joinpath("catalogue")), target)
    return target


def refused(folder: Path, *named: str) -> str:
    with pytest.raises(CatalogueError) as info:
        load_catalogue(folder)
    message = str(info.value)
    assert "\n" not in message and len(message) < 400, message
    for part in named:
        assert part in message, message
    return message


def add_groups(folder: Path, text: str) -> None:
    path = folder / "field_groups.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")


def local(folder: Path, text: str) -> None:
    (folder / "procedures" / "local.toml").write_text(text, encoding="utf-8")


def test_field_groups_that_include_each_other(catalogue):
    add_groups(catalogue, '[a]\nfields = ["@b"]\n[b]\nfields = ["@a"]\n')
    local(catalogue, PROCEDURE.format(fields='"@a"'))
    refused(catalogue, "procedures/local.toml", "field groups include each other", "@a → @b")


def test_a_group_that_includes_itself(catalogue):
    add_groups(catalogue, '[self]\nfields = ["@self"]\n')
    local(catalogue, PROCEDURE.format(fields='"@self"'))
    refused(catalogue, "procedures/local.toml", "@self → @self")


def test_deep_but_finite_group_chains_are_bounded(catalogue):
    groups = "".join(f'[g{i}]\nfields = ["@g{i + 1}"]\n' for i in range(50)) + "[g50]\n"
    add_groups(catalogue, groups)
    local(catalogue, PROCEDURE.format(fields='"@g0"'))
    refused(catalogue, "procedures/local.toml", "field groups")


@pytest.mark.parametrize("file,text,named", [
    ("field_groups.toml", 'applicant = "a string"\n', ["field_groups.toml", "[applicant]"]),
    ("field_groups.toml", '[applicant]\nfields = "x"\n', ["field_groups.toml", "fields"]),
    ("municipality.toml", 'name = ["x"]\nprefecture = "東京都"\n',
     ["municipality.toml", "name"]),
    ("municipality.toml", 'name = "市"\nprefecture = "都"\ncode = 13\n',
     ["municipality.toml", "code"]),
    ("questions.toml", 'question = "x"\n', ["questions.toml", "[[question]]"]),
    ("questions.toml", '[[question]]\nid = "q"\ntext = "t"\ntype = "choice"\nchoices = ["a"]\n',
     ["questions.toml", "choices"]),
    ("questions.toml", '[[question]]\nid = "q"\ntext = "t"\ntype = ["text"]\n',
     ["questions.toml", "type"]),
    ("questions.toml", '[[question]]\nid = "q"\ntext = "t"\nrequired = "yes"\n',
     ["questions.toml", "required"]),
    ("questions.toml", '[[question]]\nid = "q"\ntext = "t"\nask_if = "age > 3"\n',
     ["questions.toml", "ask_if"]),
    ("life_events.toml", '[[life_event]]\nid = "e"\nname = "n"\nquestions = "furigana"\n',
     ["life_events.toml", "questions"]),
    ("life_events.toml", '[[life_event]]\nid = "e"\nname = "n"\nquestions = [1]\n',
     ["life_events.toml", "questions"]),
])
def test_wrong_types_name_the_file_and_the_key(catalogue, file, text, named):
    (catalogue / file).write_text(text, encoding="utf-8")
    refused(catalogue, *named)


@pytest.mark.parametrize("fields,named", [
    ('"applicant"', "a field must be a table or an @group"),
    ("1", "a field must be a table"),
    ('{ id = "x", label = "l", source = "card", from = ["name"] }', "from must be a string"),
    ('{ id = "x", label = "l", source = 3 }', "source"),
    ('{ id = "x", label = "l", source = "staff", required = "yes" }', "required"),
    ('{ id = 1, label = "l" }', "missing id"),
])
def test_wrong_field_types(catalogue, fields, named):
    local(catalogue, PROCEDURE.format(fields=fields))
    refused(catalogue, "procedures/local.toml", named)


@pytest.mark.parametrize("extra,named", [
    ('fee = "300"\n', "fee must be an integer"),
    ('bring = "印鑑"\n', "bring must be a list"),
    ("notes = [1, 2]\n", "notes must be a list of strings"),
    ('select = "moving_in"\n', "select must be a list"),
    ('select = [{ life_event = ["moving_in"] }]\n', "select needs a known life_event"),
    ('select = [{ life_event = "moving_in", all = "x" }]\n', "all must be a list"),
    ('select = [{ life_event = "moving_in", fact = "age", at_least = "65" }]\n',
     "at_least must be a number"),
    ('select = [{ life_event = "moving_in", fact = "age", in = 3 }]\n', "in must be a list"),
    ('select = [{ life_event = "moving_in", fact = 3 }]\n', "a condition needs a fact"),
])
def test_wrong_procedure_types(catalogue, extra, named):
    text = PROCEDURE.format(fields='"@applicant"')
    if extra.startswith("select"):
        text = text.replace('select = [{ life_event = "moving_in" }]\n', "")
    local(catalogue, text + extra)
    refused(catalogue, "procedures/local.toml", named)


def test_deeply_nested_conditions_are_bounded(catalogue):
    condition = '{ fact = "age", at_least = 1 }'
    for _ in range(40):
        condition = f"{{ all = [{condition}] }}"
    text = PROCEDURE.format(fields='"@applicant"').replace(
        'select = [{ life_event = "moving_in" }]', "")
    select = f'[[procedure.select]]\nlife_event = "moving_in"\nall = [{condition}]\n'
    local(catalogue, text + select)
    refused(catalogue, "procedures/local.toml", "nested")


def test_toml_nested_past_the_parsers_recursion_is_one_line(catalogue):
    local(catalogue, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    refused(catalogue, "procedures/local.toml", "nested too deeply")


def test_non_utf8_file(catalogue):
    (catalogue / "questions.toml").write_bytes("# 質問\n".encode("shift_jis"))
    refused(catalogue, "questions.toml", "not UTF-8")


def test_invalid_toml(catalogue):
    local(catalogue, "[[procedure]\nid = \n")
    refused(catalogue, "procedures/local.toml", "line 1")


def test_an_oversized_file(catalogue):
    local(catalogue, "#" * (MAX_CATALOGUE_FILE_BYTES + 1))
    refused(catalogue, "procedures/local.toml", "larger than")


def test_a_missing_procedures_folder(catalogue):
    shutil.rmtree(catalogue / "procedures")
    refused(catalogue, "procedures/", "missing folder")
    (catalogue / "procedures").write_text("not a folder", encoding="utf-8")
    refused(catalogue, "procedures/", "missing folder")


def test_a_directory_where_a_file_belongs(catalogue):
    (catalogue / "questions.toml").unlink()
    (catalogue / "questions.toml").mkdir()
    refused(catalogue, "questions.toml", "cannot be read")


def test_missing_files(catalogue):
    (catalogue / "municipality.toml").unlink()
    refused(catalogue, "municipality.toml", "missing")


def test_the_cli_prints_one_line_and_exits_2(catalogue, tmp_path, monkeypatch):
    add_groups(catalogue, '[a]\nfields = ["@a"]\n')
    local(catalogue, PROCEDURE.format(fields='"@a"'))
    monkeypatch.setenv("KIOSK_CATALOGUE", str(catalogue))
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(cli, ["forms", "list"])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "broken catalogue" in line and "procedures/local.toml" in line


def test_the_shipped_catalogue_still_loads(catalogue):
    assert len(load_catalogue(catalogue).procedures) >= 25
