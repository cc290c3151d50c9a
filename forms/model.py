"""Typed objects the procedure catalogue is loaded into (forms/catalogue/*.toml)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Source(Enum):
    CARD = "card"  # read from the My Number Card
    ANSWER = "answer"  # said once by the resident (a navigator question)
    STAFF = "staff"  # filled in by the clerk at the counter
    COMPUTED = "computed"  # derived from other facts (和暦, age, full-width, today …)
    SUBJECT = "subject"  # the procedure's 対象者 (forms.persons): who the form is about


class FieldType(Enum):
    TEXT = "text"
    KANA = "kana"
    DATE = "date"
    INTEGER = "integer"
    BOOL = "bool"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    POSTAL_CODE = "postal_code"
    PHONE = "phone"
    MY_NUMBER = "my_number"
    MEMBERS = "members"  # a table of people: name, kana, birth_date, sex, relationship, …


@dataclass(frozen=True)
class Condition:
    """A test on one fact, or all/any of nested conditions. ``describe`` feeds the reasons."""

    fact: str | None = None
    is_: Any = None
    in_: tuple[Any, ...] | None = None
    at_least: float | None = None
    at_most: float | None = None
    all_: tuple[Condition, ...] = ()
    any_: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    text_en: str
    type: FieldType
    required: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    ask_if: Condition | None = None
    example: Any = None
    typed: bool = True  # whether answering means typing (for the once-only ratio)
    default: Any = None  # assumed when not answered (preselected on the counter's form)
    # A date's window, in days from the day of filing: earliest = -14 refuses a date more
    # than 14 days ago, latest = 0 a date after today (None: no limit).
    earliest: int | None = None
    latest: int | None = None

    def example_on(self, today: dt.date) -> Any:
        """The example answer; a date's example given as an integer is in days from today
        (so the examples stay inside the catalogue's date windows as time passes)."""
        relative = isinstance(self.example, int) and not isinstance(self.example, bool)
        if self.type is FieldType.DATE and relative:
            return (today + dt.timedelta(days=self.example)).isoformat()
        return self.example


@dataclass(frozen=True)
class FormField:
    id: str
    label: str
    type: FieldType
    source: Source
    source_key: str = ""  # card key, question id, or the computed function's argument
    compute: str = ""  # for COMPUTED: wareki, age, fullwidth, today_wareki, sex_ja …
    required: bool = False
    fullwidth: bool = False  # printed in full-width forms (数字・英字) as the form expects
    section: str = ""
    when: Condition | None = None  # printed only when this holds (else left blank)


@dataclass(frozen=True)
class Selection:
    life_event: str
    when: Condition | None  # None: always, for this life event
    every_event: bool = False  # from a life_event = "*" rule: listed after the event's own


@dataclass(frozen=True)
class Procedure:
    id: str
    name: str
    division: str
    counter: str
    life_events: tuple[str, ...]
    fields: tuple[FormField, ...]
    selections: tuple[Selection, ...]
    needs_my_number: bool = False
    signature: bool = True
    fee: int = 0
    fee_per: str = ""  # a question id: the fee is per copy, times that answer (通数)
    bring: tuple[str, ...] = ()
    title: str = ""  # printed title; defaults to name
    addressee: str = "長"  # printed as "<municipality><addressee> 様"
    notes: tuple[str, ...] = ()
    source_file: str = ""
    # The 対象者 kind per life event ("" for every other event): see forms.persons.SUBJECTS.
    subject: tuple[tuple[str, str], ...] = (("", "applicant"),)
    bring_if: tuple[tuple[str, Condition], ...] = ()  # documents needed only when …
    notes_if: tuple[tuple[str, Condition], ...] = ()  # notes printed only when …
    # Offered only when this holds (e.g. a resident of the city); else not, with this reason.
    requires: Condition | None = None
    requires_reason: str = ""

    @property
    def printed_title(self) -> str:
        return self.title or self.name

    def subject_for(self, life_event: str) -> str:
        kinds = dict(self.subject)
        return kinds.get(life_event, kinds.get("", "applicant"))


@dataclass(frozen=True)
class LifeEvent:
    id: str
    name: str
    name_en: str
    questions: tuple[str, ...]
    self_service: bool = False  # offered at the resident's self-service terminal


@dataclass(frozen=True)
class Municipality:
    name: str  # みらい市
    prefecture: str  # 東京都
    code: str = ""
    head_label: str = "世帯主"  # how the 世帯主's own 続柄 prints: 「世帯主」 or 「本人」

    @property
    def address_prefix(self) -> str:
        return self.prefecture + self.name


@dataclass(frozen=True)
class PersonRules:
    """The person model's rules (forms/catalogue/persons.toml): the 続柄 list and checks."""

    relationships: tuple[str, ...] = ()  # 続柄 to the 世帯主; empty: any text
    head: str = "世帯主"
    spouses: tuple[str, ...] = ()
    spouse_min_age: int = 18
    older_than_head: tuple[str, ...] = ()
    younger_than_head: tuple[str, ...] = ()
    kouki_age: int = 75


@dataclass(frozen=True)
class Catalogue:
    municipality: Municipality
    life_events: dict[str, LifeEvent]
    questions: dict[str, Question]
    procedures: dict[str, Procedure] = field(default_factory=dict)
    persons: PersonRules = field(default_factory=PersonRules)

    def procedures_for(self, life_event: str) -> list[Procedure]:
        return [p for p in self.procedures.values() if life_event in p.life_events]

    def example_answers(self, life_event: str, today: dt.date) -> dict[str, Any]:
        """A complete example answers dict for a life event, dates relative to today."""
        questions = (self.questions[q] for q in self.life_events[life_event].questions)
        return {q.id: q.example_on(today) for q in questions if q.example is not None}
