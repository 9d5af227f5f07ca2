"""A post's date from visible non-ISO dates and the page's own date markup, by shape: Arabic
month names (Levantine, Egyptian, Maghreb), Drupal's Dublin Core RDFa, a masthead's render
day beside the story's own date line, and a year alone that must not become January 1st.
The real pages are heldout3's (Assabah, CNN Arabic, Asia Pacific Star)."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.pipeline import normalize_page
from normalizer.text.dates import parse_date, parse_listing_date, split_date_line

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout3" / "site"


@pytest.mark.parametrize("text, day", [
    ("الجمعة 8 فيفري 2019", "2019-02-08"),                                   # Tunisian
    ("الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)", "2013-08-04"),  # Levantine/Latin
    ("15 كانون الثاني/يناير 2014", "2014-01-15"),                            # two words
    ("3 تشرين الأول 2020", "2020-10-03"),
    ("12 شباط/فبراير 2015", "2015-02-12"),
    ("4 آب (أغسطس) 2013", "2013-08-04"),                                    # in brackets
    ("٤ جويلية ٢٠١٩", "2019-07-04"),                                        # Arabic-Indic digits
    ("30 مارس 2020", "2020-03-30"),                                          # Egyptian
    ("1 شتنبر 2018", "2018-09-01"),                                          # Moroccan
])
def test_arabic_month_names_are_read(text: str, day: str) -> None:
    assert parse_date(text) == day
    assert parse_listing_date(text) == day
    assert split_date_line(text)[0]


def test_an_arabic_word_that_is_no_month_gives_no_date() -> None:
    assert parse_date("الفصل الأول 2020") is None  # "the first chapter": no month name
    assert parse_date("8 أشهر 2019") is None


def _real(path: str) -> dict:
    page = SITE / path / "index.html"
    return normalize_page(page.read_bytes().decode("utf-8", "replace"),
                          f"http://127.0.0.1:8000/{path}/")[0]


@pytest.mark.parametrize("path, day", [
    # Drupal: dc:date 2019-02-08 on the visible "الجمعة 8 فيفري 2019", a list of the
    # paper's issues beside the article ("... بتاريخ 2019/02/09") newest first
    ("2019/02/08/sudan-khaled-massa-interview", "2019-02-08"),
    # "04 آب/اغسطس 2013" under the only h1; the page's "© 2013" is no day
    ("2013/08/04/rif-dimashq-missile-depots", "2013-08-04"),
    # the masthead's "Tue, 14 Jan 2020" (render day) vs "13 Jan 2020, 22:11 GMT+10"
    # under the h2 headline
    ("2020/01/13/australia-megablaze", "2020-01-13"),
])
def test_real_pages_visible_dates(path: str, day: str) -> None:
    assert _real(path)["published"] == day


_STORY = "".join(f"<p>Exhausted firefighters said on Monday that wet weather would help, "
                 f"paragraph {i} of the story.</p>" for i in range(4))


def _news_page(head: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>")


def test_drupal_dc_date_beats_a_later_date_in_a_list_beside_the_story() -> None:
    issues = "".join(f"<div class='views-row'><span class='field-content'><a href='/i/{d}'>"
                     f"Issue of 2019/02/{d:02d}</a></span></div>" for d in (9, 8, 7))
    body = ("<h1>Interview</h1><footer class='submitted'><span class='date-display-single' "
            "property='dc:date' datatype='xsd:dateTime' content='2019-02-08T00:00:00+01:00'>"
            f"الجمعة 8 فيفري 2019</span></footer><div class='content'>{_STORY}</div>"
            f"<aside>{issues}</aside>")
    rec = normalize_page(_news_page("", body), "https://example.org/article/1")[0]
    assert rec["published"] == "2019-02-08"


def test_the_date_under_the_headline_beats_the_mastheads_render_day() -> None:
    head = "<meta property='og:title' content='Australian &amp;#039;megablaze&amp;#039; ends'>"
    body = ("<header><div class='logo'>Star</div><span class='date'>Tue, 14 Jan 2020</span>"
            "</header><div class='single'><h2>Australian 'megablaze' ends</h2>"
            f"<p>News24<br>13 Jan 2020, 22:11 GMT+10</p><div>{_STORY}</div></div>")
    rec = normalize_page(_news_page(head, body), "https://example.org/news/2")[0]
    assert rec["published"] == "2020-01-13"


def test_a_masthead_day_stays_when_the_story_shows_no_other() -> None:
    body = ("<header><span class='date'>Tue, 14 Jan 2020</span></header>"
            f"<div class='single'><h1>Australian megablaze ends</h1><div>{_STORY}</div></div>")
    rec = normalize_page(_news_page("", body), "https://example.org/news/3")[0]
    assert rec["published"] == "2020-01-14"


def test_a_copyright_year_alone_gives_no_date_not_january_first() -> None:
    body = (f"<div class='story'><h1>Rebels take missile depots</h1>{_STORY}</div>"
            "<div class='footer'>&copy; 2013 Cable News Network. All rights reserved.</div>")
    rec = normalize_page(_news_page("", body), "https://example.org/news/4")[0]
    assert rec["published"] is None


def test_a_first_of_the_month_that_the_page_prints_is_kept() -> None:
    body = (f"<div class='story'><h1>Rebels take missile depots</h1>{_STORY}"
            "<div class='meta'>Filed 2013-01-01 by the desk</div></div>"
            "<div class='footer'>&copy; 2013 Cable News Network.</div>")
    rec = normalize_page(_news_page("", body), "https://example.org/news/5")[0]
    assert rec["published"] == "2013-01-01"
