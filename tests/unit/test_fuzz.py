"""Fuzzing the inputs that come from outside, bounded in time (a few seconds in all).

The CLI's JSON files, the catalogue loader (random TOML documents and mutations of the
shipped catalogue) and the card's TLV parsers. Each property: only the documented error type
escapes (so the CLI prints one line, never a traceback), and nothing is written on refusal.
The examples are derandomized, so a run is repeatable and cannot flake.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.card import tlv
from devices.card.basic4 import parse_basic4
from devices.card.errors import CardProtocolError
from devices.card.integrity import parse_cvc, parse_integrity_record
from devices.jsonfile import RULES, JsonFileError, parse_json, read_json_file
from forms.loader import CatalogueError, load_catalogue
from forms.session import card_from_json
from kiosk.cli.main import cli
from kiosk.payments.example import example_payable
from kiosk.payments.payable import PayableError, payable_from_json

TODAY = dt.date(2026, 11, 23)
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
SHIPPED = Path(str(resources.files("forms").joinpath("catalogue")))

# -- JSON values and texts ----------------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=20)
# Texts near JSON: fragments that break the grammar, the depth, numbers and strings.
pieces = st.sampled_from(['[', ']', '{', '}', '"', '\\', ',', ':', 'NaN', '-Infinity', '1e999',
                          '"\\ud800"', '"\\udc00\\ud800"', '0', '-', '.5', 'true', 'null', ' ',
                          '"a"', '\x00', '\u202e', '9' * 30])
json_like = st.lists(pieces, max_size=60).map("".join)


def dumped(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # NaN/Infinity and surrogates included


@FUZZ
@given(st.one_of(json_values.map(dumped), json_like, st.text(max_size=200)))
def test_parse_json_returns_a_value_or_names_a_rule(text):
    try:
        value = parse_json(text, Path("x.json"))
    except JsonFileError as error:
        assert "\n" not in error.one_line()
        return
    assert json.loads(json.dumps(value, allow_nan=False)) == value  # finite, serialisable
    dumped(value).encode("utf-8")  # no lone surrogate left


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_read_as_json_or_refused(tmp_path, data):
    path = tmp_path / "in.json"
    path.write_bytes(data)
    try:
        value = read_json_file(path)
    except JsonFileError as error:
        assert error.rule in RULES and "\n" not in error.one_line()
        return
    assert json.loads(data.decode("utf-8"), parse_constant=float) == value


@FUZZ
@given(json_values)
def test_payables_only_raise_payable_errors(value):
    try:
        payable_from_json(value, TODAY)
    except PayableError as error:
        assert "\n" not in error.one_line()


@FUZZ
@given(st.dictionaries(st.sampled_from(["name", "address", "birth_date", "sex", "my_number"]),
                       json_values, max_size=5))
def test_cards_only_raise_value_errors(raw):
    try:
        card_from_json(raw)
    except ValueError as error:
        assert "\n" not in str(error)


def mutated_payable(draw_key: str, value: Any) -> dict[str, Any]:
    data = example_payable(TODAY)
    target = data["payer"] if draw_key.startswith("payer.") else data
    target[draw_key.removeprefix("payer.")] = value
    return data


PAYABLE_KEYS = ["municipality_code", "subject", "fiscal_year", "instalment", "notice_number",
                "payer.name", "payer.address", "elqr", "gs1", "amounts", "synthetic", "payer"]


@FUZZ
@given(st.sampled_from(PAYABLE_KEYS), json_values)
def test_a_payable_with_one_field_replaced(key, value):
    try:
        payable_from_json(mutated_payable(key, value), TODAY)
    except PayableError as error:
        assert "\n" not in error.one_line()


@settings(FUZZ, max_examples=25)
@given(st.one_of(json_values.map(dumped), json_like))
def test_the_cli_answers_one_line_and_writes_nothing(tmp_path, monkeypatch, text):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KIOSK_CATALOGUE", raising=False)
    hostile = tmp_path / "hostile.json"
    hostile.write_text(text, encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "out.pdf"
    for args in (["slip", "render", "--payable", str(hostile), "-o", str(out)],
                 ["navigate", "--life-event", "moving_in", "--card", str(hostile),
                  "--answers", str(hostile)]):
        result = CliRunner().invoke(cli, args)
        assert isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code == 2, result.output
        assert len(result.stderr.strip().splitlines()) >= 1
        assert "Traceback" not in result.stderr
        assert not out.exists()


# -- the catalogue ----------------------------------------------------------------------------

CATALOGUE_KEYS = ["id", "name", "text", "type", "fields", "select", "life_event", "source",
                  "from", "compute", "label", "choices", "all", "any", "fact", "is", "in",
                  "at_least", "questions", "procedure", "question", "prefecture", "required",
                  "fee", "bring", "notes", "ask_if"]
toml_scalars = (st.text(max_size=6) | st.integers(-5, 5) | st.booleans()
                | st.sampled_from(["@applicant", "@filed_on", "card", "answer", "moving_in",
                                   "name", "text", "choice"]))
toml_values = st.recursive(toml_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.sampled_from(CATALOGUE_KEYS), inner, max_size=4),
                           max_leaves=15)
# Entries like the catalogue's (lists of tables with its keys), so the loader goes past the
# top level and meets wrong types deep inside.
entries = st.lists(st.dictionaries(st.sampled_from(CATALOGUE_KEYS), toml_values, max_size=6),
                   min_size=1, max_size=3)
documents = st.dictionaries(st.sampled_from(["procedure", "question", "life_event", "name",
                                             "prefecture", "applicant", "filed_on"]),
                            entries | toml_values, max_size=3)


def toml_inline(value: Any) -> str:
    """A value in TOML's inline syntax (basic strings share JSON's escapes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {toml_inline(v)}"
                                for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(toml_inline(v) for v in value) + "]"
    return json.dumps(value)


