"""Once-only prefill: every field of a procedure's form, filled from the session record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from devices.card.wareki import to_wareki
from forms.conditions import evaluate
from forms.model import Catalogue, FormField, Procedure, Source
from forms.persons import Person, age_on, current_address, household, subjects
from forms.residence import western
from forms.session import Session, children_under_18

SEX_JA = {"male": "男", "female": "女", "not_applicable": "適用不能", "unknown": "不明"}
EVENT_REASON = {"moving_in": "転入", "moving_out": "転出", "moving_within": "転居",
                "birth": "出生", "death": "死亡", "childcare": "その他",
                "long_term_care": "その他", "disaster": "その他", "certificates": "その他"}

Value = str | list[dict[str, str]] | None


@dataclass(frozen=True)
class FilledField:
    field: FormField
    value: Value  # text, a table of people (members), or None when nothing fills it
    shown: bool = True  # False: the field's ``when`` does not hold, the form leaves it out

    @property
    def text(self) -> str:
        return self.value if isinstance(self.value, str) else ""


def fill_procedure(session: Session, procedure: Procedure) -> list[FilledField]:
    facts = session.facts()
    who = subjects(session, procedure.subject_for(session.life_event))
    return [FilledField(f, _value(session, facts, f, who),
                        f.when is None or evaluate(f.when, facts) is not None)
            for f in procedure.fields]


def _value(session: Session, facts: Mapping[str, Any], field: FormField,
           who: list[Person]) -> Value:
    if field.source is Source.STAFF:
        return None
    if field.when is not None and evaluate(field.when, facts) is None:
        return None
    if field.source is Source.SUBJECT:
        raw = subject_item(session, who, field.source_key)
    elif field.source is Source.CARD:
        if field.source_key == "my_number":
            number = session.card.my_number
            return number.reveal() if number is not None else None
        raw = facts.get(f"card.{field.source_key}")
    elif field.source is Source.ANSWER:
        raw = facts.get(field.source_key)
    else:
        raw = COMPUTE[field.compute](session, facts, field.source_key)
    value = _display(raw, field, session, field.source_key)
    if isinstance(value, str) and field.fullwidth:
        return to_fullwidth(value)
    return value


def _display(raw: Any, field: FormField, session: Session, key: str) -> Value:
    catalogue = session.catalogue
    if raw is None or raw == "":
        return None
    if isinstance(raw, list):
        return [_person(p) for p in raw] if raw and isinstance(raw[0], dict) else "、".join(
            _choice_label(catalogue, key, v) for v in raw)
    if isinstance(raw, bool):
        return "有" if raw else "無"
    if isinstance(raw, dt.date):
        return day_text(session, raw)
    return str(raw)


def _person(person: Mapping[str, Any]) -> dict[str, str]:
    birth = person.get("birth_date")
    return {
        "name": str(person.get("name", "")),
        "kana": str(person.get("kana", "")),
        "birth_date": date_text(birth, str(person.get("nationality", ""))),
        "sex": SEX_JA.get(str(person.get("sex", "")), ""),
        "relationship": str(person.get("relationship", "")),
    }


def date_text(day: Any, nationality: str = "") -> str:
    """和暦; a foreign resident's dates in 西暦, as their 住民票 records them."""
    if not isinstance(day, dt.date):
        return ""
    if nationality == "foreign":
        return western(day)
    return to_wareki(day).format()


def day_text(session: Session, day: dt.date) -> str:
    """A date on the card holder's forms: 和暦, or 西暦 for a foreign resident."""
    return date_text(day, "foreign" if session.card.residence is not None else "")


def person_row(session: Session, person: Person) -> dict[str, Any]:
    """A person as a row of a persons table; the 世帯主's own 続柄 as the municipality prints it."""
    rules = session.catalogue
    relationship = person.relationship
    if relationship == rules.persons.head:
        relationship = rules.municipality.head_label
    return {"name": person.name, "kana": person.kana, "birth_date": person.birth_date,
            "sex": person.sex, "relationship": relationship, "nationality": person.nationality}


