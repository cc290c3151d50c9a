"""Validation of answers and field values, with messages that name the field (日本語 / English)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from devices.card.sensitive import is_valid_my_number
from forms.model import FieldType

KANA = re.compile(r"^[ァ-ヶー・　 ]+$")
POSTAL = re.compile(r"^(\d{3})-?(\d{4})$")
PHONE = re.compile(r"^0\d{1,4}-?\d{1,4}-?\d{3,4}$")
SEXES = {"male": "男", "female": "女"}
# Optional per-person keys of a members list (the person model, forms/persons.py).
MEMBER_OPTIONS = {"nationality": ("japanese", "foreign"),
                  "insurance": ("kokuho", "employee", "kouki", "other")}
MAX_TEXT = 200


@dataclass(frozen=True)
class Problem:
    field: str  # the answer or field id, e.g. furigana or household_members[1].kana
    label: str
    message_ja: str
    message_en: str

    def one_line(self) -> str:
        return f"{self.field}（{self.label}）: {self.message_ja} / {self.field}: {self.message_en}"


class Invalid(ValueError):  # noqa: N818 (a verdict, raised by the checkers below)
    def __init__(self, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en


REQUIRED = ("必須です。入力してください", "required")
NOT_AFTER_TODAY = ("今日より後の日付は入力できません", "the date cannot be after today")
# Messages a resident can meet at the self-service terminal, for the translation files.
RESIDENT_MESSAGES = (
    REQUIRED[0], "全角カタカナで入力してください", "日付が正しくありません（例: 2026-11-23）",
    "0以上の整数で入力してください", "一つ以上選んでください",
    "郵便番号は7桁の数字で入力してください（例: 190-0012）",
    "電話番号が正しくありません（例: 090-1234-5678）", f"{200}文字以内で入力してください",
    NOT_AFTER_TODAY[0],
)


def check_window(value: Any, earliest: int | None, latest: int | None, today: dt.date) -> None:
    """Invalid when a date lies outside [today + earliest, today + latest] (in days)."""
    if not isinstance(value, dt.date):
        return
    if latest is not None and value > today + dt.timedelta(days=latest):
        if latest == 0:
            raise Invalid(*NOT_AFTER_TODAY)
        raise Invalid(f"今日から{latest}日後までの日付を入力してください",
                      f"at most {latest} days after today")
    if earliest is not None and value < today + dt.timedelta(days=earliest):
        raise Invalid(f"{-earliest}日より前の日付です（届出の期間を過ぎています）",
                      f"more than {-earliest} days ago: past the period for filing")


def check_value(kind: FieldType, value: Any, choices: Sequence[str] = ()) -> Any:
    """The typed value (dates as dt.date, codes normalised) or Invalid."""
    checker = _CHECKERS[kind]
    return checker(value, choices)


def _text(value: Any, _: Sequence[str]) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Invalid(*REQUIRED)
    if len(value) > MAX_TEXT:
        raise Invalid(f"{MAX_TEXT}文字以内で入力してください", f"at most {MAX_TEXT} characters")
    return value.strip()


def _kana(value: Any, choices: Sequence[str]) -> str:
    text = _text(value, choices)
    if not KANA.match(text):
        raise Invalid("全角カタカナで入力してください", "use full-width katakana")
    return text


def _date(value: Any, _: Sequence[str]) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass  # e.g. 2026-02-30: reported below like any other bad date
    raise Invalid("日付が正しくありません（例: 2026-11-23）", "not a valid date (e.g. 2026-11-23)")


def _integer(value: Any, _: Sequence[str]) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise Invalid("0以上の整数で入力してください", "a whole number, 0 or more")
    return value


def _bool(value: Any, _: Sequence[str]) -> bool:
    if not isinstance(value, bool):
        raise Invalid("「はい」か「いいえ」で答えてください", "answer yes (true) or no (false)")
    return value


def _choice(value: Any, choices: Sequence[str]) -> str:
    if value not in choices:
        raise Invalid(f"次から選んでください: {', '.join(choices)}",
                      f"choose one of {', '.join(choices)}")
    return str(value)


def _multi(value: Any, choices: Sequence[str]) -> list[str]:
    if not isinstance(value, list) or not value:
        raise Invalid("一つ以上選んでください", "choose at least one")
    return [_choice(v, choices) for v in value]


def _postal(value: Any, _: Sequence[str]) -> str:
    match = POSTAL.match(str(value)) if isinstance(value, str) else None
    if not match:
        raise Invalid("郵便番号は7桁の数字で入力してください（例: 190-0012）",
                      "a postal code is 7 digits (e.g. 190-0012)")
    return f"{match.group(1)}-{match.group(2)}"


def _phone(value: Any, _: Sequence[str]) -> str:
    digits = re.sub(r"-", "", value) if isinstance(value, str) else ""
    if not isinstance(value, str) or not PHONE.match(value) or not 10 <= len(digits) <= 11:
        raise Invalid("電話番号が正しくありません（例: 090-1234-5678）",
                      "not a valid phone number (e.g. 090-1234-5678)")
    return value


def _my_number(value: Any, _: Sequence[str]) -> str:
    if not isinstance(value, str) or not is_valid_my_number(value):
        raise Invalid("個人番号は12桁で、検査用数字が正しくありません",
                      "a My Number is 12 digits with a valid check digit")
    return value


def _members(value: Any, _: Sequence[str]) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise Invalid("家族の一覧を入力してください", "expected a list of family members")
    members = []
    for index, person in enumerate(value):
        if not isinstance(person, dict):
            raise Invalid(f"{index + 1}人目の形式が正しくありません",
                          f"member {index + 1} is malformed")
        members.append(_member(person, index))
    return members


def _member(person: dict[str, Any], index: int) -> dict[str, Any]:
    checks: dict[str, Callable[[Any, Sequence[str]], Any]] = {
        "name": _text, "kana": _kana, "birth_date": _date, "relationship": _text,
    }
    member: dict[str, Any] = {}
    for key, check in checks.items():
        try:
            member[key] = check(person.get(key), ())
        except Invalid as error:
            raise MemberInvalid(index, key, error) from None
    options = {"sex": tuple(SEXES), **MEMBER_OPTIONS}
    for key, allowed in options.items():
        if key != "sex" and person.get(key) in (None, ""):
            continue
        try:
            member[key] = _choice(person.get(key), allowed)
        except Invalid as error:
            raise MemberInvalid(index, key, error) from None
    return member


class MemberInvalid(Invalid):
    """A problem in one member of a members list; ``path`` is e.g. ``[1].kana``."""

    def __init__(self, index: int, key: str, error: Invalid) -> None:
        super().__init__(f"{index + 1}人目の{key}: {error.message_ja}",
                         f"member {index + 1} {key}: {error.message_en}")
        self.path = f"[{index}].{key}"


_CHECKERS: dict[FieldType, Callable[[Any, Sequence[str]], Any]] = {
    FieldType.TEXT: _text, FieldType.KANA: _kana, FieldType.DATE: _date,
    FieldType.INTEGER: _integer, FieldType.BOOL: _bool, FieldType.CHOICE: _choice,
    FieldType.MULTI_CHOICE: _multi, FieldType.POSTAL_CODE: _postal, FieldType.PHONE: _phone,
    FieldType.MY_NUMBER: _my_number, FieldType.MEMBERS: _members,
}
