"""The post's title where a page has several ``<h1>``: a section's label over the headline,
both parts of the ``<title>`` (the tenth held-out set's Spanish energy magazine: its
section's name, then its title, each in an ``<h1>``; the page is read from that set)."""
from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from normalizer.pipeline import normalize_page

_PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout10" / "site" / "2022" / "06"
         / "23" / "comunidad-energetica-paso-a-paso" / "index.html")


def test_several_h1_parts_of_the_title_the_longest_is_the_headline():
    markup = _PAGE.read_bytes()
    heads = [" ".join(h.text_content().split()) for h in lxml_html.fromstring(markup).iter("h1")]
    assert len(heads) == 2 and len(heads[0].split()) < len(heads[1].split())
    record = normalize_page(markup, "https://news.example/2022/06/23/comunidad/")[0]
    assert record["stories"][0]["headline"] == heads[1]
