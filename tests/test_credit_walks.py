"""The credits pass's shortcuts give the answers of the slow paths they stand for.

Each shortcut taken for speed in ``normalizer/pages/credits.py`` and
``normalizer/cues/outlets.py`` (issue 14) is checked here against what it replaces, on
the project's real saved pages (``tests/fixtures/real``) and on small pages built to reach
the corners: the walk to the links before an element against its ``preceding::`` XPath.
"""
from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from lxml import etree

from normalizer.pages import credits
from normalizer.pages.permalink import parse_html

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))


@pytest.fixture(scope="module")
def trees() -> list[tuple[str, etree._Element]]:
    assert len(PAGES) > 150, "the real saved pages are missing"
    found = []
    for path in PAGES:
        data = path.read_bytes()
        tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
        if tree is not None:
            found.append((str(path.relative_to(REAL)), tree))
    return found


def test_links_before_is_the_xpath(trees) -> None:
    """On every real page, from elements drawn across it (each fifth, and the nearest
    few counts too), the walk finds the links the XPath finds, in its order."""
    rnd = random.Random(14)
    asked = 0
    for name, tree in trees:
        elements = list(tree.iter())
        for el in elements[::5]:
            n = rnd.choice((1, 3, credits.credit_cues.AUTHOR_SLOT_LINKS, 500))
            assert credits.links_before(el, n) == credits._LINKS_BEFORE(el, n=n), (name, n)
            asked += 1
    assert asked > 10_000


@pytest.mark.parametrize("markup", [
    '<a href="/1">1</a><div><a href="/2"><a href="/3">3</a></a><p>x<a>no href</a></p></div>'
    '<!-- c --><a href="/4">4</a><div><a href="/5">5</a><p id="start">s</p></div>',
    '<div><a href="/1">1<span><a href="/2">2</a></span></a></div><p id="start">s</p>',
    '<p id="start">s</p><a href="/after">after</a>',
    "<div>" * 120 + '<a href="/deep">d</a>' + "</div>" * 120 + '<p id="start">s</p>',
])
def test_links_before_corners(markup: str) -> None:
    # built with the XML-keeping parser: comments and PIs stay in the tree
    tree = etree.fromstring(f"<html><body>{markup}</body></html>",
                            etree.HTMLParser(remove_comments=False, remove_pis=False))
    for el in tree.iter(etree.Element):  # (the XPath reads from an element only)
        for n in (1, 2, 30):
            assert credits.links_before(el, n) == credits._LINKS_BEFORE(el, n=n)
