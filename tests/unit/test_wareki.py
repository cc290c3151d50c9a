import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.card.wareki import ERAS, to_wareki


@pytest.mark.parametrize("day,expected", [
    ("1868-01-25", "明治元年1月25日"),
    ("1912-07-29", "明治45年7月29日"),
    ("1912-07-30", "大正元年7月30日"),
    ("1926-12-24", "大正15年12月24日"),
    ("1926-12-25", "昭和元年12月25日"),
    ("1989-01-07", "昭和64年1月7日"),
    ("1989-01-08", "平成元年1月8日"),
    ("2019-04-30", "平成31年4月30日"),
    ("2019-05-01", "令和元年5月1日"),
    ("2026-11-23", "令和8年11月23日"),
])
def test_era_boundaries(day, expected):
    assert to_wareki(dt.date.fromisoformat(day)).format() == expected


def test_first_year_can_be_written_as_a_number():
    assert to_wareki(dt.date(2019, 5, 1)).format(gannen=False) == "令和1年5月1日"


def test_before_meiji_is_refused():
    with pytest.raises(ValueError):
        to_wareki(dt.date(1868, 1, 24))


@given(st.dates(min_value=dt.date(1868, 1, 25), max_value=dt.date(2200, 12, 31)))
def test_every_date_falls_in_exactly_the_era_that_covers_it(day):
    converted = to_wareki(day)
    starts = sorted(e.start for e in ERAS)
    era_start = max(s for s in starts if s <= day)
    assert converted.era.start == era_start
    assert converted.year == day.year - era_start.year + 1 >= 1
    assert (converted.month, converted.day) == (day.month, day.day)


@given(st.sampled_from(ERAS), st.integers(min_value=-3, max_value=3))
def test_around_each_boundary(era, offset):
    day = era.start + dt.timedelta(days=offset)
    converted = to_wareki(day) if day >= ERAS[-1].start else None
    if converted is None:
        return
    if offset >= 0:
        assert converted.era == era and converted.year == 1
        assert converted.format().startswith(f"{era.name}元年")
    else:
        assert converted.era != era and converted.year > 1
