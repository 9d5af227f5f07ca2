"""trafilatura's fast mode can keep a site's menu as the body; tagwire then asks its full
mode, which compares with readability and jusText, and keeps that answer when it is the
article (prose, no wider than the menu)."""
from __future__ import annotations

import gzip
from pathlib import Path

from lxml import etree

import normalizer
from normalizer.stories.extract import _is_article_in, _menu_words

TRAFEVAL = Path(__file__).parent / "fixtures" / "real" / "trafeval" / "html"


def _body(*paragraphs: str) -> etree._Element:
    body = etree.Element("body")
    for text in paragraphs:
        etree.SubElement(body, "p").text = text
    return body


MENU = _body("\n".join(f"Section {n}" for n in range(40)))
ARTICLE = _body("The council met on Monday and agreed the budget after a long debate.",
                "Members said the plan would take effect in spring, officials added.")


def test_a_body_of_menu_lines_reads_as_a_menu():
    assert _menu_words(MENU) == 80


def test_prose_and_short_bodies_are_not_menus():
    assert _menu_words(ARTICLE) is None
    assert _menu_words(_body("Home\nNews\nSport")) is None  # too short to tell


def test_the_full_answer_is_kept_when_it_is_an_article_no_wider_than_the_menu():
    assert _is_article_in(ARTICLE, MENU)
    wider = _body(*[f"Section {n}" for n in range(40)], *[p.text for p in ARTICLE] * 20)
    assert not _is_article_in(wider, MENU)
    assert not _is_article_in(MENU, MENU)


def test_a_real_page_whose_fast_extraction_is_its_menu_gives_its_article():
    # rnz.de, from trafilatura's evaluation set (see the fixtures' SOURCES): fast mode
    # takes the site's navigation, several hundred words of section names
    with gzip.open(TRAFEVAL / "rnz.de.witzel.html.gz", "rt", encoding="utf-8") as f:
        html = f.read()
    records = normalizer.normalize_page(html, "https://www.rnz.de/witzel")
    text = "\n\n".join(s["text"] for r in records for s in r["stories"])
    body = _body(*text.split("\n\n"))
    assert _menu_words(body) is None
    assert "Buchpreis" in text
    assert len(text.split()) < 200
