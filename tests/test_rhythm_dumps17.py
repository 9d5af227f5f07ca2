"""Dump rhythm rules of round dumps17 (``normalizer/stories/rhythm.py``): a story standing
above a feed of whole posts is no page header. On the real dump that showed it (dumps11b's
Yahoo Hong Kong page) and on a made-up page in its shape."""
from __future__ import annotations

import json
from pathlib import Path

import normalizer

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def test_article_above_a_feed_of_posts_is_kept_whole():
    """Yahoo HK: the AFP story between the menus and the feed of cards (each a dated
    title with a lead or more) was read as the header of that feed and dropped whole."""
    name = "yahoohk-afp-zverev-2024"
    gold = json.loads((DUMPS / f"{name}.gold.json").read_text(encoding="utf-8"))["stories"][0]
    path = DUMPS / f"{name}.txt"
    record = normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())
    story = next(s for s in record["stories"] if s["headline"] == gold["headline"])
    assert story["text"] == gold["text"]
    assert story["source"] == gold["source"]


BODY = ("The council met on Monday evening to discuss the plan, which would add four new "
        "lines to the network and extend the night service to the outer districts.")
BODY2 = ("Opponents said the money would be better spent on repairing the roads that the "
         "winter storms had damaged, and asked for a study of the traffic first.")


def _post(n: int) -> list[str]:
    return [f"Post number {n} about the harbour works", f"{n} May 2024",
            f"The works on pier {n} went on through the week, the port said on Friday.",
            f"Cranes on pier {n} will be moved next month to make room for the new quay."]


def test_header_without_paragraphs_is_still_dropped():
    """The header rule itself stands: menus above the first post are the page's."""
    lines = ["Example Port News", "Home", "Harbour", "City", "Sport"]
    for n in range(1, 5):
        lines += _post(n)
    text = "\n\n".join(lines)
    stories = normalizer.normalize_text(text, "file:///posts.txt")["stories"]
    assert [s["headline"] for s in stories][:1] == ["Post number 1 about the harbour works"]
    assert not any("Sport" in s["text"].split("\n\n") for s in stories)


def test_story_above_the_posts_opens_its_own():
    lines = ["Example Port News", "Home", "Harbour", "City",
             "Council backs plan for four new tram lines", BODY, BODY2]
    for n in range(1, 5):
        lines += _post(n)
    text = "\n\n".join(lines)
    stories = normalizer.normalize_text(text, "file:///posts.txt")["stories"]
    first = stories[0]
    assert first["headline"] == "Council backs plan for four new tram lines"
    assert first["text"] == f"{BODY}\n\n{BODY2}"
    assert len(stories) == 5


def test_copyright_line_opening_with_the_sites_address_names_the_site():
    """GSMArena: the first line is a widget ("status"), the © line runs the footer's links
    on after the site's address; the address is the page's name."""
    name = "gsmarena-week19-review-2024"
    gold = json.loads((DUMPS / f"{name}.gold.json").read_text(encoding="utf-8"))["stories"]
    path = DUMPS / f"{name}.txt"
    stories = normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())["stories"]
    assert {s["source"] for s in stories} == {g["source"] for g in gold}


def test_made_up_footer_address_is_the_source():
    lines = ["status", "Home", "News", "Council backs plan for four new tram lines",
             "12 May 2024", BODY, BODY2,
             "© 2000-2024 Example-Port.com Mobile version Android app Tools Contact us Privacy"]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///site.txt")["stories"]
    assert [s["source"] for s in stories] == ["Example-Port.com"]


def test_company_form_ending_the_holders_first_clause_is_no_outlet():
    """"Copyright © 2024 Bennett, Coleman & Co. Ltd. ... For reprint rights: ...": the
    legal form ends the holder's first clause, not the line; the company behind the site is
    no source, the site's name its chrome repeats is."""
    path = DUMPS / "toi-pakistan-digital-2024.txt"
    stories = normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())["stories"]
    assert stories and all(s["source"] == "Times of India" for s in stories)


def test_feed_cards_headed_by_their_outlet_line_read_card_by_card():
    """Yahoo HK's feed: each card is "OUTLET·N 小時前" / title / lead, ads between. The
    title under the date line heads the card (not the ad's line or the card above), and
    the outlet on that line is its source."""
    name = "yahoohk-afp-zverev-2024"
    gold = json.loads((DUMPS / f"{name}.gold.json").read_text(encoding="utf-8"))["stories"]
    path = DUMPS / f"{name}.txt"
    stories = normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())["stories"]
    by_headline = {s["headline"]: s for s in stories}
    assert all(g["headline"] in by_headline for g in gold)
    assert [by_headline[g["headline"]]["source"] for g in gold] == [g["source"] for g in gold]


def test_made_up_cards_with_the_outlet_line_above_the_title():
    leads = [f"The works on pier {n} went on through the week, the port said on Friday, and "
             f"the cranes will be moved next month to make room for the new quay."
             for n in range(4)]
    outlets = ["Reuters", "Example Daily", "Harbour Weekly", "Reuters"]
    lines = ["Example Portal", "Home", "News"]
    for n in range(4):
        lines += [f"Ad•Sponsor {n}", f"{outlets[n]}·{n + 2} hours ago",
                  f"Works on pier {n} run into the new year", leads[n]]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///feed.txt")["stories"]
    assert [s["headline"] for s in stories] == [f"Works on pier {n} run into the new year"
                                                for n in range(4)]
    assert [s["source"] for s in stories] == outlets
