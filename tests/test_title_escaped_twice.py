"""A sharing title escaped twice by its CMS (``og:title`` "Australian &#039;megablaze&#039;
brought under control") is read as the page shows it.

The real page is the third held-out set's Asia Pacific Star page
(tests/fixtures/real/heldout3, Apache-2.0, see its SOURCES.md); the small page here is
written for the test.
"""
from __future__ import annotations

from pathlib import Path

import normalizer

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout3" / "site"
BODY = ("<p>The council approved the plan on Tuesday after a long debate, officials said, "
        "and the first works will start next month in the city centre.</p>"
        "<p>The opposition said it would appeal against the decision in court.</p>")


def _headlines(html: str | bytes, url: str) -> list:
    return [s["headline"] for r in normalizer.normalize_page(html, url) for s in r["stories"]]


def test_the_real_pages_headline_has_no_entities():
    path = "/2020/01/13/australia-megablaze/"
    html = (SITE / path.strip("/") / "index.html").read_bytes()
    assert _headlines(html, "http://127.0.0.1" + path)[0] \
        == "Australian 'megablaze' brought under control"


def test_a_twice_escaped_sharing_title_is_read_once_more():
    page = ('<html><head><title>Council approves the plan - Paper</title>'
            '<meta property="og:title" content="Council '
            '&amp;#039;approves&amp;#039; the plan &amp;amp; the budget"></head><body><article>'
            f"<h2>Council 'approves' the plan &amp; the budget</h2>{BODY}</article></body></html>")
    assert _headlines(page, "https://paper.example/2020/01/13/plan/") \
        == ["Council 'approves' the plan & the budget"]
