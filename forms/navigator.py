"""手続きナビ: from the card and a few answers, decide the procedures — and say why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
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
    "kokuho_members": "国民健康保険に加入する方",
    "kouki_members": "後期高齢者医療の対象の方（75歳以上など）",
    "applicant_insurance": "あなたの健康保険",
    CARD_RENEWAL: "マイナンバーカードの有効期限",
    CERTIFICATE_RENEWAL: "電子証明書の有効期限",
}
CHOICES_OF = {"applicant_insurance": "insurance"}  # a derived fact shown with these labels


@dataclass(frozen=True)
class Decision:
    procedure: Procedure
    reasons: tuple[str, ...]  # human-readable: which answers (or card facts) selected it
    always: bool = False  # the life event always needs it
    causes: tuple[Reason, ...] = ()  # the facts behind ``reasons``, to say them in a language
    extra_bring: tuple[str, ...] = ()  # the procedure's bring_if documents this visit needs
    extra_notes: tuple[str, ...] = ()  # its notes_if notes that hold for this visit
    copies: int = 1  # the procedure's fee_per answer (通数), when it has one

    @property
    def fee(self) -> int:
        """What this procedure costs on this visit: the fee times the number of copies."""
        return self.procedure.fee * self.copies

    @property
    def bring(self) -> tuple[str, ...]:
        """The documents to bring: the procedure's, and those its bring_if rules add."""
        return (*self.procedure.bring, *self.extra_bring)

    @property
    def notes(self) -> tuple[str, ...]:
        return (*self.procedure.notes, *self.extra_notes)

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
        if procedure.requires is not None and evaluate(procedure.requires, facts) is None:
            continue  # listed by not_offered, with its reason
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
    return sorted((_with_extras(d, facts) for d in decisions),
                  key=lambda d: (not d.always, d.procedure.id in later))


def _with_extras(decision: Decision, facts: dict[str, Any]) -> Decision:
    """The conditional documents and notes (bring_if, notes_if) that hold for this visit."""
    def holding(items: tuple[tuple[str, Any], ...]) -> tuple[str, ...]:
        return tuple(text for text, when in items if evaluate(when, facts) is not None)

    per = decision.procedure.fee_per
    copies = facts.get(per, 1) if per else 1
    return replace(decision, copies=copies if isinstance(copies, int) else 1,
                   extra_bring=holding(decision.procedure.bring_if),
                   extra_notes=holding(decision.procedure.notes_if))


def not_offered(session: Session) -> list[tuple[Procedure, str]]:
    """The procedures this life event would offer but whose ``requires`` does not hold (a
    resident's procedure for a card from another city), each with its reason."""
    facts = session.facts()
    return [(p, p.requires_reason) for p in session.catalogue.procedures_for(session.life_event)
            if p.requires is not None and evaluate(p.requires, facts) is None]


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
    choices = question or catalogue.questions.get(CHOICES_OF.get(reason.fact, ""))
    return f"{label}: {_value_text(choices, reason.fact, reason.value, tr)}"


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
