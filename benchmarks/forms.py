"""Forms benchmark: the once-only ratio, render time and size of the moving_in bundle for a
family of three.

Run by hand:  .venv/bin/python benchmarks/forms.py
Targets (issue #3): once-only ratio >= 5 (values printed across all forms / values the
resident typed), render <= 300 ms warm and <= 1.5 s cold (with font loading), size <= 400 KB.
The same bundle for a resident whose name has 外字 (𠮷 and an IVS sequence, issue #13) is
timed too: it loads IPAmj明朝 (46 MB) and its variation sequences on first use.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PLAIN_NAME = "山田　太郎"
GAIJI_NAME = "𠮷野　辻\U000E0102子"

COLD = """
import sys, time, datetime as dt
t0 = time.perf_counter()
from forms.loader import load_catalogue
from forms.navigator import decide
from forms.pdf.bundle import render_bundle
from forms.session import card_from_json, collect_answers
c = load_catalogue()
card = card_from_json({"name": sys.argv[1], "address": "東京都千代田区霞が関１－２－３",
                       "birth_date": "1985-04-01", "sex": "male", "my_number": "123456789018"})
answers = {q: c.questions[q].example for q in c.life_events["moving_in"].questions}
s, _ = collect_answers(c, "moving_in", card, answers, dt.date(2026, 11, 23))
render_bundle(s, decide(s))
print(time.perf_counter() - t0)
"""


def main() -> None:
    for name in (PLAIN_NAME, GAIJI_NAME):
        bench(name)


def bench(name: str) -> None:
    from forms.loader import load_catalogue
    from forms.navigator import decide
    from forms.pdf.bundle import render_bundle
    from forms.prefill import fill_procedure
    from forms.session import card_from_json, collect_answers

    catalogue = load_catalogue()
    card = card_from_json({"name": name, "address": "東京都千代田区霞が関１－２－３",
                           "birth_date": "1985-04-01", "sex": "male",
                           "my_number": "123456789018"})
    questions = catalogue.life_events["moving_in"].questions
    answers = {q: catalogue.questions[q].example for q in questions}
    session, problems = collect_answers(catalogue, "moving_in", card, answers,
                                        dt.date(2026, 11, 23))
    assert not problems
    decisions = decide(session)
    printed = sum(_count(f.value) for d in decisions
                  for f in fill_procedure(session, d.procedure))
    typed = _typed(catalogue, session.answers)
    warm = []
    for _ in range(20):
        started = time.perf_counter()
        result = render_bundle(session, decisions)
        warm.append((time.perf_counter() - started) * 1000)
    cold = [float(subprocess.run([sys.executable, "-c", COLD, name], capture_output=True,
                                 text=True,
                                 check=True, cwd=Path(__file__).parent.parent).stdout) * 1000
            for _ in range(3)]
    print(f"name {name.encode('unicode_escape').decode()}: "
          f"{len(result.missing_glyphs)} forms with 〓")
    print(f"moving_in, family of three: {len(decisions)} procedures "
          f"({', '.join(d.procedure.id for d in decisions)})")
    print(f"once-only ratio: {printed} values printed / {typed} values typed = "
          f"{printed / typed:.1f} (target >= 5)")
    print(f"render warm: median {statistics.median(warm):.0f} ms (target <= 300 ms)")
    print(f"render cold (new process, imports + fonts): median {statistics.median(cold):.0f} ms "
          "(target <= 1500 ms)")
    print(f"bundle size: {len(result.pdf) / 1024:.0f} KB (target <= 400 KB)")


TYPED_MEMBER_KEYS = ("name", "kana", "birth_date", "relationship")


def _count(value: object) -> int:
    if isinstance(value, list):
        return sum(1 for person in value for cell in person.values() if cell)
    return 1 if value else 0


def _typed(catalogue: object, answers: dict[str, object]) -> int:
    """Typed values: each typed answer once; each family member's typed cells once."""
    total = 0
    for qid, value in answers.items():
        question = catalogue.questions[qid]  # type: ignore[attr-defined]
        if not question.typed:
            continue
        if isinstance(value, list):  # per person: the typed cells (sex, nationality and
            # insurance are choices; 続柄 is counted as typed, as before the person model)
            total += sum(len([k for k in person if k in TYPED_MEMBER_KEYS]) for person in value)
        else:
            total += 1
    return total


if __name__ == "__main__":
    main()
