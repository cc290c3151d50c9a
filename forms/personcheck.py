"""Answers that contradict the person model, as one Problem each (日本語 / English).

A person is named by position and role (「2人目の家族」, "member 2"), never by name, and the
field by its answer path (``household_members[1].relationship``), so the message can be shown,
printed on stderr or logged without personal data. The rules come from persons.toml.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from forms.persons import MEMBERS, Person, age_on, member
from forms.validation import Problem

if TYPE_CHECKING:
    from forms.session import Session

RELATIONSHIP = "続柄"
EXAMPLES_JA = "（世帯主から見た続柄: 妻、子、父、同居人など）"
CHECK_JA = "（生年月日か続柄を確認）"


def check_persons(s: Session) -> list[Problem]:
    """Every contradiction of the person model in the session's answers."""
    people = [member(s, i, m) for i, m in enumerate(s.answers.get(MEMBERS) or [])]
    problems = [p for person in people for p in _relationship(s, person)]
    problems += _applicant(s) + _heads(s, people) + _household_kind(s, people)
    return problems + _informant(s, people) + _subjects(s)


def _applicant(s: Session) -> list[Problem]:
    rules, rel = s.catalogue.persons, str(s.answers.get("applicant_relationship", ""))
    if s.answers.get("head_is_self", True) or "applicant_relationship" not in s.answers:
        return []
    if rel == rules.head:
        return [Problem("applicant_relationship", "あなたの続柄",
                        "「世帯主はあなたですか」が「いいえ」なので、続柄は「世帯主」以外です",
                        "you said you are not the 世帯主, so your relationship is not 世帯主")]
    if rules.relationships and rel not in rules.relationships:
        return [Problem("applicant_relationship", "あなたの続柄",
                        f"「{rel}」は住民票の続柄にありません{EXAMPLES_JA}",
                        f"{rel!r} is not a 住民票 続柄 (relationship to the 世帯主: 妻, 子, 父, "
                        "同居人 …)")]
    return []


def _informant(s: Session, people: list[Person]) -> list[Problem]:
    """As 世帯主 or 代理人 the card holder files for others: someone else must be listed."""
    capacity = s.answers.get("informant_capacity", "self")
    if capacity == "head" and not s.answers.get("head_is_self", True):
        return [Problem("informant_capacity", "届出人の資格",
                        "世帯主として届け出る場合は「世帯主はあなたですか」が「はい」です",
                        "filing as 世帯主 but you said you are not the 世帯主")]
    if capacity in ("head", "agent") and not people and MEMBERS in _asked(s):
        return [Problem(MEMBERS, "異動する方",
                        "世帯主・代理人として届け出る場合は、引っ越す方を入力してください",
                        "filing as 世帯主 or 代理人: enter the persons who move")]
    return []


def _asked(s: Session) -> tuple[str, ...]:
    return s.catalogue.life_events[s.life_event].questions


def _who(person: Person) -> tuple[str, str]:
    return f"{person.index + 1}人目の家族", f"member {person.index + 1}"


def _field(person: Person, key: str) -> str:
    return f"{MEMBERS}[{person.index}].{key}"


def _relationship(s: Session, person: Person) -> list[Problem]:
    rules, rel = s.catalogue.persons, person.relationship
    ja, en = _who(person)
    label, field = f"{ja}の{RELATIONSHIP}", _field(person, "relationship")
    if rules.relationships and rel not in rules.relationships:
        return [Problem(field, label,
                        f"「{rel}」は住民票の続柄にありません{EXAMPLES_JA}",
                        f"{en}: {rel!r} is not a 住民票 続柄 (relationship to the 世帯主: "
                        "妻, 子, 父, 同居人 …)")]
    age = age_on(person.birth_date, s.today) if person.birth_date else None
    if rel in rules.spouses and age is not None and age < rules.spouse_min_age:
        return [Problem(field, label,
                        f"{age}歳の方の続柄を「{rel}」にはできません（婚姻は{rules.spouse_min_age}歳から）",
                        f"{en} is {age} years old and cannot be {rel} (a spouse: "
                        f"{rules.spouse_min_age} or over)")]
    head = _head_birth(s)
    if head is None or person.birth_date is None:
        return []
    if rel in rules.older_than_head and person.birth_date >= head:
        return [Problem(field, label, f"「{rel}」が世帯主より年下になっています{CHECK_JA}",
                        f"{en} is {rel} but younger than the 世帯主 (check the birth date or "
                        "the relationship)")]
    if rel in rules.younger_than_head and person.birth_date <= head:
        return [Problem(field, label, f"「{rel}」が世帯主より年上になっています{CHECK_JA}",
                        f"{en} is {rel} but older than the 世帯主 (check the birth date or "
                        "the relationship)")]
    return []


