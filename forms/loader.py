"""Loads the procedure catalogue (TOML under forms/catalogue/) into typed objects.

Every load error names the file, the procedure (or question) and the field, so a
municipality editing the catalogue sees exactly what to fix. The folder may come from
outside (``KIOSK_CATALOGUE``): every malformed case is a :class:`CatalogueError` of one
line, never a traceback, and nesting (conditions, groups within groups) is bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from forms.model import (
    Catalogue,
    Condition,
    FieldType,
    FormField,
    LifeEvent,
    Municipality,
    PersonRules,
    Procedure,
    Question,
    Selection,
    Source,
)
from forms.persons import SUBJECTS
from forms.prefill import COMPUTE
from forms.tomlcheck import (
    MAX_NESTING,
    CatalogueError,
    choices_of,
    opt_bool,
    opt_int,
    opt_list,
    opt_number,
    opt_str,
    read_toml,
    req_str,
    str_list,
    table_list,
)

CARD_ITEMS = ("name", "address", "birth_date", "sex", "my_number")
# What a ``source = "subject"`` field prints of the procedure's 対象者 (forms.persons).
SUBJECT_ITEMS = ("name", "kana", "birth_date", "sex", "address", "my_number", "relationship",
                 "age", "insurance", "persons")
SUBJECT_TYPES = {"persons": "members", "my_number": "my_number"}
CONDITION_KEYS = {"fact", "is", "in", "at_least", "at_most", "all", "any"}
ANY_EVENT = "*"  # a select rule for every life event

__all__ = ["CatalogueError", "load_catalogue"]

T = TypeVar("T")


def load_catalogue(folder: Traversable | None = None) -> Catalogue:
    root = folder or resources.files("forms").joinpath("catalogue")
    municipality = _guarded("municipality.toml", _municipality,
                            read_toml(root, "municipality.toml"))
    persons = _guarded("persons.toml", _persons, read_toml(root, "persons.toml"))
    questions = _guarded("questions.toml", _questions, read_toml(root, "questions.toml"))
    life_events = _guarded("life_events.toml", _life_events,
                           read_toml(root, "life_events.toml"), questions)
    groups = _guarded("field_groups.toml", _groups, read_toml(root, "field_groups.toml"))
    procedures: dict[str, Procedure] = {}
    for name, doc in _procedure_files(root):
        file = f"procedures/{name}"
        for raw in table_list(doc, "procedure", name):
            proc = _guarded(file, _procedure, raw, file, groups, questions, life_events)
            if proc.id in procedures:
                raise CatalogueError(f"{file}: duplicate procedure id {proc.id}")
            procedures[proc.id] = proc
    return Catalogue(municipality, life_events, questions, procedures, persons)


def _guarded(file: str, build: Callable[..., T], *args: Any) -> T:
    """``build(*args)``; a value of a type no check foresaw still ends as one line that
    names the file (the checks below name the entry and field for every known case)."""
    try:
        return build(*args)
    except CatalogueError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
        raise CatalogueError(f"{file}: malformed entry ({type(exc).__name__})") from None
    except RecursionError:
        raise CatalogueError(f"{file}: nested too deeply") from None


def _procedure_files(root: Traversable) -> Iterator[tuple[str, dict[str, Any]]]:
    proc_dir = root.joinpath("procedures")
    if not proc_dir.is_dir():
        raise CatalogueError("procedures/: missing folder")
    try:
        entries = sorted(proc_dir.iterdir(), key=lambda e: e.name)
    except OSError as exc:
        raise CatalogueError(f"procedures/: cannot be read ({exc.strerror})") from None
    for entry in entries:
        if entry.name.endswith(".toml"):
            yield entry.name, read_toml(proc_dir, entry.name, f"procedures/{entry.name}")


def _municipality(doc: dict[str, Any]) -> Municipality:
    where = "municipality.toml"
    return Municipality(req_str(doc, "name", where), req_str(doc, "prefecture", where),
                        opt_str(doc, "code", where),
                        head_label=opt_str(doc, "head_label", where, "世帯主"))


def _persons(doc: dict[str, Any]) -> PersonRules:
    where = "persons.toml"
    rules = PersonRules(
        relationships=str_list(doc, "relationships", where), head=opt_str(doc, "head", where,
                                                                           "世帯主"),
        spouses=str_list(doc, "spouses", where),
        spouse_min_age=opt_int(doc, "spouse_min_age", where, 18),
        older_than_head=str_list(doc, "older_than_head", where),
        younger_than_head=str_list(doc, "younger_than_head", where),
        kouki_age=opt_int(doc, "kouki_age", where, 75))
    known = set(rules.relationships)
    for key in ("spouses", "older_than_head", "younger_than_head"):
        for value in getattr(rules, key):
            if known and value not in known:
                raise CatalogueError(f"{where}: {key}: {value} is not in relationships")
    return rules


def _questions(doc: dict[str, Any]) -> dict[str, Question]:
    questions: dict[str, Question] = {}
    for raw in table_list(doc, "question", "questions.toml"):
        where = f"questions.toml: question {raw.get('id', '?')!s:.40}"
        qid = req_str(raw, "id", where)
        qtype = _enum(FieldType, raw.get("type", "text"), f"{where}: type")
        choices = choices_of(raw, where)
        if qtype in (FieldType.CHOICE, FieldType.MULTI_CHOICE) and not choices:
            raise CatalogueError(f"{where}: choices missing")
        questions[qid] = Question(
            qid, req_str(raw, "text", where), opt_str(raw, "text_en", where), qtype,
            required=opt_bool(raw, "required", where, True), choices=choices,
            ask_if=_condition(raw["ask_if"], f"{where}: ask_if") if "ask_if" in raw else None,
            example=raw.get("example"), typed=opt_bool(raw, "typed", where, True),
            default=raw.get("default"), earliest=_days(raw, "earliest", where),
            latest=_days(raw, "latest", where),
        )
    return questions


def _days(raw: dict[str, Any], key: str, where: str) -> int | None:
    return opt_int(raw, key, where) if key in raw else None


def _life_events(doc: dict[str, Any], questions: Mapping[str, Question]) -> dict[str, LifeEvent]:
    events: dict[str, LifeEvent] = {}
    for raw in table_list(doc, "life_event", "life_events.toml"):
        where = f"life_events.toml: life event {raw.get('id', '?')!s:.40}"
        asked = str_list(raw, "questions", where)
        for qid in asked:
            if qid not in questions:
                raise CatalogueError(f"{where}: unknown question {qid}")
        lid = req_str(raw, "id", where)
        events[lid] = LifeEvent(lid, req_str(raw, "name", where), opt_str(raw, "name_en", where),
                                asked, self_service=opt_bool(raw, "self_service", where, False))
    return events


def _groups(doc: dict[str, Any]) -> dict[str, list[Any]]:
    """Each ``[group]``'s field list (a group is a table with a ``fields`` list)."""
    groups: dict[str, list[Any]] = {}
    for name, group in doc.items():
        if not isinstance(group, dict):
            raise CatalogueError(f"field_groups.toml: [{name}] must be a table with fields")
        groups[name] = opt_list(group, "fields", f"field_groups.toml: [{name}]")
    return groups


