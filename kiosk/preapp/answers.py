"""A pre-application code's answers, checked like answers typed at the counter.

A code is the resident's own, unverified input (kiosk/preapp/codes.py says why it carries no
key), so each answer goes through :func:`forms.validation.check_value`, the check a typed
answer gets: a question the life event does not ask, a value of the wrong type, an over-long
text or a choice not offered is refused with one line naming the question, and only the
answers that pass fill the staff screen's form.
"""

from __future__ import annotations

from typing import Any

from forms.model import Catalogue
from forms.validation import Invalid, MemberInvalid, Problem, check_value

MAX_PROBLEMS = 10  # lines shown; a crafted code with hundreds of keys is summed up after that


def checked_answers(catalogue: Catalogue, life_event: str, answers: dict[str, Any]
                    ) -> tuple[dict[str, Any], list[str]]:
    """(the answers that pass, one line per refused one)."""
    event = catalogue.life_events.get(life_event)
    if event is None:
        return {}, ["この窓口にないライフイベントです / not a life event of this counter"]
    passed: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in answers.items():
        if value is None or value == "" or value == []:
            continue  # left blank at home, as blank at the counter
        if key not in event.questions:
            problems.append(Problem(_shown(key), "?", "この手続きにない質問です",
                                    "not a question of this life event").one_line())
            continue
        question = catalogue.questions[key]
        try:
            passed[key] = check_value(question.type, value, [c[0] for c in question.choices])
        except MemberInvalid as error:
            problems.append(Problem(key + error.path, question.text, error.message_ja,
                                    error.message_en).one_line())
        except Invalid as error:
            problems.append(Problem(key, question.text, error.message_ja,
                                    error.message_en).one_line())
    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        problems = [*problems[:MAX_PROBLEMS], f"ほか{more}件 / {more} more"]
    return passed, problems


def _shown(key: str) -> str:
    """A key from a code as a message may show it: short (the code decides its length)."""
    return key if len(key) <= 40 else f"{key[:40]}…"
