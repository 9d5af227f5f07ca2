"""A Japanese or Korean date line with its clock and its update is a date line.

A page sets under its headline the day and time it was published and, in brackets, the
day and time of its update ("2025年1月14日 01時28分 (1月14日 01時40分更新)"): no word of
a sentence, only a year-first date, clocks in 時/分 and a yearless day. The clock and
the yearless day count as date words once the line holds a year-first date. Invented
lines.
"""
from __future__ import annotations

import pytest

from normalizer.text.dates import split_date_line


@pytest.mark.parametrize("line", [
    "2023年7月3日 09時05分 (7月3日 10時15分更新)",
    "2023年7月3日 09時05分",
    "2023년 7월 3일 09시 05분 (7월 3일 10시 15분 수정)",
])
def test_a_date_line_with_clock_and_update_is_a_date_line(line: str) -> None:
    assert split_date_line(line)[0]


def test_a_yearless_day_and_clock_alone_need_a_year_first_date() -> None:
    # no year-first date: the day and the clock are not taken as a date line by this rule
    assert split_date_line("7月3日 09時05分から会議の予定について話し合う市民の集まり")[0] is False
