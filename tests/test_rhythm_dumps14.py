"""Dump rhythm rules of round dumps14 (``normalizer/stories/rhythm.py``): a newsletter's
numbered items as stories, and a menu's word never the page's name. Made-up pages in the
shapes the held-out dumps showed, then the real dumps that showed them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import normalizer
from normalizer.stories.page_sources import _DOMAIN, _edge_word

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

BULLETS = [
    "• The council met for six hours and could not agree on the new budget for the schools.",
    "• Members of the opposition asked for an inquiry into the missing funds of last year.",
]

# A mail of numbered items: each title twice (plain and typeset quotes), bullet points and
# sub-headings under it; one item a quiz with no prose; the mail's date atop it.
NEWSLETTER = "\n\n".join([
    "View in browser",
    "Friday, March 10, 2023",
    "Morning Digest",
    "1. Council can't agree on the budget",
    "1. Council can’t agree on the budget",
    *BULLETS,
    "What next",
    "• A second vote is planned for next week, the mayor said on Thursday evening.",
    "2. Why the river flooded again",
    "2. Why the river flooded again",
    "• Heavy rain fell for three days on the hills above the town, the weather service said.",
    "• The dams upstream were already full after a wet winter and could hold no more water.",
    "3. Guess the town",
    "Clue 1: It lies on a lake",
    "Clue 2: Its bridge is the oldest in the region",
    "4. A new school opens in the north",
    "4. A new school opens in the north",
    "• Four hundred pupils started lessons on Monday in the building that was a factory.",
    "• Parents had waited ten years for a school that their children could walk to.",
    "Thanks for reading. Unsubscribe",
    "",
])


def test_numbered_items_are_stories_headed_without_their_number():
    stories = normalizer.normalize_text(NEWSLETTER, "file:///mail.txt")["stories"]
    # (the mail's header above the items, a story or not, holds none of their lines)
    assert "council" not in " ".join(s["text"] for s in stories[:-3]).casefold()
    stories = stories[-3:]
    heads = [s["headline"] for s in stories]
    assert heads == ["Council can’t agree on the budget", "Why the river flooded again",
                     "A new school opens in the north"]
    assert stories[0]["text"].split("\n\n") == [
        b.lstrip("• ") for b in BULLETS] + [
        "What next", "A second vote is planned for next week, the mayor said on Thursday evening."]
    assert "Clue" not in " ".join(s["text"] for s in stories)  # the quiz: no story, no text
    assert all(s["published"] == "2023-03-10" for s in stories)  # the mail's date: each item's


# A ranked box of links ("most read") counts up too, but no prose stands under its titles.
RANKED = "\n\n".join([
    "Town approves the harbour plan after a long debate",
    "The council voted on Tuesday to go ahead with the new harbour, after two years of "
    "argument about its cost and the ships it would bring to the old town.",
    "Work is to start next spring and take four years, the harbour master said.",
    "Most read",
    "1. Harbour plan approved",
    "2. Storm closes the coast road",
    "3. School wins the chess cup",
    "4. Bakery closes after a century",
    "",
])


def test_a_ranked_box_is_no_run_of_items():
    stories = normalizer.normalize_text(RANKED, "file:///page.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Town approves the harbour plan after a long debate"]
    assert "Storm closes the coast road" not in stories[0]["text"]


@pytest.mark.parametrize("text, name", [
    ("news.com.au", "news"),
    ("stuff.co.nz", "stuff"),
    ("Visit Forsal.pl", "Forsal"),
    ("mail us at feedback@business-standard.com", None),   # an address: no site's name
])
def test_a_country_second_level_is_part_of_a_domain(text, name):
    m = _DOMAIN.search(text)
    assert (m.group("name") if m else None) == name
    if m:
        assert m.group(0) == text.split()[-1]  # the whole host, its country's ending too


def _stories(name: str, tmp_path: Path) -> list[dict]:
    from normalizer.cli import main
    out = tmp_path / f"{name}.jsonl"
    assert main(["normalize", str(DUMPS / f"{name}.txt"), "-o", str(out)]) == 0
    return [s for line in out.read_text(encoding="utf-8").splitlines() if line.strip()
            for s in json.loads(line)["stories"]]


def test_real_newsletter_items(tmp_path):
    """Times of India's "Top10" mail: eight items with prose, each a story dated by the
    mail (the quiz and the birthday teaser none)."""
    stories = _stories("toi-top10-newsletter-2023", tmp_path)
    items = [s for s in stories[1:] if s["published"] == "2023-02-03"]
    assert len(items) == 8
    assert not any(s["headline"][0].isdigit() for s in items)
    assert all(s["text"] and s["headline"] not in s["text"] for s in items)


def test_real_menu_word_holder(tmp_path):
    """news.com.au's © line names "News Limited", its menu "• News": the stories that name
    no other source are news.com.au's."""
    sources = {s["source"] for s in _stories("newscomau-home-2010", tmp_path)}
    assert "News" not in sources
    assert any(s and s.casefold() == "news.com.au" for s in sources)


