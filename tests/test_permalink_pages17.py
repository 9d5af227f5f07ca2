"""pages17 (issue 10, heldout12b): the ``<time datetime>`` in the header of the page's
one ``<article>`` is the post's date (``cues.markup.PAGE_DATE_XPATHS``), over htmldate's
guess: Numerama's real page (its meta tags saved with ``value=``, which tagwire does not
read as dates) was dated from an image's upload file name ("...-2026-01-19t174952...")."""
from __future__ import annotations

from pathlib import Path

from normalizer.pages.permalink import page_info, parse_html

_NUMERAMA = (Path(__file__).parent / "fixtures" / "real" / "heldout12b" / "site" / "2025"
             / "08" / "09" / "altman-gpt-5-changes" / "index.html")


def _published(markup: str | bytes) -> str | None:
    tree = parse_html(markup)
    assert tree is not None
    return page_info(tree, "https://news.example/story").published


def test_time_in_the_articles_header_dates_the_post():
    assert _published(_NUMERAMA.read_bytes()) == "2025-08-09"


def test_time_in_a_listings_first_header_is_no_post_date():
    from normalizer.cues.markup import PAGE_DATE_XPATHS
    from normalizer.pages.dom import PageIndex

    xp = next(x for x in PAGE_DATE_XPATHS if "//header//time" in x)
    teaser = ("<article><header><h2>{t}</h2><time datetime='{d}'>{d}</time></header>"
              "<p>A short teaser of the story, told in one sentence here.</p></article>")
    one = teaser.format(t="Harbour wall to be rebuilt", d="2021-03-04T10:00:00+01:00")
    two = one + teaser.format(t="Bridge reopens", d="2020-01-02T10:00:00+01:00")
    answers = []
    for body in (one, two):
        tree = parse_html(f"<html><head><title>T</title></head><body><main>{body}</main>"
                          "</body></html>")
        assert tree is not None
        answers.append([str(v) for v in PageIndex(tree).select(xp)])
    assert answers == [["2021-03-04T10:00:00+01:00"], []]
    assert _published(f"<html><head><title>T</title></head><body>{one}</body></html>") \
        == "2021-03-04"


_SPIEGEL = (Path(__file__).parent / "fixtures" / "real" / "heldout12" / "site" / "2025"
            / "01" / "07" / "nvidia-desktop-ai-supercomputer" / "index.html")


def test_article_header_h2_is_the_headline_where_the_only_h1_is_navigation():
    # (SPIEGEL's real page: its only <h1> in a swiper slide of the navigation, the
    # article's heading an <h2> of two spans, the first an unclassed kicker)
    tree = parse_html(_SPIEGEL.read_bytes())
    assert tree is not None
    info = page_info(tree, "https://www.spiegel.de/x")
    assert info.title == "Nvidia stellt KI-Supercomputer im Schreibtischformat vor"


def test_article_with_its_own_h1_is_not_read_from_a_header_h2():
    page = ("<html><head><title>Pear jam | Site</title></head><body><div class='sidebar-x'>"
            "<article><div><h1>Homemade pear jam for the holidays</h1></div>"
            "<p>We made jam this winter, and here is how it went for us.</p>"
            "<section><header><h2><span>Recipe</span><span>Pear jam card</span></h2></header>"
            "<p>Two pears and honey.</p></section></article></div></body></html>")
    tree = parse_html(page)
    assert tree is not None
    assert page_info(tree, "https://blog.example/pear-jam").title != "Pear jam card"
