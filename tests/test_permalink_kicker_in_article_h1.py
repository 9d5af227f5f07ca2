"""permalink._post_title: an article's ``<h1>`` found by the title XPaths is read without
the kicker it holds (``<span class="seitenkopf__topline">``), as the page's heading is
(_article_heading): tagesschau's real page (heldout12) gives its headline, not the kicker
glued to it."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_page

_PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout12" / "site" / "2025" / "03"
         / "02" / "coalition-of-the-willing-london" / "index.html")


def test_article_h1_without_its_kicker():
    records = normalize_page(_PAGE.read_bytes(), "https://www.tagesschau.de/ausland/x.html")
    assert records[0]["stories"][0]["headline"] == '"Koalition der Willigen" formiert sich'


def test_h1_without_kicker_keeps_its_whole_text():
    page = ("<html><head><title>Site</title></head><body><article><h1>Harbour wall to be "
            "rebuilt after storms</h1><p>The council voted on Tuesday to rebuild the old wall "
            "after the winter storms broke it.</p><p>Work starts in spring, the port said, "
            "and should last a year.</p></article></body></html>")
    records = normalize_page(page, "https://news.example/harbour-wall")
    assert records[0]["stories"][0]["headline"] == "Harbour wall to be rebuilt after storms"