def _procedure(raw: dict[str, Any], file: str, groups: Mapping[str, list[Any]],
               questions: Mapping[str, Question], events: Mapping[str, LifeEvent]) -> Procedure:
    where = f"{file}: procedure {raw.get('id', '?')!s:.40}"
    fields = tuple(_fields(opt_list(raw, "fields", where), where, groups, questions, ()))
    ids = [f.id for f in fields]
    if len(ids) != len(set(ids)):
        raise CatalogueError(f"{where}: duplicate field ids")
    selections = tuple(chosen for s in opt_list(raw, "select", where)
                       for chosen in _selections(s, where, events))
    life_events = tuple(dict.fromkeys(s.life_event for s in selections))
    if not life_events:
        raise CatalogueError(f"{where}: no [[procedure.select]] rule names a life event")
    return Procedure(
        id=req_str(raw, "id", where), name=req_str(raw, "name", where),
        division=req_str(raw, "division", where), counter=opt_str(raw, "counter", where),
        life_events=life_events, fields=fields, selections=selections,
        needs_my_number=opt_bool(raw, "needs_my_number", where, False),
        signature=opt_bool(raw, "signature", where, True), fee=opt_int(raw, "fee", where),
        fee_per=opt_str(raw, "fee_per", where),
        bring=str_list(raw, "bring", where), title=opt_str(raw, "title", where),
        addressee=opt_str(raw, "addressee", where, "長"),
        notes=str_list(raw, "notes", where), source_file=file,
        subject=_subject(raw.get("subject", "applicant"), where, events),
        bring_if=tuple(_when_item(b, "item", where) for b in opt_list(raw, "bring_if", where)),
        notes_if=tuple(_when_item(n, "note", where) for n in opt_list(raw, "notes_if", where)),
        requires=_condition(raw["requires"], f"{where}: requires") if "requires" in raw else None,
        requires_reason=opt_str(raw, "requires_reason", where),
    )