# An article, then a "latest" list (title, date line, section label ...), then the
# footer's promo sentence under the list's last title.
DATED_LIST = "\n\n".join([
    "Bridge reopens after two years of repairs",
    "The old bridge over the river opened again on Sunday, two years after cracks were "
    "found in its piers and the town had to send its traffic round by the ring road.",
    "The mayor cut a ribbon at noon and the first buses crossed an hour later.",
    "Engineers said the bridge should now last another fifty years.",
    "Latest",
    "Storm warning issued for the whole coast tonight",
    "23/05/2024 21h16",
    "Weather",
    "Teachers vote to accept the new pay offer",
    "23/05/2024 21h03",
    "Weather",
    "Museum buys a lost painting at auction",
    "23/05/2024 20h54",
    "Culture",
    "Lottery jackpot rolls over to a record sum",
    "23/05/2024 20h08",
    "Advertising",
    "Become a member of Example Daily and have unlimited access to news, videos and much more.",
    "Contact | Imprint | Privacy",
    "",
])


def test_a_dated_lists_last_title_is_no_story():
    stories = normalizer.normalize_text(DATED_LIST, "file:///page.txt")["stories"]
    assert [s["headline"] for s in stories] == ["Bridge reopens after two years of repairs"]
    assert "member" not in stories[0]["text"]


@pytest.mark.parametrize("name", ["uol-viaduto-osasco-2024", "uol-flores-asfalto-2024"])
def test_real_dated_list_tail(name, tmp_path):
    """UOL's "latest" list under a story: its last title over the footer's "Assine o UOL
    ..." sentence is no second story."""
    assert len(_stories(name, tmp_path)) == 1


def test_a_word_of_bulleted_menu_entries_is_no_site_name():
    menu = ["Spor Haberleri", "Ekonomi Haberleri", "Dünya Haberleri", "Sağlık Haberleri",
            "Magazin Haberleri"]
    apart = [False] * len(menu)  # (no line right under another)
    assert _edge_word(menu, apart, set(), []) == "Haberleri"  # (not read as a menu's: the old way)
    assert _edge_word(menu, apart, set(menu), []) is None  # all bulleted: a menu's word
    assert _edge_word(menu, apart, set(menu), ["Haberleri"]) is None  # (one word: a label)
    # round 39: every line in one run, one right under the other: a menu's word too
    assert _edge_word(menu, [False] + [True] * (len(menu) - 1), set(), []) is None
    lines = ["Gala politique", "Le décryptage de la vie politique, façon Gala",
             "Gala sur votre Mobile", "Gala people", "Gala royauté"]
    apart = [False] * len(lines)
    assert _edge_word(lines, apart, {"Gala people", "Gala royauté"}, []) == "Gala"
    assert _edge_word(lines, apart, set(lines), ["Gala sur votre Mobile"]) == "Gala"  # own line
    # (two runs of lines are two places of the page: the name stands)
    assert _edge_word(lines, [False, True, False, True, True], set(), []) == "Gala"


@pytest.mark.parametrize("name, wrong", [("landesspiegel-rotary-2025", "Veranstaltung"),
                                         ("tageszeitung-suegam-2025", "Policy"),
                                         ("haberturk-aa-yangin-2024", "Haberleri")])
def test_real_menu_words_no_source(name, wrong, tmp_path):
    assert wrong not in {s["source"] for s in _stories(name, tmp_path)}


def test_a_pictures_alt_text_opened_by_its_credit_is_no_headline(tmp_path):
    """BBC: "Getty Images City of London timelapse" over "Getty Images" (the picture's
    alt text, then its credit alone) is a caption and a credit, never the headline."""
    stories = _stories("bbc-obr-explainer-2024", tmp_path)
    assert not any((s["headline"] or "").startswith(("Getty Images", "EPA")) for s in stories)
    assert not any("Getty Images" in s["text"] for s in stories)
