"""The person model: the household as a list of persons, and each procedure's 対象者.

The card holder is always the 届出人 (the person at the counter, identified by the card); the
procedure's *subject* is who the form is about: the applicant, the household, the newborn, the
deceased, the person needing care, the pregnant person, or the household's persons on 国保 or
後期. Each person carries their own 続柄 to the 世帯主, birth date, sex, nationality status and
insurance. ``check_persons`` turns answers that contradict the model into one Problem each,
naming the person by position (never by name: names are personal data) and the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from forms.model import PersonRules

if TYPE_CHECKING:
    from forms.session import Session

SUBJECTS = ("applicant", "household", "newborn", "deceased", "care", "pregnant", "kokuho",
            "kouki")
KOKUHO, KOUKI = "kokuho", "kouki"
MEMBERS = "household_members"


@dataclass(frozen=True)
class Person:
    role: str  # applicant, member, newborn, deceased, care
    index: int  # position in household_members (-1: not a listed member)
    name: str
    kana: str = ""
    birth_date: dt.date | None = None
    sex: str = ""
    relationship: str = ""  # 続柄 to the 世帯主 (the care subject's: to the applicant)
    nationality: str = "japanese"  # japanese | foreign
    insurance: str = ""  # kokuho, employee, kouki, other ("" not known)
    address: str = ""
    card_holder: bool = False  # only then is the card's 個人番号 this person's

    def __repr__(self) -> str:
        return f"Person({self.role}, ****)"


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def current_address(s: Session) -> str:
    """The address after the move in moving bundles (every form filed after the 異動)."""
    return str(s.answers.get("new_address") or s.card.address)


def insurance_of(rules: PersonRules, declared: str, birth: dt.date | None, day: dt.date) -> str:
    """At ``kouki_age`` a person is on 後期高齢者医療, whatever was declared, never on 国保."""
    if birth is not None and age_on(birth, day) >= rules.kouki_age:
        return KOUKI
    return declared


def declared_insurance(s: Session) -> str:
    """The insurance said; a resident from abroad without 社保 (「その他・わからない」) is on 国保,
    which every resident not on another scheme joins (国民健康保険法5条・6条)."""
    declared = str(s.answers.get("insurance", ""))
    if s.answers.get("from_abroad") and declared in ("", "other"):
        return KOKUHO
    return declared


def applicant(s: Session) -> Person:
    answers, rules = s.answers, s.catalogue.persons
    head_self = answers.get("head_is_self", True)
    relationship = rules.head if head_self else str(answers.get("applicant_relationship", ""))
    insurance = insurance_of(rules, declared_insurance(s), s.card.birth_date, s.today)
    # A card holder started from a 在留カード (forms.residence) is a foreign resident.
    nationality = "foreign" if s.card.residence is not None else "japanese"
    return Person("applicant", -1, s.card.name, str(answers.get("furigana", "")),
                  s.card.birth_date, s.card.sex.value, relationship,
                  nationality, insurance, current_address(s), card_holder=True)


def member(s: Session, index: int, raw: Mapping[str, Any]) -> Person:
    rules, birth = s.catalogue.persons, raw.get("birth_date")
    birth = birth if isinstance(birth, dt.date) else None
    declared = str(raw.get("insurance") or declared_insurance(s))
    if not raw.get("insurance") and declared == KOUKI:
        declared = KOKUHO  # the younger spouse of a 後期 applicant: 国保 (say otherwise per member)
    return Person("member", index, str(raw.get("name", "")), str(raw.get("kana", "")), birth,
                  str(raw.get("sex", "")), str(raw.get("relationship", "")),
                  str(raw.get("nationality", "japanese")),
                  insurance_of(rules, declared, birth, s.today), current_address(s))


def household(s: Session) -> list[Person]:
    """The persons the household forms list: the applicant unless filing as 世帯主 or 代理人
    for others, then the listed members."""
    people = [applicant(s)] if s.answers.get("informant_capacity", "self") == "self" else []
    return people + [member(s, i, m) for i, m in enumerate(s.answers.get(MEMBERS) or [])]


def subjects(s: Session, kind: str) -> list[Person]:
    """The 対象者 of a procedure whose subject is ``kind`` (one of SUBJECTS)."""
    if kind == "household":
        return household(s)
    if kind in (KOKUHO, KOUKI):
        return [p for p in household(s) if p.insurance == kind]
    found = {"newborn": _newborn, "deceased": _deceased, "care": _care,
             "pregnant": _pregnant}.get(kind, applicant)(s)
    return [found] if found is not None else []


def _newborn(s: Session) -> Person | None:
    a = s.answers
    if "child_name" not in a:
        return None
    return Person("newborn", -1, str(a["child_name"]), str(a.get("child_kana", "")),
                  a.get("child_birth_date"), str(a.get("child_sex", "")), "子",
                  insurance=str(a.get("insurance", "")), address=current_address(s))


def _deceased(s: Session) -> Person | None:
    a = s.answers
    if "deceased_name" not in a:
        return None
    return Person("deceased", -1, str(a["deceased_name"]), str(a.get("deceased_kana", "")),
                  a.get("deceased_birth_date"), insurance=str(a.get("deceased_insurance", "")))


def _care(s: Session) -> Person | None:
    a = s.answers
    people = a.get("care_subject_person") or []
    if a.get("care_subject") != "family" or not people:
        return applicant(s)
    p = people[0]
    return Person("care", -1, str(p["name"]), str(p.get("kana", "")), p.get("birth_date"),
                  str(p.get("sex", "")), str(p.get("relationship", "")),
                  address=str(a.get("care_subject_address") or current_address(s)))


def _pregnant(s: Session) -> Person | None:
    if s.answers.get("pregnant_person", "self") != "member":
        return applicant(s)
    index = _member_named(s, str(s.answers.get("pregnant_name", "")))
    if index is None:
        return None
    return member(s, index, s.answers[MEMBERS][index])


def _member_named(s: Session, name: str) -> int | None:
    wanted = _squash(name)
    for index, raw in enumerate(s.answers.get(MEMBERS) or []):
        if _squash(str(raw.get("name", ""))) == wanted:
            return index
    return None


def _squash(text: str) -> str:
    return "".join(text.split())
