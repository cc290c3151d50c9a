"""外国人住民: the 在留カード data staff enter once at the counter, validated.

A newcomer from abroad has no My Number Card yet: the staff enter the 在留カード (or 特別永住者
証明書) data once and the visit runs on it as on a card read, each form filling from here. The
items are those of the 外国人住民's 住民票 (住民基本台帳法30条の45, in force since 2012-07-09):
国籍・地域, 30条の45の区分, 在留資格, 在留期間と満了日, 在留カード等の番号, and the 通称
(住基法施行令30条の26) when one is recorded. The name is the 在留カード's, in the alphabet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# 住基法30条の45 の表: who is a 外国人住民.
KUBUN = ("中長期在留者", "特別永住者", "一時庇護許可者", "仮滞在許可者", "出生による経過滞在者",
         "国籍喪失による経過滞在者")
# A 在留カード / 特別永住者証明書 number: 2 letters, 8 digits, 2 letters (e.g. AB12345678CD).
CARD_NUMBER = re.compile(r"[A-Z]{2}[0-9]{8}[A-Z]{2}")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TEXT_MAX = 60
# 中長期在留者 and 特別永住者 hold a card with a number; the others (一時庇護, 仮滞在, 経過滞在)
# have a 許可書 or none, so the number is optional for them.
CARD_KUBUN = ("中長期在留者", "特別永住者")


class ResidenceError(ValueError):
    """One clear line, Japanese and English, naming the item."""


@dataclass(frozen=True)
class ResidenceCard:
    nationality: str  # 国籍・地域
    kubun: str  # 30条の45区分
    status: str = ""  # 在留資格 (特別永住者: none)
    period: str = ""  # 在留期間, e.g. 「3年」
    expiry: dt.date | None = None  # 在留期間の満了日
    number: str = ""  # 在留カード等の番号
    tsusho: str = ""  # 通称 (optional)

    def __repr__(self) -> str:
        return "ResidenceCard(****)"


def western(day: dt.date) -> str:
    """A foreign resident's dates are written in 西暦."""
    return f"{day.year}年{day.month}月{day.day}日"


def residence_from_json(raw: Mapping[str, Any]) -> ResidenceCard:
    """The staff-entered 在留カード data (ResidenceError naming the item)."""
    if not isinstance(raw, Mapping):
        raise ResidenceError("在留カードの情報はオブジェクトです / residence_card: not an object")
    kubun = _text(raw, "kubun", "30条の45区分")
    if kubun not in KUBUN:
        raise ResidenceError(f"30条の45区分は {'・'.join(KUBUN)} のいずれかです / "
                               "residence_card.kubun: not a 住基法30条の45 category")
    number = _text(raw, "number", "在留カード等の番号", required=kubun in CARD_KUBUN).upper()
    if number and not CARD_NUMBER.fullmatch(number):
        raise ResidenceError("在留カード等の番号は英字2桁・数字8桁・英字2桁です / "
                               "residence_card.number: not 2 letters, 8 digits, 2 letters")
    needs_status = kubun == "中長期在留者"
    expiry = _date(raw.get("expiry"), required=needs_status)
    return ResidenceCard(_text(raw, "nationality", "国籍・地域"), kubun,
                         _text(raw, "status", "在留資格", required=needs_status),
                         _text(raw, "period", "在留期間", required=needs_status), expiry, number,
                         _text(raw, "tsusho", "通称", required=False))


def _text(raw: Mapping[str, Any], key: str, label: str, required: bool = True) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise ResidenceError(f"{label}は文字で入力してください / residence_card.{key}: not text")
    value = value.strip()
    if required and not value:
        raise ResidenceError(f"{label}が必要です / residence_card.{key}: required")
    if len(value) > TEXT_MAX or any(ord(c) < 32 for c in value):
        raise ResidenceError(f"{label}が長すぎます / residence_card.{key}: longer than "
                               f"{TEXT_MAX} characters")
    return value


def _date(value: Any, required: bool) -> dt.date | None:
    if value in (None, "") and not required:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        if not ISO_DATE.fullmatch(str(value)):
            raise ValueError(value)
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ResidenceError("在留期間の満了日は YYYY-MM-DD の日付です / "
                               "residence_card.expiry: not YYYY-MM-DD") from None


def residence_facts(card: ResidenceCard | None, today: dt.date) -> dict[str, Any]:
    """The facts the catalogue reads: foreign_resident and residence.* (dates in 西暦)."""
    if card is None:
        return {"foreign_resident": False, "has_my_number_card": True}
    period = card.period
    if card.expiry is not None:
        until = f"{western(card.expiry)}まで"
        period = f"{period}（{until}）" if period else until
    facts: dict[str, Any] = {
        "foreign_resident": True, "has_my_number_card": False,
        "residence.nationality": card.nationality, "residence.kubun": card.kubun,
        "residence.status": card.status, "residence.period": period,
        "residence.number": card.number, "residence.tsusho": card.tsusho,
    }
    if card.expiry is not None:
        facts["residence_days_left"] = (card.expiry - today).days
    return facts


def relationship_proof_needed(answers: Mapping[str, Any], foreign: bool) -> bool:
    """A 続柄 between foreign residents other than 同居人 is recorded only on a document that
    proves it (結婚証明書, 出生証明書 …) with a Japanese translation; without one the 住民票 says
    同居人. With a Japanese 世帯主 the 続柄 shows from the 戸籍 instead (総務省 外国人住民に係る
    住民基本台帳事務処理要領; e.g. 北九州市 外国人住民の世帯主との続柄の届出)."""
    if not foreign:
        return False
    if answers.get("head_is_self", True):
        members = answers.get("household_members") or []
        return any(m.get("nationality") == "foreign" and m.get("relationship") != "同居人"
                   for m in members)
    return (answers.get("head_nationality") == "foreign"
            and answers.get("applicant_relationship") != "同居人")