def subject_item(session: Session, who: list[Person], key: str) -> Any:
    """One item of the procedure's 対象者; the 個人番号 only when the card is the subject's."""
    if key == "persons":
        return [person_row(session, p) for p in who]
    if not who:
        return None
    first = who[0]
    if key == "my_number":
        number = session.card.my_number
        mine = len(who) == 1 and first.card_holder and number is not None
        return number.reveal() if mine and number is not None else None
    if key == "birth_date":
        return date_text(first.birth_date, first.nationality) or None
    if key == "age":
        return f"{age_on(first.birth_date, session.today)}歳" if first.birth_date else None
    if key == "sex":
        return SEX_JA.get(first.sex) or None
    if key == "insurance":
        return _choice_label(session.catalogue, "insurance", first.insurance) or None
    return getattr(first, key) or None


def to_fullwidth(text: str) -> str:
    """ASCII letters, digits and punctuation as their full-width forms (space as U+3000)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def first_fact(facts: Mapping[str, Any], keys: str) -> Any:
    """The first present fact of ``a|b|c``."""
    for key in keys.split("|"):
        value = facts.get(key)
        if value not in (None, "", []):
            return value
    return None


def _choice_label(catalogue: Catalogue, key: str, value: Any) -> str:
    question = catalogue.questions.get(key.split("|")[0])
    if question is not None:
        return dict(question.choices).get(str(value), str(value))
    return str(value)


def _wareki(s: Session, facts: Mapping[str, Any], key: str) -> Any:
    value = first_fact(facts, key)
    return day_text(s, value) if isinstance(value, dt.date) else None


def _choice(s: Session, facts: Mapping[str, Any], key: str) -> Any:
    for k in key.split("|"):
        if facts.get(k) not in (None, ""):
            return _choice_label(s.catalogue, k, facts[k])
    return None


def _members_with_self(s: Session, facts: Mapping[str, Any], key: str) -> Any:
    """The household's persons, each with the 続柄 to the 世帯主 (not 「本人」)."""
    return [person_row(s, p) for p in household(s)]


def _head(s: Session, facts: Mapping[str, Any], key: str) -> Any:
    return s.card.name if facts.get("head_is_self", True) else facts.get(key)


def _head_my_number(s: Session, facts: Mapping[str, Any], key: str) -> Any:
    """The 世帯主's 個人番号 (国保 届 are the 世帯主's: 国民健康保険法9条): the card's only when
    the card holder is the 世帯主."""
    number = s.card.my_number
    return number.reveal() if facts.get("head_is_self", True) and number is not None else None


def _inkan_reason(s: Session, facts: Mapping[str, Any], key: str) -> Any:
    return "登録者の死亡" if facts.get(key) else "市外への転出"


COMPUTE: dict[str, Callable[[Session, Mapping[str, Any], str], Any]] = {
    "today_wareki": lambda s, f, k: day_text(s, s.today),
    "wareki": _wareki,
    "age": lambda s, f, k: f"{age_on(first_fact(f, k), s.today)}歳",
    "sex_ja": lambda s, f, k: SEX_JA.get(str(first_fact(f, k)), ""),
    "fullwidth": lambda s, f, k: to_fullwidth(str(first_fact(f, k) or "")),
    "choice_label": _choice,
    "first_of": lambda s, f, k: first_fact(f, k),
    "constant": lambda s, f, k: k,
    "members_with_self": _members_with_self,
    "children": lambda s, f, k: children_under_18(s.answers, s.today),
    "head_of_household": _head,
    "head_my_number": _head_my_number,
    "current_address": lambda s, f, k: current_address(s),
    "days_after_filing": lambda s, f, k: day_text(s, s.today + dt.timedelta(days=int(k))),
    "event_reason": lambda s, f, k: EVENT_REASON.get(str(f.get("life_event")), ""),
    "inkan_reason": _inkan_reason,
    "fiscal_year": lambda s, f, k: (
        f"{to_wareki(dt.date(int(f[k]), 4, 1)).format().split('年')[0]}年度" if f.get(k) else None),
}
