"""Date lines in the shapes real dumps showed unread (dumps10 kind 6b) and a masthead's
clock of several cities (heldout11b's n-tv page): the shapes, and a saved page."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.pages.permalink import page_info, parse_html
from normalizer.text.dates import parse_date, split_date_line

REAL = Path(__file__).parent / "fixtures" / "real"


@pytest.mark.parametrize(("line", "day", "rest"), [
    # year first, numbers with dots and spaces (Korean, Hungarian)
    ("2024. 5. 13.", "2024-05-13", ""),
    ("2020. 08. 18. 14:05", "2020-08-18", ""),
    # a month glued to a label before it
    ("PressApril 28, 2023", "2023-04-28", "Press"),
    # a comma after the day
    ("26, Abril, 2022", "2022-04-26", ""),
    # Urdu month with a weekday and a time
    ("اتوار 12 مئی 2024 23:04", "2024-05-12", "اتوار"),
    # Persian name of a Gregorian month
    ("13 مه 2024", "2024-05-13", ""),
])
def test_unread_shapes_now_read(line: str, day: str, rest: str) -> None:
    assert parse_date(line) == day
    assert split_date_line(line) == (True, rest)


@pytest.mark.parametrize(("line", "day"), [
    # no date line, no date read: a section label glued before a date (over a headline,
    # not under one, where a byline's date stands); a date opening a line of Chinese notes
    ("Nuomonės2024.03.31 19:59", None),
    ("2026/08/02 新增：方案更新重點整理。", None),
])
def test_no_date_line(line: str, day: str | None) -> None:
    assert parse_date(line) == day
    assert split_date_line(line)[0] is False


@pytest.mark.parametrize("line", [
    "McDonald 5, 2020",  # a capital inside a name that is no month
    "iPhone 12, 2020",
    "2024. 13. 5.",  # no month 13
    "version 2020.1.15:3",
    "2020.08.19.08.00.Place",  # a listing's day and time run together: an event's
    "3/9(木)",  # no year: not read (the year would come from elsewhere)
])
def test_not_dates(line: str) -> None:
    assert parse_date(line) is None


def test_masthead_world_clock_is_not_the_story_date() -> None:
    """The masthead prints the day of rendering with the times of several cities
    ("..., 04. Februar 2025 02:47 Uhr Frankfurt | 01:47 Uhr London | ..."); the date line
    under the headline prints the story's day, the one before."""
    page = REAL / "heldout11b" / "site" / "2025" / "02" / "03" / "hamburg-opera-talks"
    tree = parse_html((page / "index.html").read_bytes())
    assert tree is not None
    info = page_info(tree, "http://example.test/2025/02/03/hamburg-opera-talks/")
    assert info.published == "2025-02-03"