def _head_birth(s: Session) -> dt.date | None:
    if s.answers.get("head_is_self", True):
        return s.card.birth_date
    for raw in s.answers.get(MEMBERS) or []:
        if raw.get("relationship") == s.catalogue.persons.head:
            birth = raw.get("birth_date")
            return birth if isinstance(birth, dt.date) else None
    return None


def _heads(s: Session, people: list[Person]) -> list[Problem]:
    head = s.catalogue.persons.head
    heads = [p for p in people if p.relationship == head]
    if s.answers.get("head_is_self", True):
        extra, other_ja, other_en = heads, "あなた（カードの方）", "the card holder"
    else:
        extra, other_ja, other_en = heads[1:], "1人目の世帯主", "another member"
    if not extra:
        return []
    ja, en = _who(extra[0])
    return [Problem(_field(extra[0], "relationship"), f"{ja}の{RELATIONSHIP}",
                    f"世帯主が2人になっています（世帯主は{other_ja}）。続柄を世帯主から見た関係にしてください",
                    f"{en} is 世帯主 but {other_en} already is: a household has one 世帯主")]


def _household_kind(s: Session, people: list[Person]) -> list[Problem]:
    """転入: forming a new household, its 世帯主 moves in too; joining one, the 世帯主 is there."""
    kind, head_self = s.answers.get("household_join"), s.answers.get("head_is_self", True)
    if kind == "existing" and head_self:
        return [Problem("household_join", "世帯",
                        "市内の世帯に入る場合、世帯主はその世帯の方です（「世帯主はあなたですか」は「いいえ」）",
                        "joining a household here: its 世帯主 is already resident, so you are "
                        "not the 世帯主 (answer head_is_self = false)")]
    head = s.catalogue.persons.head
    if kind == "new" and not head_self and not any(p.relationship == head for p in people):
        return [Problem("head_name", "世帯主の氏名",
                        "新しい世帯をつくる転入では、世帯主も一緒に届け出る方の中にいます"
                        "（家族のうち1人の続柄を「世帯主」に）",
                        "forming a new household: the 世帯主 is not among the persons moving in "
                        "(give one member the relationship 世帯主)")]
    return []


def _subjects(s: Session) -> list[Problem]:
    a = s.answers
    if a.get("pregnant") and a.get("pregnant_person", "self") == "self" \
            and s.card.sex.value == "male":
        return [Problem("pregnant_person", "妊娠している方",
                        "カードの方（男性）は妊娠届の対象者になれません。妊娠している方を選んでください",
                        "the card holder (male) cannot be the pregnant person of a 妊娠届: "
                        "choose the person who is pregnant")]
    if a.get("pregnant") and a.get("pregnant_person") == "member":
        names = ["".join(str(m.get("name", "")).split()) for m in a.get(MEMBERS) or []]
        wanted = "".join(str(a.get("pregnant_name", "")).split())
        if wanted not in names:
            return [Problem("pregnant_name", "妊娠している方の氏名",
                            "妊娠している方が「一緒に手続きするご家族」の中にいません",
                            "the pregnant person is not among the household members")]
        if a[MEMBERS][names.index(wanted)].get("sex") == "male":
            return [Problem("pregnant_name", "妊娠している方の氏名",
                            f"{names.index(wanted) + 1}人目の家族（男性）は"
                            "妊娠届の対象者になれません",
                            f"member {names.index(wanted) + 1} (male) cannot be the pregnant "
                            "person")]
    if a.get("care_subject") == "family" and len(a.get("care_subject_person") or []) != 1:
        return [Problem("care_subject_person", "介護を受ける方",
                        "介護を受ける方を1人入力してください",
                        "enter the one person who needs care")]
    return []

