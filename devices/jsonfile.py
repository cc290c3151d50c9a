"""Reading a JSON file someone else wrote, with bounded memory, time and nesting.

``json.loads`` accepts NaN and Infinity, turns ``1e999`` into infinity, keeps lone surrogates
(which break every later UTF-8 encode) and recurses once per nesting level, so 100,000 ``[``
end in a RecursionError. Everything the CLI reads (card, answers, payables) goes through
:func:`read_json_file`, which refuses all of that with a :class:`JsonFileError` naming the rule.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

# The largest input file: a payables batch of a few thousand slips is well below it, and
# a resident's answers or a card are a few KB. Reading stops one byte past it.
MAX_JSON_BYTES = 1 << 20  # 1 MiB
# The deepest nesting: our formats go four levels deep (a payables list, a payable, payer,
# members table rows); 32 leaves room and keeps every recursive walk far from Python's limit.
MAX_JSON_DEPTH = 32

RULES = {
    "unreadable": "読めません / cannot be read",
    "too_large": f"大きすぎます / larger than {MAX_JSON_BYTES} bytes",
    "not_utf8": "UTF-8 ではありません / not UTF-8",
    "not_json": "JSON ではありません / not JSON",
    "too_deep": f"入れ子が深すぎます / nested deeper than {MAX_JSON_DEPTH} levels",
    "not_finite": "NaN・無限大は使えません / NaN or an infinite number",
    "lone_surrogate": "不正な文字を含みます / a lone surrogate (\\ud800-\\udfff)",
}

# A JSON string token as the grammar has it (brackets inside are not structure); an unclosed
# one runs to the end. Possessive quantifiers: no backtracking, linear time on any input.
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonFileError(ValueError):
    """An input file the CLI refuses; ``one_line`` names the file and the rule."""

    def __init__(self, path: Path, rule: str, detail: str = "") -> None:
        super().__init__(f"{path.name}: {rule}")
        self.path = path
        self.rule = rule
        self.detail = detail

    def one_line(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.path.name}: {RULES[self.rule]}{detail}"


def read_json_file(path: Path) -> Any:
    """The JSON value in ``path``, or :class:`JsonFileError`."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_JSON_BYTES + 1)
    except OSError as error:
        raise JsonFileError(path, "unreadable", error.strerror or type(error).__name__) from None
    if len(raw) > MAX_JSON_BYTES:
        raise JsonFileError(path, "too_large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonFileError(path, "not_utf8") from None
    return parse_json(text, path)


def parse_json(text: str, path: Path) -> Any:
    """Parse ``text`` (already size-checked) with the depth, number and surrogate rules."""
    if nesting_depth(text) > MAX_JSON_DEPTH:
        raise JsonFileError(path, "too_deep")
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except _NotFiniteError:
        raise JsonFileError(path, "not_finite") from None
    except RecursionError:  # unreachable after the depth check; kept as a last guard
        raise JsonFileError(path, "too_deep") from None
    except ValueError as error:  # JSONDecodeError, or an integer of over 4300 digits
        raise JsonFileError(path, "not_json", str(error).splitlines()[0][:80]) from None
    if _has_lone_surrogate(value):
        raise JsonFileError(path, "lone_surrogate")
    return value


def nesting_depth(text: str) -> int:
    """The deepest bracket nesting of a JSON text, without recursion (strings skipped)."""
    steps = (1 if b in "[{" else -1 for b in _BRACKETS.findall(_STRING.sub("", text)))
    return max(accumulate(steps, initial=0))


class _NotFiniteError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotFiniteError(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses to infinity without a complaint
        raise _NotFiniteError(text)
    return value


def _has_lone_surrogate(value: Any) -> bool:
    return any_string(value, lambda text: _SURROGATE.search(text) is not None)


def any_string(value: Any, test: Callable[[str], bool]) -> bool:
    """Whether ``test`` holds for any string of a parsed JSON value, keys included; iterative,
    so a deep value needs no recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if test(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
