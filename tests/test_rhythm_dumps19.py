"""Dump rhythm rules of round dumps19 (``normalizer/stories/rhythm.py``): cards whose date
line, signed by an author or outlet, stands BETWEEN the title and the lead ("title / title
again / 2020. december 21. – 14:13 – NAME / lead", "title / Oct. 13, 2013 - NAME / lead").
Read as teasers closed by their date, the previous card's lead headed each card. On the real
dumps that showed it (dumps12's telex section page and Budapest Beacon timeline, dumps12b's
longer timeline) and on made-up pages in the shape and in the shapes it must leave alone."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import normalizer

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> tuple[list[dict], list[dict]]:
    gold = json.loads((DUMPS / f"{name}.gold.json").read_text(encoding="utf-8"))["stories"]
    path = DUMPS / f"{name}.txt"
    record = normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())
    return gold, record["stories"]


@pytest.mark.parametrize("name", ["telex-koronavirus-rovat-2020",
                                  "budapestbeacon-timeline-2013",
                                  "budapestbeacon-timeline-2017"])
def test_each_card_is_a_story_under_its_own_title(name):
    gold, stories = _read(name)
    by_head = {s["headline"]: s for s in stories}
    found = [g for g in gold if g["headline"] in by_head]
    # every card but at most one (a title that reads as a sentence may still slip)
    assert len(found) >= len(gold) - 1
    for g in found:
        assert by_head[g["headline"]]["text"] == g["text"]
    # no date line heads a story, no card's text runs into the page's contact box
    assert not any(s["headline"] and re.search(r"\b\d{4}\b.*(?:\d{1,2}:\d{2}| - )", s["headline"])
                   for s in stories)
    assert not any("Inquiries should" in s["text"] for s in stories)


def test_timeline_takes_the_site_name_spelled_in_words():
    """budapestbeacon.com in the contact box, "The Budapest Beacon" alone in the footer:
    the site's name as the page writes it."""
    _gold, stories = _read("budapestbeacon-timeline-2017")
    assert {s["source"] for s in stories} == {"The Budapest Beacon"}


LEAD = "The council said the works on the {n} line would take two more years than planned."


def _cards(n: int, signed: bool = True) -> list[str]:
    title = f"Tram line {n} to close for repairs"
    date = f"Oct. {10 + n:02d}, 2023 - Anna Berg" if signed else f"Oct. {10 + n:02d}, 2023"
    return [title, title, date, LEAD.format(n=n)]


def test_made_up_section_page_of_cards():
    lines = ["Example City News", "Home", "City", "Sport"]
    for n in range(1, 6):
        lines += _cards(n)
    lines += ["« Previous 1 2 3", "Contact", "Write to the desk at desk(at)example.org any day."]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///cards.txt")["stories"]
    assert [s["headline"] for s in stories] == [f"Tram line {n} to close for repairs"
                                                for n in range(1, 6)]
    assert [s["text"] for s in stories] == [LEAD.format(n=n) for n in range(1, 6)]
    assert [s["published"] for s in stories] == [f"2023-10-{10 + n:02d}" for n in range(1, 6)]


def test_title_over_date_without_lead_is_no_card():
    """Title / date / next title (a list of dated links): no line of it is a lead."""
    lines = ["Example City News", "Home", "City", "Sport"]
    for n in range(1, 6):
        lines += [f"Tram line {n} to close for repairs after the storm",
                  f"City / {n} h ago"]
    lines += ["Tram line 7 to close", "Oct. 17, 2023 - Anna Berg", LEAD.format(n=7),
              LEAD.format(n=8)]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///links.txt")["stories"]
    assert not any(s["headline"] and s["headline"].startswith("Tram line 1 ") for s in stories)
