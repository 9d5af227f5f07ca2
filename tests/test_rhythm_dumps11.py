"""Dump rhythm rules of round dumps11 (``normalizer/stories/rhythm.py``): a story's head
over its byline and date line, on made-up pages in the shapes the held-out dumps showed
(an agency's byline glued to its date, "NAME / CITY date", a headline over the author's
name and the date, then a photo's caption above the first paragraph)."""
from __future__ import annotations

import pytest

import normalizer
from normalizer.stories.rhythm import _byline_dated

MENU = ["Example Times", "", "• World", "", "• Business", "", "• Sport", "", "• Culture", ""]
BODY = [
    "LIMA (Wire) — Peru's exports grew by 2.4% in the first quarter, the statistics office said"
    " on Friday, helped by copper and fishmeal sales abroad.",
    "",
    "The office said imports fell for a third quarter in a row as households spent less on"
    " cars and appliances.",
    "",
    "Economists expect the central bank to cut its rate again next month.",
    "",
]
FOOTER = ["", "About us", "", "Contact", "", "Privacy policy", ""]


def _stories(lines: list[str]) -> list[dict]:
    return normalizer.normalize_text("\n".join(lines), "file:///page.txt")["stories"]


@pytest.mark.parametrize("byline", [
    "Wire ServiceMarch 3, 2023 GMT",          # byline glued to its date by the flattening
    "Ana Ruiz / Lima March 3, 2023",          # name / city date
])
def test_the_headline_over_a_dated_byline_heads_the_story(byline):
    headline = "Peru's exports grew 2.4% in 1st quarter, 3.1% year on year"
    stories = _stories([*MENU, headline, "", byline, "", *BODY, *FOOTER])
    assert [s["headline"] for s in stories] == [headline]
    assert byline not in stories[0]["text"]
    assert stories[0]["text"].startswith("LIMA (Wire)")


def test_a_caption_under_the_date_line_is_no_headline():
    # (the comment count between the date and the photo; with the caption right under the
    # date, the date over a title heads the article, as a blog's post is laid out)
    headline = "Peru to fight steel tariffs, citing a trade surplus in its favour"
    caption = "The economy minister with a chart of steel trade between Peru and Chile"
    stories = _stories([*MENU, headline, "", "Desk Staff", "", "By Desk Staff", "",
                        "March 3, 2023", "", "3", "", caption, "", *BODY, *FOOTER])
    assert [s["headline"] for s in stories] == [headline]
    assert stories[0]["published"] == "2023-03-03"


@pytest.mark.parametrize("line, dated", [
    ("Associated PressApril 28, 2023 GMT", True),
    ("Jane Doe / New Delhi February 14, 2020", True),
    ("12 March 2025", True),
    ("Mexico's economy grew 1.1% in 1st quarter, 3.8% year on year", False),
    ("Budget vote delayed after late-night talks collapse", False),
    ("Updated 14:00", False),                 # a clock, no day of a month and year
    ("— Jane Doe (@janedoe) January 2, 2020", False),  # an embedded post's signature
])
def test_byline_dated_shape(line, dated):
    assert _byline_dated(line) is dated
