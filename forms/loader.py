"""Loads the procedure catalogue (TOML under forms/catalogue/) into typed objects.

Every load error names the file, the procedure (or question) and the field, so a
municipality editing the catalogue sees exactly what to fix.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from forms.model import (
    Catalogue,
    Condition,
    FieldType,
    FormField,
    LifeEvent,
    Municipality,
    Procedure,
    Question,
    Selection,
    Source,
)
from forms.prefill import COMPUTE

CARD_ITEMS = ("name", "address", "birth_date", "sex", "my_number")
CONDITION_KEYS = {"fact", "is", "in", "at_least", "at_most", "all", "any"}


class CatalogueError(ValueError):
    """A broken catalogue file; one line that names the file, the entry and the field."""


def load_catalogue(folder: Traversable | None = None) -> Catalogue:
    root = folder or resources.files("forms").joinpath("catalogue")
    municipality = _municipality(_read(root, "municipality.toml"))
    questions = _questions(_read(root, "questions.toml"))
    life_events = _life_events(_read(root, "life_events.toml"), questions)
    groups = _read(root, "field_groups.toml")
    procedures: dict[str, Procedure] = {}
    proc_dir = root.joinpath("procedures")
    for entry in sorted(proc_dir.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        doc = _read(proc_dir, entry.name, f"procedures/{entry.name}")
        for raw in _list(doc, "procedure", entry.name):
            proc = _procedure(raw, f"procedures/{entry.name}", groups, questions, life_events)
            if proc.id in procedures:
                raise CatalogueError(f"procedures/{entry.name}: duplicate procedure id {proc.id}")
            procedures[proc.id] = proc
    return Catalogue(municipality, life_events, questions, procedures)


def _read(folder: Traversable, name: str, shown: str = "") -> dict[str, Any]:
    entry = folder.joinpath(name)
    shown = shown or name
    try:
        return tomllib.loads(entry.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"{shown}: missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{shown}: {exc}") from None


def _list(doc: Mapping[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise CatalogueError(f"{where}: [[{key}]] entries expected")
    return value


def _municipality(doc: dict[str, Any]) -> Municipality:
    try:
        return Municipality(str(doc["name"]), str(doc["prefecture"]), str(doc.get("code", "")))
    except KeyError as exc:
        raise CatalogueError(f"municipality.toml: missing {exc.args[0]}") from None


def _questions(doc: dict[str, Any]) -> dict[str, Question]:
    questions: dict[str, Question] = {}
    for raw in _list(doc, "question", "questions.toml"):
        where = f"questions.toml: question {raw.get('id', '?')}"
        qid = _req(raw, "id", where)
        qtype = _enum(FieldType, raw.get("type", "text"), f"{where}: type")
        choices = tuple((str(c[0]), str(c[1])) for c in raw.get("choices", []))
        if qtype in (FieldType.CHOICE, FieldType.MULTI_CHOICE) and not choices:
            raise CatalogueError(f"{where}: choices missing")
        questions[qid] = Question(
            qid, _req(raw, "text", where), str(raw.get("text_en", "")), qtype,
            required=bool(raw.get("required", True)), choices=choices,
            ask_if=_condition(raw["ask_if"], f"{where}: ask_if") if "ask_if" in raw else None,
            example=raw.get("example"), typed=bool(raw.get("typed", True)),
        )
    return questions


def _life_events(doc: dict[str, Any], questions: Mapping[str, Question]) -> dict[str, LifeEvent]:
    events: dict[str, LifeEvent] = {}
    for raw in _list(doc, "life_event", "life_events.toml"):
        where = f"life_events.toml: life event {raw.get('id', '?')}"
        asked = tuple(raw.get("questions", []))
        for qid in asked:
            if qid not in questions:
                raise CatalogueError(f"{where}: unknown question {qid}")
        lid = _req(raw, "id", where)
        events[lid] = LifeEvent(lid, _req(raw, "name", where), str(raw.get("name_en", "")), asked,
                                self_service=bool(raw.get("self_service", False)))
    return events


def _procedure(raw: dict[str, Any], file: str, groups: Mapping[str, Any],
               questions: Mapping[str, Question], events: Mapping[str, LifeEvent]) -> Procedure:
    where = f"{file}: procedure {raw.get('id', '?')}"
    fields = tuple(_fields(raw.get("fields", []), where, groups, questions))
    ids = [f.id for f in fields]
    if len(ids) != len(set(ids)):
        raise CatalogueError(f"{where}: duplicate field ids")
    selections = tuple(_selection(s, where, events) for s in raw.get("select", []))
    life_events = tuple(dict.fromkeys(s.life_event for s in selections))
    if not life_events:
        raise CatalogueError(f"{where}: no [[procedure.select]] rule names a life event")
    return Procedure(
        id=_req(raw, "id", where), name=_req(raw, "name", where),
        division=_req(raw, "division", where), counter=str(raw.get("counter", "")),
        life_events=life_events, fields=fields, selections=selections,
        needs_my_number=bool(raw.get("needs_my_number", False)),
        signature=bool(raw.get("signature", True)), fee=int(raw.get("fee", 0)),
        bring=tuple(str(b) for b in raw.get("bring", [])), title=str(raw.get("title", "")),
        addressee=str(raw.get("addressee", "長")),
        notes=tuple(str(n) for n in raw.get("notes", [])), source_file=file,
    )


def _fields(entries: Iterable[Any], where: str, groups: Mapping[str, Any],
            questions: Mapping[str, Question]) -> Iterable[FormField]:
    for entry in entries:
        if isinstance(entry, str) and entry.startswith("@"):
            group = groups.get(entry[1:])
            if group is None:
                raise CatalogueError(f"{where}: unknown field group {entry}")
            yield from _fields(group.get("fields", []), f"{where} ({entry})", groups, questions)
            continue
        if not isinstance(entry, dict):
            raise CatalogueError(f"{where}: a field must be a table or an @group")
        yield _field(entry, where, questions)


def _field(raw: dict[str, Any], where: str, questions: Mapping[str, Question]) -> FormField:
    fid = _req(raw, "id", where)
    at = f"{where}, field {fid}"
    source = _enum(Source, raw.get("source", "answer"), f"{at}: source")
    key = str(raw.get("from", ""))
    if source is Source.ANSWER and key.split(".")[0] not in questions:
        raise CatalogueError(f"{at}: from names no question ({key or 'empty'})")
    if source is Source.CARD and key not in CARD_ITEMS:
        raise CatalogueError(f"{at}: from must be a card item ({', '.join(CARD_ITEMS)})")
    if source is Source.COMPUTED and str(raw.get("compute", "")) not in COMPUTE:
        raise CatalogueError(f"{at}: compute must be one of {', '.join(sorted(COMPUTE))}")
    default_type = questions[key.split(".")[0]].type if source is Source.ANSWER else "text"
    ftype = raw.get("type", default_type)
    return FormField(
        fid, _req(raw, "label", at),
        ftype if isinstance(ftype, FieldType) else _enum(FieldType, ftype, f"{at}: type"),
        source, key, compute=str(raw.get("compute", "")), required=bool(raw.get("required", False)),
        fullwidth=bool(raw.get("fullwidth", False)), section=str(raw.get("section", "")),
    )


def _selection(raw: Any, where: str, events: Mapping[str, LifeEvent]) -> Selection:
    if not isinstance(raw, dict) or raw.get("life_event") not in events:
        raise CatalogueError(f"{where}: select needs a known life_event ({raw!r:.60})")
    test = {k: v for k, v in raw.items() if k != "life_event"}
    return Selection(raw["life_event"], _condition(test, f"{where}: select") if test else None)


def _condition(raw: Any, where: str) -> Condition:
    if not isinstance(raw, dict) or not raw or set(raw) - CONDITION_KEYS:
        raise CatalogueError(f"{where}: a condition takes {sorted(CONDITION_KEYS)}")
    if "all" in raw or "any" in raw:
        return Condition(all_=tuple(_condition(c, where) for c in raw.get("all", [])),
                         any_=tuple(_condition(c, where) for c in raw.get("any", [])))
    if "fact" not in raw:
        raise CatalogueError(f"{where}: a condition needs a fact")
    in_ = raw.get("in")
    return Condition(fact=str(raw["fact"]), is_=raw.get("is"),
                     in_=tuple(in_) if in_ is not None else None,
                     at_least=raw.get("at_least"), at_most=raw.get("at_most"))


def _req(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise CatalogueError(f"{where}: missing {key}")
    return value


def _enum(kind: Any, value: Any, where: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise CatalogueError(f"{where} {value!r} is not one of {allowed}") from None
