"""Date shapes of round 22 (dates22): a year-first dotted date beside one word, a slashed
date that can only be read month first, and a Persian news site's meta line of counters
around its date. Snippets are invented in the shapes the dumps print."""
from __future__ import annotations

from normalizer.text.dates import parse_date, split_date_line


def test_year_first_dotted_date_beside_one_word_is_a_date_line():
    # a Korean portal prints its writer's name before the day; a place may stand there too
    assert split_date_line("김민수 2023. 9. 4. 08:15") == (True, "김민수")
    assert split_date_line("Szeged, 2019.04.02.") == (True, "Szeged")
    assert parse_date("김민수 2023. 9. 4. 08:15") == "2023-09-04"


def test_year_first_dotted_date_among_more_words_is_no_date_line():
    # a sentence's figure, and a teaser's byline with its day, are not read by this shape
    assert split_date_line("Release 2023.4.7 ships with fixes")[0] is False
    assert split_date_line("Kovács Anna | 2019.04.02., kedd 10:30")[0] is False


def test_year_first_dotted_figures_that_are_no_day_are_no_date_line():
    assert split_date_line("Kim 2023.13.40")[0] is False


def test_slashed_date_with_a_second_figure_above_twelve_is_read_month_first():
    assert parse_date("Daily Wire, 03/27/2001") == "2001-03-27"
    assert parse_date("03/27/2001") == "2001-03-27"


def test_slashed_date_that_reads_day_first_stays_day_first():
    assert parse_date("27/03/2001") == "2001-03-27"
    assert parse_date("05/04/2001") == "2001-04-05"  # ambiguous: the day-first reading stands


def test_dotted_date_is_never_read_month_first():
    assert parse_date("03.27.2001") is None


def test_persian_meta_line_of_counters_around_its_date_is_a_date_line():
    line = "کد خبر : 1234567 | 3 خرداد 1402 ساعت 10:20 | 12.5K بازدید | 14 دیدگاه"
    is_date, _rest = split_date_line(line)
    assert is_date is True
    assert parse_date(line) == "2023-05-24"


def test_persian_news_code_alone_is_no_date_line():
    assert split_date_line("کد خبر : 1234567")[0] is False


def test_two_digit_year_is_read_where_one_figure_can_only_be_the_day():
    assert parse_date("Правда 21.11.88") == "1988-11-21"  # day first, before 1990
    assert parse_date("Gazette, 19.04.91 -") == "1991-04-19"
    assert parse_date("REFERENCE: 11/23/94, p3") == "1994-11-23"  # month first
    assert parse_date("Ref 03/14/05") == "2005-03-14"  # a year below the pivot: the 2000s


def test_two_digit_year_is_not_read_where_either_figure_may_be_the_month():
    # "11.03.17" is 3 November on an American page and 11 March on a European one
    assert parse_date("Jane Doe, @jdoe 11.03.17 in Gadgets") is None
    assert parse_date("Правда, 4.09.88") is None


def test_two_digit_year_is_not_read_in_a_longer_run_of_figures_or_a_sentence():
    assert parse_date("build 1.19.12.3") is None
    sentence = ("The committee met on several occasions, and the minutes dated 21.11.88 were "
                "read aloud before the vote was taken")
    assert parse_date(sentence) is None
