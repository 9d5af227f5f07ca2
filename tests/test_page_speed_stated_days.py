"""A post's date is a day someone wrote, never one made up from a year and a month.

A Blogger post's address holds only its year and month (``/2020/03/slug.html``); htmldate's
page rescue reads such a "/2020/03/" as the 1st of March, a copyright year or a year alone
as January 1st. The theme's printed date (Blogger's ``date-header``) wins where there is
one; without one the post's date stays empty (the schema's dates are whole days). Checked
on real Blogger pages of ``tests/fixtures/real`` (origins in their ``SOURCES`` files).
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from lxml import etree

import normalizer
from normalizer.pages.permalink import states_day

REAL = Path(__file__).parent / "fixtures" / "real"
# Real Blogger permalink pages whose theme prints the post's date in its date header.
BLOGGER_DATED = ("archives/pythoninsider-blogger-post.html",
                 "posts/lafuite-le-premier-chapitre-est-acheve.html")
# A real Blogger post page whose theme prints no date for the post (only its comments').
BLOGGER_UNDATED = "posts/zxce3-the-monkey-house.html"
_MONTH_NAMES = (
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"),
)
_MONTHS = {m: i for names in _MONTH_NAMES for i, m in enumerate(names, 1)}


def _header_day(tree: etree._Element) -> str:
    """The date the theme's date header prints, read here by month name."""
    text = " ".join("".join(tree.xpath("//*[contains(@class,'date-header')]")[0]
                            .itertext()).split()).lower()
    month = next(n for name, n in _MONTHS.items() if name in text)
    year = re.search(r"(?<!\d)\d{4}(?!\d)", text)[0]
    day = re.search(r"(?<!\d)\d{1,2}(?!\d)", text)[0]
    return f"{year}-{month:02d}-{int(day):02d}"


@pytest.mark.parametrize("name", BLOGGER_DATED)
def test_printed_date_header_beats_the_year_month_address(name: str) -> None:
    html = (REAL / name).read_bytes()
    want = _header_day(etree.HTML(html))
    url = f"https://blog.example.org/{want[:4]}/{want[5:7]}/a-post.html"
    (record,) = normalizer.normalize_page(html, url)
    assert record["published"] == want


def _undated(html: bytes) -> bytes:
    """The page without its comments (whose dates are the commenters')."""
    tree = etree.HTML(html)
    for el in tree.xpath("//*[contains(concat(' ', @class, ' '), ' comments ')]"):
        el.getparent().remove(el)
    return etree.tostring(tree, encoding="utf-8")


def test_year_month_address_gives_no_day() -> None:
    html = _undated((REAL / BLOGGER_UNDATED).read_bytes())
    assert b"/2020/08/" in html  # the page links its own year-month address
    (record,) = normalizer.normalize_page(
        html, "https://zxce3.blogspot.com/2020/08/the-monkey-house.html")
    assert record["published"] is None
    assert record["stories"] and record["title"]


@pytest.mark.parametrize("name", ("mozilla-1", "mathjax"))
def test_copyright_year_gives_no_day(name: str) -> None:
    """Real pages whose only year is a copyright's (or a namespace's): no January 1st."""
    html = gzip.decompress((REAL / "broad" / "html" / f"{name}.html.gz").read_bytes())
    records = normalizer.normalize_page(html, f"https://example.org/saved/{name}.html")
    assert [r["published"] for r in records] == [None] * len(records)


@pytest.mark.parametrize(("markup", "iso", "stated"), [
    ("<time>2020-03-01</time>", "2020-03-01", True),
    ("<p>01.03.2020</p>", "2020-03-01", True),
    ("<p>3/1/2020</p>", "2020-03-01", True),
    ("<a href='/2020/03/post.html'>x</a>", "2020-03-01", False),
    ("<p>© 2020 Blog</p>", "2020-01-01", False),
    ("<p>/2020/03/11/</p>", "2020-03-01", False),  # the 11th is not the 1st
    ("<p>anything</p>", "2020-03-14", True),  # only 1sts are made up
])
def test_states_day(markup: str, iso: str, stated: bool) -> None:
    assert states_day(markup, iso) is stated
