"""A big-button date picker for the self-service terminal (issue #14): the year in 西暦 with
its 元号 beside it, a month grid, a day grid and 今日/昨日, instead of a desktop QDateEdit.

The question's window (earliest/latest days from today) bounds the year steps; a date inside
those years but outside the window is refused by the flow, with the message beside the field
and the picked date kept."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devices.card.wareki import to_wareki
from ui.i18n import translate
from ui.widgets import button, label


def year_text(year: int) -> str:
    """「1946年（昭和21年）」: the 西暦 year with its 元号 (the era in force at the year's end)."""
    try:
        era = to_wareki(dt.date(year, 12, 31))
    except ValueError:
        return f"{year}"
    era_year = translate("SelfService", "元") if era.year == 1 else str(era.year)
    return f"{year}（{era.era.name}{era_year}）"


class DatePicker(QWidget):
    def __init__(self, answer: Callable[[Any], object], today: dt.date,
                 earliest: int | None = None, latest: int | None = None) -> None:
        super().__init__()
        self.today = today
        self.first_year = (today + dt.timedelta(days=earliest)).year if earliest is not None \
            else 1900
        self.last_year = (today + dt.timedelta(days=latest)).year if latest is not None \
            else today.year + 5
        self.date = today
        self.shown = label("", "title", translate("SelfService", "日付"))
        self.year = label("", "title", translate("SelfService", "年"))
        self.months, self.days = QButtonGroup(self), QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shown)
        # One row for the year and 今日/昨日, one for the months: a row saved, but at 150 % the
        # picker is still about 800 px tall, more than a 768-px screen (open in issue #14).
        top = self._year_row()
        top.addLayout(self._quick_row())
        layout.addLayout(top)
        layout.addLayout(self._grid(self.months, range(1, 13), 12, self.pick_month))
        layout.addLayout(self._grid(self.days, range(1, 32), 11, self.pick_day))
        layout.addWidget(button(translate("SelfService", "次へ"),
                                lambda: answer(self.date.isoformat()), "primary"))
        self.set_date(today)

    def _quick_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(button(translate("SelfService", "今日"), lambda: self.set_date(self.today)))
        row.addWidget(button(translate("SelfService", "昨日"),
                             lambda: self.set_date(self.today - dt.timedelta(days=1))))
        return row

    def _year_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for step in (-10, -1):
            row.addWidget(button(f"{step}", partial(self.step_year, step), "key",
                                 translate("SelfService", "{n}年").replace("{n}", str(step))))
        row.addWidget(self.year, 1)
        for step in (1, 10):
            row.addWidget(button(f"+{step}", partial(self.step_year, step), "key",
                                 translate("SelfService", "{n}年").replace("{n}", f"+{step}")))
        return row

    def _grid(self, group: QButtonGroup, values: range, columns: int,
              pick: Callable[[int], None]) -> QGridLayout:
        grid = QGridLayout()
        for index, value in enumerate(values):
            key = button(str(value), partial(pick, value), "key")
            key.setCheckable(True)
            group.addButton(key, value)
            grid.addWidget(key, index // columns, index % columns)
        return grid

    def step_year(self, step: int) -> None:
        year = min(max(self.date.year + step, self.first_year), self.last_year)
        self.set_date(self._clamped(year, self.date.month, self.date.day))

    def pick_month(self, month: int) -> None:
        self.set_date(self._clamped(self.date.year, month, self.date.day))

    def pick_day(self, day: int) -> None:
        self.set_date(self._clamped(self.date.year, self.date.month, day))

    def set_date(self, date: dt.date) -> None:
        self.date = date
        self.year.setText(year_text(date.year))
        self.shown.setText(translate("SelfService", "{y}年{m}月{d}日").replace(
            "{y}", year_text(date.year)).replace("{m}", str(date.month)).replace("{d}", str(date.day)))
        self.shown.setAccessibleName(self.shown.text())
        length = calendar.monthrange(date.year, date.month)[1]
        for key in self.days.buttons():
            key.setVisible(self.days.id(key) <= length)
        self._check(self.months, date.month)
        self._check(self.days, date.day)

    @staticmethod
    def _check(group: QButtonGroup, value: int) -> None:
        key = group.button(value)
        if isinstance(key, QPushButton):
            key.setChecked(True)

    @staticmethod
    def _clamped(year: int, month: int, day: int) -> dt.date:
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
