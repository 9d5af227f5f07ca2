"""Dates of round 19: month names of scripts whose words carry vowel signs (Hindi, Bengali,
Tamil, Burmese), and years before 1990 where the date can be nothing else. A press
database's download of the 1980s heads each record with a line that is only its date
("March 4, 1984"), and a listing's row gives the day as year-first figures with their month
and day padded ("1985.02.14"); a year that old elsewhere, in a sentence or in figures of
another shape, is still not read (a law's number, a founding year, a model's)."""
from __future__ import annotations

import unicodedata

import pytest

from normalizer.text.dates import EARLIEST_YEAR, parse_date, parse_listing_date, split_date_line


@pytest.mark.parametrize(("line", "day"), [
    # a line that is only a date, in the shapes of every year
    ("March 4, 1984", "1984-03-04"),
    ("4 March 1984", "1984-03-04"),
    ("Sunday, March 4, 1984", "1984-03-04"),
    ("Published: March 4, 1984", "1984-03-04"),
    ("4 de marzo de 1984", "1984-03-04"),
    ("04.03.1984", "1984-03-04"),
    ("1984-03-04", "1984-03-04"),
    # year-first figures, month and day padded: a listing's column, with its row around it
    ("1985.02.14", "1985-02-14"),
    ("7\t1985.02.14\tCity council approves new bridge\tMorning edition\tp. 3", "1985-02-14"),
])
def test_an_old_date_that_can_be_nothing_else_is_read(line: str, day: str) -> None:
    assert int(day[:4]) < EARLIEST_YEAR
    assert parse_date(line) == day


def test_an_old_date_line_is_a_date_line_with_nothing_left() -> None:
    assert split_date_line("March 4, 1984") == (True, "")


@pytest.mark.parametrize("line", [
    # in a sentence: a day the story tells of, not its own
    "The plant was opened on March 4, 1984 by the mayor",
    "Decree of 12.03.1975 on the use of water",
    # figures of another shape: a version, a code
    "version 1988.10.2",
    "1988.10.02.5",
    "Model 1985 sold out",
])
def test_an_old_year_elsewhere_is_not_read(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(("line", "day"), [
    # dates of our years read as before, in a sentence too
    ("The plant was opened on March 4, 2014 by the mayor", "2014-03-04"),
    ("City council, 2014.03.04 08:15", "2014-03-04"),
])
def test_recent_dates_are_read_anywhere_as_before(line: str, day: str) -> None:
    assert parse_date(line) == day


@pytest.mark.parametrize(("line", "day"), [
    # Hindi, with its own digits and a clock; Marathi; Bengali; Tamil; Burmese
    ("14 फ़रवरी 2021", "2021-02-14"),
    ("१४ सितम्बर २०२१, 10:30 AM IST", "2021-09-14"),
    ("3 नोव्हेंबर 2022", "2022-11-03"),
    ("১৪ ফেব্রুয়ারি ২০২১", "2021-02-14"),
    ("14 ஆகஸ்ட் 2021", "2021-08-14"),
    ("14 ဇူလိုင် 2021", "2021-07-14"),
])
def test_month_names_of_scripts_with_vowel_signs(line: str, day: str) -> None:
    assert parse_date(line) == day
    assert parse_listing_date(line) == day
    assert split_date_line(line) == (True, "")


def test_a_letter_typed_with_its_dot_apart_is_read_as_composed() -> None:
    line = "১৪ ফেব্রুয়ারি ২০২১"
    assert parse_date(unicodedata.normalize("NFD", line)) == "2021-02-14"


def test_a_month_name_inside_a_longer_word_is_no_month() -> None:
    # "मई" (May) opening another word
    assert parse_date("5 मईदान 2021") is None


@pytest.mark.parametrize(("line", "day"), [
    # a press database's line: the day in figures with hyphens, the page the paper printed on
    ("14-03-2012, p.7", "2012-03-14"),
    ("14-03-2012, pp. 7-8", "2012-03-14"),
    ("14-03-2012 Seite: 7", "2012-03-14"),
    ("14-03-2012", "2012-03-14"),
])
def test_a_date_with_the_page_it_was_printed_on_is_a_date_line(line: str, day: str) -> None:
    assert parse_date(line) == day
    assert split_date_line(line) == (True, "")


def test_a_page_number_without_a_date_is_no_date_line() -> None:
    assert split_date_line("Continued on p.7")[0] is False


def test_a_date_and_page_beside_a_paper_s_name_is_its_credit_not_a_date_line() -> None:
    # the record's credit: its source is read from it
    assert split_date_line("Morning Post / 14-03-2012 / page 7")[0] is False
