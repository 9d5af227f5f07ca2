"""The page handed to trafilatura without what its fast pass deletes unread gives the body
the whole page gives (issue 14).

:func:`normalizer.stories.extract._detached_for_trafilatura` takes out, for the time of
trafilatura's call, the elements its cleaning deletes before its extraction reads the
tree and that its page measure and baseline delete first too (or, the head, never read).
Pinned here: those lists against trafilatura's own, the bodies of every real saved page
(``tests/fixtures/real``) with and without the elements taken out, the tree given back
as it was, and the shapes where trafilatura's deletion is not what its lists say (its
walk that ends inside an element holding another of its tag; the recall cleaning that
restores a page left without paragraphs).
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml import etree
from trafilatura.settings import BASIC_CLEAN_XPATH, MANUALLY_CLEANED

from normalizer.pages.dom import PageIndex
from normalizer.pages.permalink import parse_html
from normalizer.stories import extract

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for p in REAL.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz")))


def _body(tree: etree._Element) -> bytes | None:
    body = extract._trafilatura_body(tree, False, fast=True)
    return etree.tostring(body) if body is not None else None


def _detached_body(tree: etree._Element) -> bytes | None:
    with extract._detached_for_trafilatura(tree):
        return _body(tree)


def test_the_tags_are_those_trafilatura_deletes_before_reading() -> None:
    path = BASIC_CLEAN_XPATH.path
    for tag in extract.TRAFILATURA_DELETES:
        assert tag in MANUALLY_CLEANED, tag
        if tag != "head":  # (its page measure and baseline read the body only)
            assert f".//{tag}" in path, tag
    assert "form" not in extract.TRAFILATURA_DELETES  # (trafilatura keeps a page's form)
    assert set(extract._CLEANING_ORDER) == set(extract.TRAFILATURA_DELETES)


def _prepared(path: Path) -> etree._Element | None:
    """The page's tree as :func:`extract.extract` hands it to trafilatura."""
    data = path.read_bytes()
    tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
    if tree is None:
        return None
    index = PageIndex(tree)
    extract.preprocess(tree, index)
    extract._caption_cells(tree)
    return tree


@pytest.mark.parametrize("step", range(4))
def test_real_pages_give_the_same_body_and_get_their_tree_back(step: int) -> None:
    assert len(PAGES) > 600, "the real saved pages are missing"
    checked = taken = 0
    for path in PAGES[step::4]:
        tree = _prepared(path)
        if tree is None:
            continue
        before = etree.tostring(tree)
        whole = _body(tree)
        with extract._detached_for_trafilatura(tree):
            smaller = len(tree.getroottree().getroot().xpath("//*"))
            detached = _body(tree)
        after = etree.tostring(tree)
        assert detached == whole, path.name
        assert after == before, path.name
        taken += smaller < len(tree.xpath("//*"))
        checked += 1
    assert checked > 150
    assert taken > checked // 2  # most pages do have something taken out


def _html(body: str) -> etree._Element:
    tree = parse_html(f"<html><head><title>t</title></head><body>{body}</body></html>")
    assert tree is not None
    return tree


_STORY = "".join(f"<p>Sentence number {i} of the story, long enough to be kept by it.</p>"
                 for i in range(12))


def test_an_element_holding_another_of_its_tag_ends_the_taking_out() -> None:
    """trafilatura's cleaning deletes while it walks: after an aside holding an aside,
    its walk ends inside the deleted one and the later asides stay; here too."""
    tree = _html(f"<aside>a1</aside><div><aside>a2<aside>in</aside></aside></div>"
                 f"<article>{_STORY}<aside><p>Late aside, {_STORY[3:80]}</p></aside></article>")
    with extract._detached_for_trafilatura(tree):
        left = [("".join(a.itertext()))[:2] for a in tree.iter("aside")]
        assert left == ["a2", "in", "La"]
    assert _detached_body(tree) == _body(tree)


def test_what_trafilatura_reads_inside_stays() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    tree = _html(f"<aside>{ld}</aside><aside><h1>Title</h1></aside><aside>plain</aside>"
                 f"<script>var x = 1;</script>{ld}<article>{_STORY}</article>")
    with extract._detached_for_trafilatura(tree):
        assert [a.text or a[0].tag for a in tree.iter("aside")] == ["script", "h1"]
        assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json"] * 2
    assert _detached_body(tree) == _body(tree)


def test_tails_go_where_trafilatura_puts_them_and_come_back() -> None:
    tree = _html(f"<div>lead<script>x</script> tail one<style>s</style> tail two</div>"
                 f"<div><svg><path/></svg>first</div><article>{_STORY}</article>")
    before = etree.tostring(tree)
    with extract._detached_for_trafilatura(tree):
        divs = list(tree.iter("div"))
        assert divs[0].text == "lead tail one tail two" and not len(divs[0])
        assert divs[1].text == "first" and not len(divs[1])
    assert etree.tostring(tree) == before


def test_a_page_whose_paragraphs_all_go_is_handed_whole() -> None:
    """trafilatura's recall cleaning gives a page back as it was when its deletions leave
    no paragraph: nothing is taken out of such a page."""
    story = _STORY.replace("<p>", "<aside><p>").replace("</p>", "</p></aside>")
    for body in (story, f'<div class="comments">{_STORY}</div><script>x</script>'):
        tree = _html(body)
        before = etree.tostring(tree)
        with extract._detached_for_trafilatura(tree):
            assert etree.tostring(tree) == before
