"""Dump rhythm rules of round dumps18 (``normalizer/stories/rhythm.py``): a run of pictured
teasers beyond an article's sidebar gap is teasers, each a story; a round-up's link cards
(a title shown twice over one blurb sentence) inside its article are links. On the real
dumps that showed them (The Sydney Morning Herald's Executive Style box, GSMArena's week
in review) and on made-up pages in their shape, with the shapes next to them that must not
move (a sidebar's calculators, a portal's teasers shown twice)."""
from __future__ import annotations

import json
from pathlib import Path

import normalizer

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _real(name: str) -> tuple[list[dict], dict]:
    gold = json.loads((DUMPS / f"{name}.gold.json").read_text(encoding="utf-8"))
    path = DUMPS / f"{name}.txt"
    record = normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())
    return record["stories"], gold


def test_pictured_teasers_after_the_sidebar_are_stories():
    """SMH: five teasers (title, perhaps its picture's caption, one lead) far below the
    article, after its topic lists: each its own story, the captions in none."""
    stories, gold = _real("smh-female-quota-2010")
    want = {s["headline"]: s["text"] for s in gold["stories"]}
    got = {s["headline"]: s["text"] for s in stories}
    assert len(stories) == len(gold["stories"])
    for headline, text in want.items():
        assert got.get(headline) == text if headline != gold["stories"][0]["headline"] \
            else headline in got
    texts = "\n\n".join(s["text"] for s in stories)
    assert "One of Tony Mather's pinball machines." not in texts.split("\n\n")


def test_round_up_link_cards_are_links_and_its_paragraphs_stay():
    """GSMArena: ten cards (title twice, one blurb sentence) between and after the
    round-up's paragraphs: no card heads a story, no blurb is text, and the paragraphs
    between two cards stay the article's."""
    stories, gold = _real("gsmarena-week19-review-2024")
    assert len(stories) == 1
    assert stories[0]["text"] == gold["stories"][0]["text"]


BODY = ("The council met on Monday evening to discuss the plan, which would add four new "
        "lines to the network and extend the night service to the outer districts. Its "
        "members voted for it after a debate that ran late into the night.")
BODY2 = ("Opponents said the money would be better spent on repairing the roads that the "
         "winter storms had damaged, and asked for a study of the traffic first.")
BODY3 = ("The mayor said the first line would open in two years and that the rest would "
         "follow as the budget allows, starting with the line to the hospital.")
BODY4 = ("Work on the depot will begin in the spring, the council said, once the tender for "
         "the new trams has closed and the winning bid has been checked by its lawyers.")
MENU = [f"Topic {n} ({100 - n})" for n in range(30)]


def _teaser(n: int, caption: bool) -> list[str]:
    lines = [f"Harbour story number {n}: the cranes are moving"]
    if caption:
        lines.append(f"Crane {n} on the old pier at dawn.")
    return lines + [f"The cranes on pier {n} will move next month to make room for the quay."]


def test_made_up_pictured_teasers_beyond_the_sidebar_gap():
    lines = ["Council backs plan for four new tram lines", "12 May 2024", BODY, BODY2, BODY3,
             BODY4, *MENU]
    for n in range(1, 5):
        lines += _teaser(n, caption=n % 2 == 0)
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///page.txt")["stories"]
    assert [s["headline"] for s in stories][1:] == [
        f"Harbour story number {n}: the cranes are moving" for n in range(1, 5)]
    assert all("Crane 2 on the old pier at dawn." not in s["text"] for s in stories)


def test_made_up_boxes_beyond_the_sidebar_gap_stay_chrome():
    """Two offers under their labels, far below the article: no rhythm of teasers."""
    lines = ["Council backs plan for four new tram lines", "12 May 2024", BODY, BODY2, BODY3,
             BODY4, *MENU, "Compare all savings accounts today", "Earn more on your savings now!",
             "Compare all credit cards and their rates", "Find a better card for you!"]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///page.txt")["stories"]
    assert len(stories) == 1


def _card(n: int) -> list[str]:
    title = f"Maker {n} launches a phone with a bigger battery"
    return [title, title, f"The phone {n} comes in three colours and costs less."]


def test_made_up_link_cards_inside_an_article():
    lines = ["Week 19 in review: the phones of the week", "Ivan 12 May 2024", BODY, *_card(1),
             BODY2, *_card(2), BODY3, *_card(3), *_card(4)]
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///page.txt")["stories"]
    assert len(stories) == 1
    assert stories[0]["text"] == "\n\n".join((BODY, BODY2, BODY3))


def test_made_up_portal_teasers_shown_twice_stay_stories():
    """A portal's teasers (title twice, one lead) with no article paragraph between them:
    no card run inside an article, each teaser a story as before."""
    lines = ["Example Portal", "Home", "News", "Sport"]
    for n in range(1, 5):
        lines += _card(n)
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///page.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        f"Maker {n} launches a phone with a bigger battery" for n in range(1, 5)]


def test_ad_cards_in_a_feed_are_no_stories():
    """Yahoo HK's feed: each ad ("Ad•Name", its feedback menu, its title with the label
    glued on, "廣告...", perhaps a blurb) stood as a story or inside the card above."""
    stories, gold = _real("yahoohk-afp-zverev-2024")
    ads = {line for line in gold["cruft"] if line.startswith(("Ad•", "廣告"))}
    assert ads
    for s in stories:
        assert not (s["headline"] or "").startswith("Ad•")
        assert not ads & set(s["text"].split("\n\n"))


def _feed_card(n: int) -> list[str]:
    return [f"Harbour Daily·{n} hours ago", f"Harbour story number {n}: the cranes move",
            f"The cranes on pier {n} will move next month to make room for the new quay."]


AD = ["Ad•Example Shop", "Why this ad?", "Ad feedback", "Not relevant to me", "Submit",
      "Thanks for your feedback.", "AdThe best shoes of the year, now for half the price",
      "Order today and get the second pair free with our spring offer."]


def test_made_up_ad_card_between_feed_cards():
    lines = []
    for n in range(1, 5):
        lines += _feed_card(n) + (AD if n in (2, 3) else [])
    stories = normalizer.normalize_text("\n\n".join(lines), "file:///feed.txt")["stories"]
    texts = "\n\n".join(s["text"] for s in stories).split("\n\n")
    assert "Order today and get the second pair free with our spring offer." not in texts
    assert not any((s["headline"] or "").startswith("Ad") for s in stories)
    assert [s["headline"] for s in stories] == [
        f"Harbour story number {n}: the cranes move" for n in range(1, 5)]
