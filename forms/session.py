"""The session record: the card data and every answer, said once, and the facts derived
from them. Every field of every form fills from here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from devices.card.basic4 import ADDRESS_MAX_CHARS, NAME_MAX_CHARS, Sex, check_text
from devices.card.errors import CardProtocolError
from devices.card.sensitive import MyNumber
from forms.model import Catalogue, FieldType, Question
from forms.personcheck import check_persons
from forms.persons import KOKUHO, KOUKI, age_on, applicant, household
from forms.renewal import Notice, renewal_facts, renewal_notices
from forms.residence import (
    ResidenceCard,
    relationship_proof_needed,
    residence_facts,
    residence_from_json,
)
from forms.validation import Invalid, MemberInvalid, Problem, check_value, check_window

CARD_KEYS = ("name", "address", "birth_date", "sex")
JST = dt.timezone(dt.timedelta(hours=9), "JST")


@dataclass
class CardFacts:
    name: str
    address: str
    birth_date: dt.date
    sex: Sex
    my_number: MyNumber | None = None
    # The name as printed on the card face (券面事項確認AP EF 0002 DF25), PNG bytes, when the
    # visit read it: a form prints it in the name box where no font has a glyph of the name
    # (forms.pdf.nameimage). Visit data only, like the rest: never logged, never stored.
    name_image: bytes | None = None
    # Read without the PIN (``card status``, the card face): None when the read did not say.
    card_expiry: dt.date | None = None
    certificate_expiry: dt.date | None = None
    # A newcomer without a My Number Card: the 在留カード data the staff entered (then name is
    # the card's name in the alphabet and address the 従前の住所, abroad).
    residence: ResidenceCard | None = None

    def __repr__(self) -> str:
        return "CardFacts(****)"


@dataclass
class Session:
    catalogue: Catalogue
    life_event: str
    card: CardFacts
    answers: dict[str, Any] = field(default_factory=dict)
    today: dt.date = field(default_factory=dt.date.today)

    def __repr__(self) -> str:
        return f"Session({self.life_event}, ****)"

    def facts(self) -> dict[str, Any]:
        """Answers by question id, the card as card.*, and derived facts."""
        facts: dict[str, Any] = dict(self.answers)
        facts.update({f"card.{key}": getattr(self.card, key) for key in CARD_KEYS})
        facts["card.sex"] = self.card.sex.value
        facts["life_event"] = self.life_event
        facts["age"] = age_on(self.card.birth_date, self.today)
        facts["lives_here"] = self.card.address.startswith(
            self.catalogue.municipality.address_prefix)
        facts["children_under_18"] = children_under_18(self.answers, self.today)
        if "deceased_birth_date" in self.answers and "death_date" in self.answers:
            facts["deceased_age"] = age_on(self.answers["deceased_birth_date"],
                                           self.answers["death_date"])
        if isinstance(self.answers.get("moved_on"), dt.date):  # for the 届出期間 rules
            facts["days_since_move"] = (self.today - self.answers["moved_on"]).days
        if isinstance(self.answers.get("child_birth_date"), dt.date):  # 戸籍法49条 window
            facts["days_since_birth"] = (self.today - self.answers["child_birth_date"]).days
        # Insurance per person (a resident of 75 is on 後期, never 国保): the lists count.
        people = household(self)
        facts["applicant_insurance"] = applicant(self).insurance
        for kind in (KOKUHO, KOUKI):
            facts[f"{kind}_members"] = [{"role": p.role} for p in people if p.insurance == kind]
        for key in ("card_expiry", "certificate_expiry"):  # the dates, for the forms
            if getattr(self.card, key) is not None:
                facts[key] = getattr(self.card, key)
        facts.update(renewal_facts(self.card.card_expiry, self.card.certificate_expiry,
                                   self.today))
        facts.update(residence_facts(self.card.residence, self.today))
        facts["relationship_proof_needed"] = relationship_proof_needed(
            self.answers, self.card.residence is not None)
        return facts

    def notices(self) -> list[Notice]:
        """What the resident is told about the card's and the e-certificates' expiry."""
        return renewal_notices(self.card.card_expiry, self.card.certificate_expiry, self.today)

    def clear(self) -> None:
        """Forget the resident: called when the visit ends, the card leaves or the kiosk idles."""
        self.answers.clear()
        self.card = CardFacts("", "", dt.date.min, Sex.UNKNOWN)


def children_under_18(answers: Mapping[str, Any], today: dt.date) -> list[dict[str, Any]]:
    members = answers.get("household_members") or []
    children = [m for m in members if age_on(m["birth_date"], today) < 18]
    if "child_name" in answers and "child_birth_date" in answers:  # the newborn
        children.append({"name": answers["child_name"], "kana": answers.get("child_kana", ""),
                         "birth_date": answers["child_birth_date"],
                         "sex": answers.get("child_sex", ""), "relationship": "子"})
    return children


def card_from_json(raw: Mapping[str, Any]) -> CardFacts:
    """CardFacts from what `kiosk card read --json` prints (ValueError naming the key)."""
    for key in CARD_KEYS:
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise ValueError(f"card.{key}: missing")
    try:
        birth = dt.date.fromisoformat(raw["birth_date"])
    except ValueError:
        raise ValueError("card.birth_date: not YYYY-MM-DD") from None
    try:
        sex = Sex(raw["sex"])
    except ValueError:
        raise ValueError("card.sex: not male, female, not_applicable or unknown") from None
    number = raw.get("my_number")
    try:
        my_number = MyNumber(number) if number else None
    except ValueError:
        raise ValueError("card.my_number: invalid check digit") from None
    name = _card_text(raw["name"], "name", NAME_MAX_CHARS)
    address = _card_text(raw["address"], "address", ADDRESS_MAX_CHARS)
    residence = raw.get("residence_card")
    return CardFacts(name, address, birth, sex, my_number,
                     card_expiry=_optional_date(raw, "card_expiry"),
                     certificate_expiry=_optional_date(raw, "certificate_expiry"),
                     residence=residence_from_json(residence) if residence is not None else None)


def _optional_date(raw: Mapping[str, Any], key: str) -> dt.date | None:
    """An optional expiry: an ISO date, or an ISO date-time (its date in Japan, where the
    card is used: a certificate's notAfter is often given in UTC), or absent/null."""
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"card.{key}: not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"card.{key}: not YYYY-MM-DD") from None
    return moment.astimezone(JST).date() if moment.tzinfo is not None else moment.date()


def _card_text(text: str, key: str, limit: int) -> str:
    """The card's own caps (devices.card.basic4) hold for a card given as JSON, too."""
    try:
        return check_text(text, key, limit)
    except CardProtocolError:
        raise ValueError(f"card.{key}: longer than {limit} characters or a control "
                         "character") from None


def collect_answers(catalogue: Catalogue, life_event: str, card: CardFacts,
                    raw: Mapping[str, Any], today: dt.date) -> tuple[Session, list[Problem]]:
    """Validate ``raw`` answers in the life event's question order; asks follow ask_if."""
    from forms.conditions import evaluate

    session = Session(catalogue, life_event, card, {}, today)
    event = catalogue.life_events[life_event]
    problems = [Problem(key, "?", "この手続きにない回答です", "not a question of this life event")
                for key in raw if key not in event.questions]
    for qid in event.questions:
        question = catalogue.questions[qid]
        if question.ask_if is not None and evaluate(question.ask_if, session.facts()) is None:
            continue
        problem = _answer(session, question, raw)
        if problem:
            problems.append(problem)
    if not problems:  # the person model's checks need every answer well-formed first
        problems = check_persons(session)
    return session, problems


def _answer(session: Session, question: Question, raw: Mapping[str, Any]) -> Problem | None:
    value = raw.get(question.id)
    if (value is None or value == "") and question.default is not None:
        value = question.default
    if value is None or value == "" or value == []:
        if question.required and question.type is not FieldType.MEMBERS:
            return Problem(question.id, question.text, "必須です。入力してください", "required")
        return None
    try:
        checked = check_value(question.type, value, [c[0] for c in question.choices])
        check_window(checked, question.earliest, question.latest, session.today)
        session.answers[question.id] = checked
    except MemberInvalid as error:
        return Problem(question.id + error.path, question.text, error.message_ja, error.message_en)
    except Invalid as error:
        return Problem(question.id, question.text, error.message_ja, error.message_en)
    return None
