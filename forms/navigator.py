"""手続きナビ: from the card and a few answers, decide the procedures — and say why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forms.conditions import Reason, evaluate
from forms.model import Catalogue, Procedure, Question
from forms.session import Session

DERIVED_LABELS = {
    "age": "年齢",
    "lives_here": "住所が市内",
    "children_under_18": "18歳未満の子",
    "deceased_age": "亡くなった方の年齢",
}


@dataclass(frozen=True)
class Decision:
    procedure: Procedure
    reasons: tuple[str, ...]  # human-readable: which answers (or card facts) selected it
    always: bool = False  # the life event always needs it


def decide(session: Session) -> list[Decision]:
    """The procedures the life event needs: the ones it always needs first, then the rest."""
    facts = session.facts()
    event = session.catalogue.life_events[session.life_event]
    decisions = []
    for procedure in session.catalogue.procedures_for(session.life_event):
        for selection in procedure.selections:
            if selection.life_event != session.life_event:
                continue
            if selection.when is None:
                reason = f"{event.name}のときに必要な手続きです"
                decisions.append(Decision(procedure, (reason,), always=True))
                break
            reasons = evaluate(selection.when, facts)
            if reasons is not None:
                described = (describe(session.catalogue, r) for r in reasons)
                decisions.append(Decision(procedure, tuple(dict.fromkeys(described))))
                break
    return sorted(decisions, key=lambda d: not d.always)


def next_question(session: Session) -> Question | None:
    """The next question to ask on screen (one per screen), or None when all are answered."""
    facts = session.facts()
    for qid in session.catalogue.life_events[session.life_event].questions:
        question = session.catalogue.questions[qid]
        if qid in session.answers:
            continue
        if question.ask_if is None or evaluate(question.ask_if, facts) is not None:
            return question
    return None


def describe(catalogue: Catalogue, reason: Reason) -> str:
    question = catalogue.questions.get(reason.fact)
    label = question.text if question else DERIVED_LABELS.get(reason.fact, reason.fact)
    return f"{label}: {_value_text(question, reason.fact, reason.value)}"


def _value_text(question: Question | None, fact: str, value: Any) -> str:
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, list):
        if fact == "children_under_18" or (value and isinstance(value[0], dict)):
            return f"{len(value)}人"
        labels = dict(question.choices) if question else {}
        return "、".join(labels.get(v, str(v)) for v in value)
    if fact in ("age", "deceased_age"):
        return f"{value}歳"
    if question and question.choices:
        return dict(question.choices).get(str(value), str(value))
    return str(value)