def toml_document(doc: dict[str, Any]) -> str:
    return "".join(f"{json.dumps(k)} = {toml_inline(v)}\n" for k, v in doc.items())


def catalogue_copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(SHIPPED, target)
    return target


FILES = ["municipality.toml", "questions.toml", "life_events.toml", "field_groups.toml",
         "procedures/kodomo.toml"]


def assert_loads_or_one_line(folder: Path) -> None:
    try:
        load_catalogue(folder)
    except CatalogueError as error:
        assert "\n" not in str(error)


@settings(FUZZ, max_examples=40)
@given(st.sampled_from(FILES), documents)
def test_random_toml_documents(tmp_path, file, doc):
    folder = catalogue_copy(tmp_path)
    (folder / file).write_text(toml_document(doc), encoding="utf-8")
    assert_loads_or_one_line(folder)


@settings(FUZZ, max_examples=40)
@given(st.sampled_from(FILES), st.data())
def test_mutations_of_the_shipped_catalogue(tmp_path, file, data):
    folder = catalogue_copy(tmp_path)
    raw = (folder / file).read_bytes()
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, min(len(raw), start + 40)))
    insert = data.draw(st.sampled_from([b"", b'"x"', b"1", b"[]", b"{}", b"@applicant", b"\xff",
                                        b"\n[[procedure]]\n", b"[" * 50, b'"@filed_on"', b"="]))
    (folder / file).write_bytes(raw[:start] + insert + raw[end:])
    assert_loads_or_one_line(folder)


def mutate(node: Any, data: st.DataObject, depth: int = 0) -> Any:
    """``node`` with one value somewhere inside replaced (or a key added) at random."""
    if depth >= 4 or not isinstance(node, dict | list) or not node \
            or (depth >= 2 and data.draw(st.integers(0, 2)) == 0):  # inside an entry, mostly
        if isinstance(node, dict) and data.draw(st.booleans()):
            return {**node, data.draw(st.sampled_from(CATALOGUE_KEYS)): data.draw(toml_values)}
        return data.draw(toml_values)
    if isinstance(node, dict):
        key = data.draw(st.sampled_from(sorted(node)))
        return {**node, key: mutate(node[key], data, depth + 1)}
    index = data.draw(st.integers(0, len(node) - 1))
    return [*node[:index], mutate(node[index], data, depth + 1), *node[index + 1:]]


@settings(FUZZ, max_examples=60)
@given(st.sampled_from(FILES), st.data())
def test_one_value_of_the_shipped_catalogue_replaced(tmp_path, file, data):
    folder = catalogue_copy(tmp_path)
    doc = tomllib.loads((folder / file).read_text(encoding="utf-8"))
    mutated = mutate(doc, data)
    if not isinstance(mutated, dict):
        mutated = {"procedure": mutated}
    (folder / file).write_text(toml_document(mutated), encoding="utf-8")
    assert_loads_or_one_line(folder)


# -- the card's TLV -------------------------------------------------------------------------

tags = st.sampled_from([0xFF20, 0xFF30, 0xFF40, 0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25, 0xDF31,
                        0xDF32, 0xDF33, 0x7F21, 0x5F4E, 0x5F37, 0x81, 0x82, 0x04])


def objects(leaf_bytes: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """Well-formed TLV trees (so the parsers get past the first tag) with random leaves."""
    leaves = st.builds(tlv.encode, tags, leaf_bytes)
    return st.recursive(leaves, lambda inner: st.builds(
        lambda tag, kids: tlv.encode(tag, b"".join(kids)), tags, st.lists(inner, max_size=5)),
        max_leaves=12)


card_bytes = st.one_of(st.binary(max_size=300), objects(st.binary(max_size=40)),
                       st.builds(lambda b, cut: b[:cut], objects(st.binary(max_size=40)),
                                 st.integers(0, 200)))


@FUZZ
@given(card_bytes)
def test_the_tlv_reader_raises_only_tlv_errors(data):
    try:
        tlv.header_size(data)
        obj = tlv.parse_one(data)
        list(tlv.iter_children(obj.value))
    except tlv.TlvError:
        pass


@FUZZ
@given(card_bytes)
def test_card_files_are_parsed_or_refused_as_unexpected_answers(data):
    for parse in (parse_basic4, parse_integrity_record, parse_cvc):
        try:
            parse(data)
        except CardProtocolError as error:
            assert "\n" not in error.one_line()
