"""dom.heading_outside_post: the page's ``<body>`` classes ("article-layout search
re-menu" on Super Express's pages, "has-main-navigation" on WordPress themes) name the
page's layout; over the page's one ``<article>`` they make no heading in it the page's
chrome. Over an archive's several articles, or a heading outside any article, they still
count (an archive page's first teaser is not the page's title)."""
from __future__ import annotations

from pathlib import Path

import lxml.html

from normalizer.pages.dom import heading_outside_post
from normalizer.pipeline import normalize_page

_SET = Path(__file__).parent / "fixtures" / "real" / "heldout11b" / "site"


def _h1(markup: str):
    return next(lxml.html.fromstring(markup).iter("h1"))


def test_heading_in_the_one_article_under_a_menu_body_class_is_the_post():
    page = ('<html><body class="article-layout search re-menu"><div class="main">'
            '<article><div class="title"><h1>Harbour wall to be rebuilt</h1></div>'
            "<p>The council voted.</p></article></div></body></html>")
    assert not heading_outside_post(_h1(page))


def test_body_class_still_counts_over_several_articles_or_none():
    several = ('<html><body class="has-main-navigation"><article><h1>First teaser</h1>'
               "</article><article><h1>Second teaser</h1></article></body></html>")
    assert heading_outside_post(_h1(several))
    outside = ('<html><body class="has-main-navigation"><div><h1>Blog</h1></div>'
               "<article><h2>Post</h2><p>Text.</p></article></body></html>")
    assert heading_outside_post(_h1(outside))


def test_a_region_class_inside_the_page_still_counts():
    page = ('<html><body class="re-menu"><div class="sidebar"><article><h1>Most read</h1>'
            "</article></div></body></html>")
    assert heading_outside_post(_h1(page))


def test_super_express_pages_take_their_h1_not_the_title_tag():
    """The real pages (heldout11b): the <title> carries a place prefix and the site's name."""
    for path, want in (
            ("2025/02/17/siemiatycze-wanted-man-window",
             "Poszukiwany 31-latek na widok policjantów wyskoczył z okna"),
            ("2025/02/11/su-24-polish-airspace",
             "Rozpoznawczy Su-24 wleciał w przestrzeń powietrzną Polski. Awaria czy prowokacja?")):
        html = (_SET / path / "index.html").read_bytes()
        records = normalize_page(html, f"https://www.se.pl/{path}/")
        assert records[0]["stories"][0]["headline"] == want
