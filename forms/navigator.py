"""手続きナビ: from the card and a few answers, decide the procedures — and say why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from forms.conditions import Reason, evaluate
from forms.model import Catalogue, Procedure, Question
from forms.renewal import CARD_RENEWAL, CERTIFICATE_RENEWAL, DUE_TEXTS
from forms.session import Session

# The texts of reasons are Japanese sources; ``Translate`` gives them in another language
# (forms.pdf.translations: context "Catalogue" for catalogue texts, "Guide" for these).
Translate = Callable[[str, str], str]
REASON_CONTEXT = "Guide"
ALWAYS_REASON = "{event}のときに必要な手続きです"
YES, NO, PEOPLE, YEARS = "はい", "いいえ", "{n}人", "{n}歳"
DERIVED_LABELS = {
    "age": "年齢",
    "lives_here": "住所が市内",
    "children_under_18": "18歳未満の子",
    "deceased_age": "亡くなった方の年齢",
    CARD_RENEWAL: "マイナンバーカードの有効期限",
    CERTIFICATE_RENEWAL: "電子証明書の有効期限",
}


@dataclass(frozen=True)
class Decision:
    procedure: Procedure
    reasons: tuple[str, ...]  # human-readable: which answers (or card facts) selected it
    always: bool = False  # the life event always needs it
    causes: tuple[Reason, ...] = ()  # the facts behind ``reasons``, to say them in a language

    def reasons_in(self, catalogue: Catalogue, life_event: str, tr: Translate) -> list[str]:
        """``reasons`` in the language of ``tr``."""
        if not self.always and not self.causes:
            return list(self.reasons)
        if self.always:
            event = tr("Catalogue", catalogue.life_events[life_event].name)
            return [tr(REASON_CONTEXT, ALWAYS_REASON).format(event=event)]
        return list(dict.fromkeys(describe(catalogue, r, tr) for r in self.causes))


def decide(session: Session) -> list[Decision]:
    """The procedures the life event needs: the ones it always needs first, then the rest."""
    facts = session.facts()
    event = session.catalogue.life_events[session.life_event]
    decisions = []
    later: set[str] = set()
    for procedure in session.catalogue.procedures_for(session.life_event):
        for selection in procedure.selections:
            if selection.life_event != session.life_event:
                continue
            if selection.when is None:
                reason = ALWAYS_REASON.format(event=event.name)
                decisions.append(Decision(procedure, (reason,), always=True))
                break
            reasons = evaluate(selection.when, facts)
            if reasons is not None:
                described = (describe(session.catalogue, r) for r in reasons)
                decisions.append(Decision(procedure, tuple(dict.fromkeys(described)),
                                          causes=tuple(reasons)))
                later.update({procedure.id} if selection.every_event else set())
                break
    # What the visit came for first; what any visit may add (renewing the card) last.
    return sorted(decisions, key=lambda d: (not d.always, d.procedure.id in later))


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


def _japanese(context: str, text: str) -> str:
    return text


def describe(catalogue: Catalogue, reason: Reason, tr: Translate = _japanese) -> str:
    question = catalogue.questions.get(reason.fact)
    if question is not None:
        label = tr("Catalogue", question.text)
    else:
        label = tr(REASON_CONTEXT, DERIVED_LABELS.get(reason.fact, reason.fact))
    return f"{label}: {_value_text(question, reason.fact, reason.value, tr)}"


def _value_text(question: Question | None, fact: str, value: Any, tr: Translate) -> str:
    def guide(text: str, **values: Any) -> str:
        return tr(REASON_CONTEXT, text).format(**values)

    def choice(v: Any) -> str:
        labels = dict(question.choices) if question else {}
        return tr("Catalogue", labels[str(v)]) if str(v) in labels else str(v)

    if isinstance(value, bool):
        return guide(YES if value else NO)
    if isinstance(value, list):
        if fact == "children_under_18" or (value and isinstance(value[0], dict)):
            return guide(PEOPLE, n=len(value))
        return guide("、").join(choice(v) for v in value)
    if fact in ("age", "deceased_age"):
        return guide(YEARS, n=value)
    if fact in (CARD_RENEWAL, CERTIFICATE_RENEWAL) and value in DUE_TEXTS:
        return guide(DUE_TEXTS[value])
    if question and question.choices:
        return choice(value)
    return str(value)
