"""The walks that stand in for three of trafilatura's XPath expressions select what
the expressions select (issue 14).

:mod:`normalizer.stories.quick_xpaths` answers trafilatura's raw-tree prunes
(infinite-scroll containers, comment sections) and its page measure's cleaning by a
walk of the tree in Python instead of lxml's per-element ``re:test`` calls. Pinned here:
the installed trafilatura's expressions are the ones the walks were written for; on
every real saved page (``tests/fixtures/real``) and on the shapes their tests turn on,
each walk selects the elements lxml selects, in its order; trafilatura is given back
its own expressions after the block, also when blocks overlap.
"""
from __future__ import annotations

import gzip
import sys
import threading
from pathlib import Path

import pytest
import trafilatura.core
from lxml import etree

from normalizer.pages.permalink import parse_html
from normalizer.stories import quick_xpaths as qx

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for p in REAL.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz")))


def _expressions() -> list[tuple[etree.XPath, object]]:
    """(trafilatura's expression, its walk) for each stand-in."""
    return [(xpath, walk) for _, _, _, xpath, walk in qx.stand_ins()]


def test_the_installed_trafilatura_has_the_expressions_the_walks_were_written_for() -> None:
    # A new trafilatura whose expressions differ keeps its own (correct, slower): this
    # test says so, and the walks are to be checked against the new expressions.
    for module_name, name, index, want, _ in qx.EXPRESSIONS + qx.READ_EXPRESSIONS:
        value = getattr(sys.modules[module_name], name)
        xpath = value[index] if index is not None else value
        assert qx.digest(xpath) == want, f"{module_name}.{name} changed: check its walk"
    assert len(qx.stand_ins()) == len(qx.EXPRESSIONS) + len(qx.READ_EXPRESSIONS)


def _same(xpath: etree.XPath, walk, tree: etree._Element) -> None:
    want = xpath(tree)
    got = walk(tree)
    assert [id(e) for e in got] == [id(e) for e in want], (
        [(e.tag, e.get("class"), e.get("id")) for e in want],
        [(e.tag, e.get("class"), e.get("id")) for e in got])


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(REAL)))
def test_each_walk_selects_what_its_expression_selects_on_real_pages(path: Path) -> None:
    data = path.read_bytes()
    tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
    if tree is None:
        pytest.skip("not a page")
    body = tree.find(".//body")
    for xpath, walk in _expressions():
        _same(xpath, walk, tree)
        if body is not None:
            _same(xpath, walk, body)


SHAPES = """<html><body>
<div class="site-footer" id="main">a</div>
<div id="main-footer" class="wrap">b</div>
<div id="wrap" class="has-footer">c</div>
<div class="Footer">d</div>
<div id="CookieNotice">e</div>
<span class="x cookie-banner">f</span>
<section id="infinite-scroll"><h1>kept, it holds a heading</h1></section>
<div class="infinitescroll">g</div>
<div class="mvp-post-add-box"><h1>h</h1></div>
<aside id="mvp-post-add-wrap">i</aside>
<div id="comments">j</div>
<div id="commentary">k</div>
<section class="post-comments">l</section>
<ol class="commentlist">m</ol>
<ul id="disqus_thread">n</ul>
<div id="disqus_thread">o</div>
<details class="Comment">p</details>
<div class="main">
  <footer>q</footer><template>r</template><svg><style>s</style></svg>
  <div class="sidebar" id="footer-2">t</div>
</div>
<div role="Navigation">u</div><span data-lp-replacement-content="">v</span>
<p data-component="MostPopularStories-1">w</p><list class="x" id="cookie-1">x</list>
<div id="x" class="cookie">y</div><item class="share-bar">z</item>
<div class="sidebar-wrap" id="reply-1">aa</div><div id="a" class="reply-b">ab</div>
<p style="display: none">ac</p><b id="hidden-1" style="color:red">ad</b>
<i style="visibility:hidden" id="x">ae</i><em aria-hidden="true">af</em>
<h2 class="comments-title">ag</h2><blockquote class="no hidden">ah</blockquote>
<div class="x"><div class="post">ai<article class="entry-content">aj</article></div>
<section class="post-body">ak</section><main itemprop="articleBody">al</main></div>
<div id="articleContent">am</div>
<main class="an"><div class="FullText x">ao</div><section role="article">ap</section>
<article class="Main-Content">aq</article><div id="MainContent">ar</div>
<div class="Page-Content">as</div><span id="img-caption">at</span>
<p class="Teaser">au</p><aside class="elementor-share-buttons">av</aside></main>
</body></html>"""


def test_each_walk_selects_what_its_expression_selects_on_the_shapes_its_tests_turn_on(
        ) -> None:
    tree = parse_html(SHAPES)
    for xpath, walk in _expressions():
        _same(xpath, walk, tree)
        assert walk(tree), walk  # every expression selects something here
    # the attribute order of contains(@class|@id, ...): the first one's value
    first = {e.text for e in qx._basic_cleaning(tree) if e.tag == "div"}
    assert {"a", "b"} <= first and not {"c", "d", "t"} & first


def test_trafilatura_has_its_own_expressions_back_after_the_block() -> None:
    own = trafilatura.core.RAW_TREE_PRUNE_XPATH
    with qx.quick_xpaths():
        assert trafilatura.core.RAW_TREE_PRUNE_XPATH is not own
        assert isinstance(trafilatura.core.RAW_TREE_PRUNE_XPATH[0], qx._StandIn)
    assert trafilatura.core.RAW_TREE_PRUNE_XPATH is own


def test_overlapping_blocks_in_threads_leave_trafilatura_as_it_was() -> None:
    own = trafilatura.core.REMOVE_COMMENTS_AND_LISTS_XPATH
    inside, release = threading.Barrier(2), threading.Event()

    def use() -> None:
        with qx.quick_xpaths():
            inside.wait(timeout=10)
            release.wait(timeout=10)

    other = threading.Thread(target=use)
    other.start()
    with qx.quick_xpaths():
        inside.wait(timeout=10)
    assert trafilatura.core.REMOVE_COMMENTS_AND_LISTS_XPATH is not own  # still in use
    release.set()
    other.join(timeout=10)
    assert trafilatura.core.REMOVE_COMMENTS_AND_LISTS_XPATH is own


def test_a_stand_in_answers_as_its_expression_on_a_document() -> None:
    tree = parse_html(SHAPES)
    for xpath, walk in _expressions():
        stand_in = qx._StandIn(xpath, walk)
        doc = tree.getroottree()
        got, want = stand_in(doc), xpath(doc)  # (both held: one proxy an element)
        assert [id(e) for e in got] == [id(e) for e in want]
