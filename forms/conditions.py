"""Evaluating catalogue conditions against the session's facts, with reasons.

A condition names a fact (an answer id, or a derived fact such as ``age``) and a test
(``is``, ``in``, ``at_least``, ``at_most``), or combines conditions with ``all``/``any``.
Evaluation returns the facts that made it true, so every decision can say why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms.model import Condition


@dataclass(frozen=True)
class Reason:
    fact: str
    value: Any


def evaluate(condition: Condition, facts: Mapping[str, Any]) -> list[Reason] | None:
    """The reasons if ``condition`` holds for ``facts``; None if it does not."""
    if condition.all_:
        reasons: list[Reason] = []
        for part in condition.all_:
            found = evaluate(part, facts)
            if found is None:
                return None
            reasons += found
        return reasons
    if condition.any_:
        for part in condition.any_:
            found = evaluate(part, facts)
            if found is not None:
                return found
        return None
    return _test(condition, facts)


def _test(condition: Condition, facts: Mapping[str, Any]) -> list[Reason] | None:
    if condition.fact is None:  # the loader rejects such leaves; never true if built by hand
        return None
    value = facts.get(condition.fact)
    if value is None:
        return None
    ok = True
    if condition.is_ is not None:
        ok = value == condition.is_ or (isinstance(value, list) and condition.is_ in value)
        if ok and isinstance(value, list):
            value = condition.is_  # the reason is the chosen item, not the whole list
    if condition.in_ is not None:
        ok = ok and value in condition.in_
    if condition.at_least is not None:
        ok = ok and _number(value) >= condition.at_least
    if condition.at_most is not None:
        ok = ok and _number(value) <= condition.at_most
    return [Reason(condition.fact, value)] if ok else None


def _number(value: Any) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list):  # a list counts its members (children, household …)
        return float(len(value))
    return float("nan")