def _subject(raw: Any, where: str, events: Mapping[str, LifeEvent]) -> tuple[tuple[str, str], ...]:
    """``subject = "kind"`` or ``subject = { default = "kind", <life_event> = "kind" }``."""
    table = {"default": raw} if isinstance(raw, str) else raw
    if not isinstance(table, dict):
        raise CatalogueError(f"{where}: subject must be a kind or a table of kinds")
    out = []
    for event, kind in table.items():
        if event != "default" and event not in events:
            raise CatalogueError(f"{where}: subject names an unknown life event {event!s:.40}")
        if kind not in SUBJECTS:
            raise CatalogueError(f"{where}: subject must be one of {', '.join(SUBJECTS)}")
        out.append(("" if event == "default" else event, kind))
    return tuple(out)


def _when_item(raw: Any, key: str, where: str) -> tuple[str, Condition]:
    """A ``bring_if`` or ``notes_if`` entry: ``{ item|note = "…", when = {…} }``."""
    if not isinstance(raw, dict) or not isinstance(raw.get(key), str) or "when" not in raw:
        raise CatalogueError(f"{where}: entries are {{ {key} = \"…\", when = {{…}} }}")
    return raw[key], _condition(raw["when"], f"{where}: {key}")


def _fields(entries: list[Any], where: str, groups: Mapping[str, list[Any]],
            questions: Mapping[str, Question], chain: tuple[str, ...]) -> Iterator[FormField]:
    """The fields, with each ``@group`` expanded; ``chain`` is the groups being expanded."""
    for entry in entries:
        if isinstance(entry, str) and entry.startswith("@"):
            name = entry[1:]
            if name not in groups:
                raise CatalogueError(f"{where}: unknown field group {entry}")
            if name in chain or len(chain) >= MAX_NESTING:
                shown = " → ".join(f"@{g}" for g in (*chain, name))
                raise CatalogueError(f"{where}: field groups include each other ({shown})")
            yield from _fields(groups[name], f"{where} ({entry})", groups, questions,
                               (*chain, name))
            continue
        if not isinstance(entry, dict):
            raise CatalogueError(f"{where}: a field must be a table or an @group")
        yield _field(entry, where, questions)


