"""Shapes of real multi-article dumps the splitter misread (issue 10, dumps3 round): a
table inside an article, a roundup whose paragraphs quote "he added:", a listing of alerts,
section labels and "more" links of a press portal, embedded tweets, a source named inside
a meta line, account and pager lines, a contents list over the footer. Every case runs a
real page flattened by a browser (``tests/fixtures/real/dumps`` and the held-out dumps of
``tests/fixtures/real/heldout2``; origins in their ``SOURCES.md``) through
:func:`normalizer.pipeline.normalize_text`."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from normalizer.cues import openers
from normalizer.cues import text as cues
from normalizer.model import BlockKind
from normalizer.pipeline import normalize_text
from normalizer.stories.dumps import dump_blocks

REAL = Path(__file__).parent / "fixtures" / "real"
DUMPS = REAL / "dumps"
HELDOUT = REAL / "heldout2" / "dumps"


def _stories(path: Path) -> list[dict]:
    return normalize_text(path.read_text(encoding="utf-8"), path.name)["stories"]


def test_tab_rows_are_one_table_block():
    """A browser flattens a table to one line a row, cells apart by tabs: three rows or
    more in a row are one table block; a single tabbed line stays a line."""
    text = (DUMPS / "lwn-weekly-edition-2015.txt").read_text(encoding="utf-8")
    blocks = dump_blocks(text)
    tables = [b for b in blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 6  # releases; developers by changesets, by lines (twice); companies
    assert all(len(b.text.splitlines()) >= 3 for b in tables)
    assert dump_blocks("Weekly edition\tKernel\tSecurity\n")[0].kind == BlockKind.P


def test_tables_stay_in_their_article():
    """The weekly edition holds three articles; the third carries five tables and goes on
    after them to its conclusions, all one story."""
    stories = _stories(DUMPS / "lwn-weekly-edition-2015.txt")
    assert [s["byline"] for s in stories] == [["Nathan Willis"], ["Nathan Willis"],
                                              ["Jonathan Corbet"]]
    third = stories[2]["text"]
    assert "16.6%" in third and "Collabora Multimedia" in third
    assert third.rstrip().endswith("developer participation.")
    # not the (c) line's company; the name as the page writes it most ("LWN.net", not "LWN")
    assert all(s["source"] == "LWN.net" for s in stories)


def test_quote_attribution_is_no_feed_opener():
    """A roundup whose paragraphs open "او افزود:" ("he added:") three times is one article
    with sub-headings, not a feed of items from an outlet of that name."""
    assert openers.quote_attribution("او افزود")
    assert openers.quote_attribution("Merkel sagte")
    assert not openers.quote_attribution("ایسنا")
    assert not openers.quote_attribution("Il Sole 24 Ore")
    stories = _stories(DUMPS / "yjc-yazd-havades-2020.txt")
    assert len(stories) == 1
    assert stories[0]["headline"].startswith("از کشف ۷۲ دستگاه")  # not "گروه : یزد » یزد"
    assert stories[0]["source"] != "او افزود"


@pytest.mark.parametrize("label, expected", [
    ("Weitere Meldungen: Polizei Steinfurt", True),
    ("More from Reuters", True),
    ("Más noticias de Zulia", True),
    ("Weitere Ermittlungen laufen", False),
    ("More than 100 people were hurt", False),
])
def test_more_from_labels(label, expected):
    assert bool(openers.MORE_FROM_RE.match(label)) is expected


def test_press_portal_labels_and_more_links():
    """presseportal: "Weitere Meldungen: X" over the list is chrome (the release under it
    keeps its own title), and a "Beliebte Storys" box's titles with "mehr" under them open
    no story; "mehr" is never a source."""
    stories = _stories(HELDOUT / "presseportal-blaulicht-2020.txt")
    assert len(stories) == 4
    assert all(s["headline"].startswith("POL-ST:") for s in stories)
    assert all((s["source"] or "").casefold() != "mehr" for s in stories)


def test_section_trail_opens_no_story():
    """noticialdia: "sucesos | Sucesos | Zulia" is a trail of sections, and a column's title
    with its author in brackets is no lead: 59 items, as many as the page lists."""
    stories = _stories(HELDOUT / "noticialdia-portada-2020.txt")
    assert len(stories) == 59
    assert not any("|" in (s["headline"] or "") for s in stories)


def test_embedded_tweets_are_story_text():
    """The Week: an embedded tweet's text, its picture link and its sign-off stay in the
    story quoting it, and so does the signed sentence under the last one."""
    stories = _stories(HELDOUT / "theweek-speedreads-2020.txt")
    paragraphs = [p for s in stories for p in s["text"].split("\n\n")]
    signoffs = [p for p in paragraphs if cues.TWEET_SIGNOFF_RE.match(p)]
    assert len(signoffs) == 7  # every tweet the page embeds
    assert any("pic.twitter.com/" in p for p in paragraphs)
    golf = next(s for s in stories if "golf course" in s["headline"])
    assert golf["text"].rstrip().endswith("Peter Weber")


def test_alert_listing_is_no_feed():
    """alarmeringen.nl: under the alert, a listing of other alerts (title, the pager's code
    line, date and unit) is the page's; the code line is no lead and no title."""
    stories = _stories(DUMPS / "alarmeringen-denhaag-2020.txt")
    assert len(stories) == 1
    assert stories[0]["text"].startswith("Vrijdag 9 oktober")


@pytest.mark.parametrize("name, source", [
    ("xinhua-hebei-huaju-2012", "河北日报"),  # "... 稿件来源： 河北日报"
    ("yahoojp-cnet-wifi-2017", "CNET Japan"),  # "CNET Japan 3/9(木) 18:45配信"
])
def test_source_inside_meta_line(name, source):
    stories = _stories(DUMPS / f"{name}.txt")
    assert [s["source"] for s in stories] == [source]


def test_account_line_atop_page_is_chrome():
    """Yahoo! Japan: "ログイン今なら…" (log in now for points) under the page's top
    headline is an offer of the page's, not that headline's lead."""
    stories = _stories(DUMPS / "yahoojp-cnet-wifi-2017.txt")
    assert len(stories) == 1
    assert openers.ACCOUNT_LINE_RE.match("Not logged in")
    assert not openers.ACCOUNT_LINE_RE.match("Logistics firms report losses")


def test_clock_time_list_is_chrome():
    """paris-luttes.info: "Les dernieres publications", items opening with the French
    clock ("15h14 ...") under day labels, are the site's list, not stories."""
    stories = _stories(DUMPS / "parisluttes-grenades-2019.txt")
    assert not any(re.match(r"\d{2}h\d{2} ", s["headline"] or "") for s in stories)
    assert not any(re.match(r"\d{2}h\d{2} ", p) for s in stories for p in s["text"].split("\n\n"))


def test_name_outlet_line_is_no_headline():
    """detik: "Name - detikHealth" between the headline and the date line is the byline."""
    stories = _stories(DUMPS / "detik-stroke-2023.txt")
    assert len(stories) == 1
    assert stories[0]["headline"].startswith("Curhat Wanita Kena Stroke")


def test_live_blog_bracketed_credits():
    """Repubblica's live blog: entries ending "(reuters)"/"(afp)" are credited to the agency
    named in the brackets, never to the brackets themselves or to another entry's title."""
    stories = _stories(DUMPS / "repubblica-live-gaza-2023.txt")
    sources = {s["source"] for s in stories}
    assert {"Reuters", "AFP"} <= sources
    assert not any((s or "").startswith("(") for s in sources)
