"""Story boundaries and content choice on real pages the project did not write (issue 10).

The pages are the project's real saved pages (held-out sets, origins in their
``SOURCES.md``). Each test says what a reader of the page sees; the shapes after them are
written in the markup trafilatura gives, with invented words.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from normalizer.pipeline import normalize_page
from normalizer.stories.extract import _is_article_in

REAL = Path(__file__).parent / "fixtures" / "real"
BASE = "http://127.0.0.1:8000"


def stories(group: str, path: str) -> list[dict]:
    html = (REAL / group / "site" / path.strip("/") / "index.html").read_bytes()
    return normalize_page(html, BASE + path)[0]["stories"]


def words(text: str) -> int:
    return len(text.split())


# --- a wire story beside a block of headline links (fast mode's menu) -------------------

def test_a_wire_story_on_another_outlets_page_is_its_story():
    """Entrepreneur.com carries a Reuters story beside a list of most-read headlines: the
    fast pass chooses the list, the full mode the article, which is longer than the list
    and shares none of its lines; the article is the story, not the list."""
    found = stories("heldout7", "/2016/05/04/robots-coming-for-jobs/")
    assert len(found) == 1
    paragraphs = found[0]["text"].splitlines()
    assert len(paragraphs) >= 12
    assert words(found[0]["text"]) > 400
    assert all(words(p) < 60 or "." in p for p in paragraphs)


def _body(*paragraphs: str) -> etree._Element:
    return etree.fromstring("<body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body>")


MENU = _body(" ".join(f"Headline number {n} of the most read list" for n in range(9)))


def test_the_full_modes_other_part_of_the_page_is_taken():
    article = _body(*[f"Sentence {n} of the article says a thing at some length." * 3
                      for n in range(12)])
    assert _is_article_in(article, MENU)


def test_the_menus_part_read_more_widely_is_not():
    """The full mode's body that holds the menu's line and more is the menu's part of the
    page read more widely: the fast choice stays."""
    wider = _body(MENU[0].text or "",
                  *[f"Sentence {n} of a footer says a thing at some length." * 3
                    for n in range(12)])
    assert not _is_article_in(wider, MENU)