def _field(raw: dict[str, Any], where: str, questions: Mapping[str, Question]) -> FormField:
    fid = req_str(raw, "id", where)
    at = f"{where}, field {fid}"
    source = _enum(Source, raw.get("source", "answer"), f"{at}: source")
    key = opt_str(raw, "from", at)
    compute = opt_str(raw, "compute", at)
    if source is Source.ANSWER and key.split(".")[0] not in questions:
        raise CatalogueError(f"{at}: from names no question ({key or 'empty'})")
    if source is Source.CARD and key not in CARD_ITEMS:
        raise CatalogueError(f"{at}: from must be a card item ({', '.join(CARD_ITEMS)})")
    if source is Source.COMPUTED and compute not in COMPUTE:
        raise CatalogueError(f"{at}: compute must be one of {', '.join(sorted(COMPUTE))}")
    if compute == "days_after_filing" and not key.isdigit():
        raise CatalogueError(f"{at}: days_after_filing needs from = a number of days")
    if source is Source.SUBJECT and key not in SUBJECT_ITEMS:
        raise CatalogueError(f"{at}: from must be a subject item ({', '.join(SUBJECT_ITEMS)})")
    default_type = questions[key.split(".")[0]].type if source is Source.ANSWER else \
        SUBJECT_TYPES.get(key, "text") if source is Source.SUBJECT else "text"
    ftype = raw.get("type", default_type)
    return FormField(
        fid, req_str(raw, "label", at),
        ftype if isinstance(ftype, FieldType) else _enum(FieldType, ftype, f"{at}: type"),
        source, key, compute=compute, required=opt_bool(raw, "required", at, False),
        fullwidth=opt_bool(raw, "fullwidth", at, False), section=opt_str(raw, "section", at),
        when=_condition(raw["when"], f"{at}: when") if "when" in raw else None,
    )


def _selections(raw: Any, where: str, events: Mapping[str, LifeEvent]) -> list[Selection]:
    """One rule for a life event, or (``life_event = "*"``) the same rule for every life
    event: a procedure any visit may need, such as renewing the card."""
    if not isinstance(raw, dict) or not isinstance(raw.get("life_event"), str) \
            or (raw["life_event"] not in events and raw["life_event"] != ANY_EVENT):
        raise CatalogueError(f"{where}: select needs a known life_event ({raw!r:.60})")
    test = {k: v for k, v in raw.items() if k != "life_event"}
    when = _condition(test, f"{where}: select") if test else None
    if raw["life_event"] != ANY_EVENT:
        return [Selection(raw["life_event"], when)]
    if when is None:
        raise CatalogueError(f"{where}: a select for every life event (\"*\") needs a condition")
    return [Selection(event, when, every_event=True) for event in events]


def _condition(raw: Any, where: str, depth: int = 0) -> Condition:
    if not isinstance(raw, dict) or not raw or set(raw) - CONDITION_KEYS:
        raise CatalogueError(f"{where}: a condition takes {sorted(CONDITION_KEYS)}")
    if depth >= MAX_NESTING:
        raise CatalogueError(f"{where}: conditions nested deeper than {MAX_NESTING} levels")
    if "all" in raw or "any" in raw:
        return Condition(
            all_=tuple(_condition(c, where, depth + 1) for c in opt_list(raw, "all", where)),
            any_=tuple(_condition(c, where, depth + 1) for c in opt_list(raw, "any", where)))
    if not isinstance(raw.get("fact"), str):
        raise CatalogueError(f"{where}: a condition needs a fact")
    in_ = raw.get("in")
    if in_ is not None and not isinstance(in_, list):
        raise CatalogueError(f"{where}: in must be a list")
    return Condition(fact=raw["fact"], is_=raw.get("is"),
                     in_=tuple(in_) if in_ is not None else None,
                     at_least=opt_number(raw, "at_least", where),
                     at_most=opt_number(raw, "at_most", where))


def _enum(kind: Any, value: Any, where: str) -> Any:
    try:
        return kind(value)
    except (ValueError, TypeError):
        allowed = ", ".join(m.value for m in kind)
        raise CatalogueError(f"{where} {value!r:.40} is not one of {allowed}") from None
