"""和暦 (Japanese era) dates: 明治〜令和, with the first year written 元年 where asked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    name: str
    letter: str
    start: dt.date


# Start dates as the Gregorian day each era began (明治 from 1868-01-25 = 明治元年1月1日).
ERAS = (
    Era("令和", "R", dt.date(2019, 5, 1)),
    Era("平成", "H", dt.date(1989, 1, 8)),
    Era("昭和", "S", dt.date(1926, 12, 25)),
    Era("大正", "T", dt.date(1912, 7, 30)),
    Era("明治", "M", dt.date(1868, 1, 25)),
)


@dataclass(frozen=True)
class WarekiDate:
    era: Era
    year: int
    month: int
    day: int

    def format(self, *, gannen: bool = True) -> str:
        year = "元" if gannen and self.year == 1 else str(self.year)
        return f"{self.era.name}{year}年{self.month}月{self.day}日"


def to_wareki(date: dt.date) -> WarekiDate:
    for era in ERAS:
        if date >= era.start:
            return WarekiDate(era, date.year - era.start.year + 1, date.month, date.day)
    raise ValueError("dates before 明治 (1868-01-25) have no supported era")
