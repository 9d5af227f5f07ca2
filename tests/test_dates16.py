"""Dates of round 16: Persian solar (Jalali) dates, Bulgarian, Serbian and Macedonian month
names, a yearless day in a headline that is no date line, a slashed date year first on a
line of its own, and the printed date line under a headline in old pages' markup
(heldout8's New York Times and Washington Post pages)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from normalizer.pages.permalink import page_info, parse_html
from normalizer.text.dates import parse_date, parse_listing_date, split_date_line

REAL = Path(__file__).parent / "fixtures" / "real"


@pytest.mark.parametrize(("line", "day", "rest"), [
    # Persian digits, the month typed with the Arabic yeh, a weekday, a label and a clock
    ("۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "2020-02-18", ""),
    ("تاریخ انتشار: ۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹", "2020-05-10", ""),
    ("۵۹ : ۱۸ - يکشنبه ۲۱ ارديبهشت ۱۳۹۹", "2020-05-10", ""),
    ("دوشنبه ۲ تير ۱۳۹۹", "2020-06-22", ""),
    ("سه‌شنبه ۲۹ بهمن ۱۳۹۸", "2020-02-18", ""),
    # ASCII digits and a p.m. mark
    ("2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22", ""),
    ("۱۲ آبان ۱۴۰۳", "2024-11-02", ""),
    # numbers, year first
    ("۱۴۰۳/۰۸/۱۲", "2024-11-02", ""),
    # the last day of a leap year's Esfand
    ("30 اسفند 1403", "2025-03-20", ""),
])
def test_persian_solar_dates(line: str, day: str, rest: str) -> None:
    assert parse_date(line) == day
    assert parse_listing_date(line) == day
    assert split_date_line(line) == (True, rest)


@pytest.mark.parametrize("line", [
    "۳۱ اسفند ۱۴۰۳",  # Esfand has 29 or 30 days
    "12 آبان 2024",  # a Gregorian year is no Jalali one
])
def test_persian_non_dates(line: str) -> None:
    assert parse_date(line) is None


def test_persian_calendar_library_loaded_only_for_a_persian_date() -> None:
    """Cold start does not grow: ``persiantools`` is imported when a Persian date is read,
    not with the normalizer."""
    code = ("import sys; import normalizer.pipeline as p; from normalizer.text.dates import "
            "parse_date; parse_date('March 5, 2020'); "
            "assert 'persiantools' not in sys.modules; "
            "assert parse_date('۲۱ اردیبهشت ۱۳۹۹') == '2020-05-10'; "
            "assert 'persiantools' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(("line", "day"), [
    ("15 октомври 2020", "2020-10-15"),  # Bulgarian, Macedonian
    ("четвъртък, 15 октомври 2020", "2020-10-15"),
    ("15. октобар 2020.", "2020-10-15"),  # Serbian, and its genitive
    ("15. октобра 2020, 14:30", "2020-10-15"),
    ("3 јули 2019", "2019-07-03"),  # Macedonian
    ("15 серпня 2016", "2016-08-15"),  # Ukrainian (months of round 15)
])
def test_cyrillic_months(line: str, day: str) -> None:
    assert parse_date(line) == day
    assert split_date_line(line) == (True, "")


@pytest.mark.parametrize("line", [
    # headlines and teasers that name a day without a year: sentences, not date lines
    "КЪСМЕТЧЕ за 15 октомври според зодията",
    "На 15 октомври е основан Пхенян",
    "Новините: Най-важното за деня, 15 октомври",
    "قیمت روز خودرو در ۲۱ اردیبهشت",
    "Demo am 5. Mai in Berlin",
])
def test_a_day_in_a_sentence_is_no_date_line(line: str) -> None:
    assert split_date_line(line)[0] is False


@pytest.mark.parametrize(("line", "rest"), [
    # a yearless date line holds names beside its date: a wire dateline's place and agency
    ("SEOUL, Aug. 20 (Yonhap) --", "SEOUL Yonhap"),
    ("ROMA, 28 LUG -", "ROMA"),
    ("MADRID, 14 de enero (EFE).-", "MADRID EFE"),
    ("Updated Aug. 20", ""),
    # or a clock
    ("15 октомври, 14:30", ""),
])
def test_yearless_date_lines_kept(line: str, rest: str) -> None:
    assert split_date_line(line) == (True, rest)


@pytest.mark.parametrize(("line", "day"), [
    ("2018/6/19 5:50", "2018-06-19"),  # Nikkei's date line under its headline
    ("2018/6/19", "2018-06-19"),
    ("2026/08/02 新增：方案更新重點整理。", None),  # a line of notes opening with its day
])
def test_slashed_year_first_line(line: str, day: str | None) -> None:
    assert parse_date(line) == day


@pytest.mark.parametrize(("path", "day"), [
    # "<h6 class="dateline">Published: November 13, 2010</h6>" under the headline, while
    # og:url and links carry the print edition's /2010/11/14/
    ("2010/11/13/burmese-dissident-freed", "2010-11-13"),
    # "Saturday, March 7, 2009" after a <br/> in the byline's <font>, a floated photo
    # caption between it and the headline; links carry the filing day /2009/03/06/
    ("2009/03/07/court-indefinite-detention", "2009-03-07"),
])
def test_printed_date_under_old_headlines(path: str, day: str) -> None:
    page = REAL / "heldout8" / "site" / path / "index.html"
    tree = parse_html(page.read_bytes())
    assert tree is not None
    assert page_info(tree, f"https://example.org/{path}/").published == day
