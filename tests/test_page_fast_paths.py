"""The page readers' shortcuts give the answers of the slow paths they stand for.

Each shortcut taken for speed in ``normalizer/pages`` (issue 14) is checked here against
what it replaces, on the project's real saved pages (``tests/fixtures/real``: the posts,
archives and stories, and the broad set) and on small pages built to reach the corners:
the category and tag links asked of their ancestors against trafilatura's
``extract_catstags``, and the walk from the heading against its ``following::`` XPath.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml import etree
from trafilatura import metadata as tm

from normalizer.pages import credits, permalink
from normalizer.pages.dom import PageIndex
from normalizer.pages.permalink import parse_html

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))


def _trees() -> list[tuple[str, etree._Element]]:
    assert len(PAGES) > 150, "the real saved pages are missing"
    trees = []
    for path in PAGES:
        data = path.read_bytes()
        tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
        if tree is not None:
            trees.append((str(path.relative_to(REAL)), tree))
    return trees


@pytest.fixture(scope="module")
def trees() -> list[tuple[str, etree._Element]]:
    return _trees()


def test_category_and_tag_links_asked_of_their_ancestors(trees) -> None:
    """``_catstags`` gives ``extract_catstags``'s list on every page that has a category
    or tag link (and on every other page: the section fallback)."""
    found = {"category": 0, "tag": 0}
    for name, tree in trees:
        index = PageIndex(tree)
        for kind in ("category", "tag"):
            want = tm.extract_catstags(kind, tree)
            assert permalink._catstags(kind, tree, index) == want, (name, kind)
            found[kind] += bool(want)
    assert found["category"] >= 10 and found["tag"] >= 10, found


def test_catstags_corners() -> None:
    """Nested containers, a link in two matching ones, links outside, an empty href."""
    tree = parse_html(
        "<html><head><meta property='article:section' content='Sport'></head><body>"
        "<div class='post-meta'><div class='meta x'><a href='/category/a/'>A</a>"
        "<a href='/category/a/'>A again</a></div><a href=''>empty</a></div>"
        "<a href='/category/out/'>outside</a>"
        "<span class='cat-links'><a href='/categories/b/'>B</a></span>"
        "<div class='tagsy'><a href='/tags/t/'>T</a></div>"
        "<div class='entry-meta'><a href='/tag/u/'>U</a></div></body></html>")
    index = PageIndex(tree)
    for kind in ("category", "tag"):
        assert permalink._catstags(kind, tree, index) == tm.extract_catstags(kind, tree)
    assert permalink._catstags("category", tree, index) == ["A", "A again"]
    bare = parse_html("<html><head><meta name='subject' content='Politik'></head><body>"
                      "<p><a href='/category/x/'>X</a></p></body></html>")
    assert permalink._catstags("category", bare, PageIndex(bare)) == ["Politik"] \
        == tm.extract_catstags("category", bare)


def _under_heading_xpath(tree: etree._Element) -> list[str]:
    return [str(t) for t in tree.xpath(permalink._DATE_UNDER_HEADING_XPATH)
            [:permalink.DATE_UNDER_HEADING_NODES]]


def test_texts_under_heading_are_the_xpaths(trees) -> None:
    shown = 0
    for name, tree in trees:
        want = _under_heading_xpath(tree)
        assert permalink.texts_under_heading(tree) == want, name
        shown += bool(want)
    assert shown > 50


@pytest.mark.parametrize("markup", [
    # text, a child's tail, a nested element of the tags and the tails around it
    "<div><h1>T</h1><div>a<span>b<b>c</b>d</span>e<p>f</p>g</div>h</div><p>i</p>",
    # the heading's own tail and its ancestors' texts are not on the axis
    "<div>x<section>y<h1>T<span>in</span></h1>tail<em>e1</em>z</section>w<p>p1</p></div>",
    # comments and processing instructions: their tails are their parent's text
    "<h1>T</h1><div>a<!-- c -->b<?pi x?>c<ul><li>no<span>s</span>t</li></ul>d</div>",
    # two headings: nothing; no heading: nothing
    "<h1>A</h1><p>x</p><h1>B</h1><p>y</p>",
    "<p>no heading</p>",
    # more than the limit
    "<h1>T</h1>" + "".join(f"<p>{i}<em>e{i}</em>t{i}</p>" for i in range(40)),
    # deep nesting (no recursion limit)
    "<h1>T</h1>" + "<div>d" * 200 + "</div>" * 200 + "<p>end</p>",
])
def test_texts_under_heading_corners(markup: str) -> None:
    # built with the XML-keeping parser: comments and PIs stay in the tree
    tree = etree.fromstring(f"<html><body>{markup}</body></html>",
                            etree.HTMLParser(remove_comments=False, remove_pis=False))
    assert permalink.texts_under_heading(tree) == _under_heading_xpath(tree)


def _candidates_both_ways(tree: etree._Element, w1: str, w2: str) -> None:
    def seen(nodes) -> list:
        return [(str(n), n.getparent(), n.is_tail) for n in nodes]

    assert seen(credits.text_nodes_with(tree, w1, w2)) \
        == seen(credits._CANDIDATES(tree, w1=w1, w2=w2)), (w1, w2)


def test_text_nodes_found_as_the_xpath_finds_them() -> None:
    """The header and footer search's text nodes, in the XPath's order, on the saved pages
    as parsed and after the extractor changed them (where the normalizer asks), for the
    words it asks about (the longest of a paragraph's start) and for common ones (many
    texts and tails to put in order)."""
    from normalizer.stories.extract import extract

    for _name, tree in _trees()[::3]:  # parsed again: the extractor changes them
        for stage in ("as parsed", "after extract"):
            if stage == "after extract":
                extract(tree, "https://example.org/p")
            texts = [t for t in tree.itertext() if len(t.split()) > 5]
            if not texts:
                continue
            words = [max(t.split()[:4], key=len) for t in (texts[0], texts[-1])]
            _candidates_both_ways(tree, *words)
            _candidates_both_ways(tree, "the", "a")
            _candidates_both_ways(tree, " ", "e")


def test_text_nodes_corners() -> None:
    tree = etree.fromstring(
        "<html><head><title>x</title><script>x</script><style>x</style></head><body>"
        "<div>x<p>x<b>x<i>x</i>x</b>x</p>x<!-- x -->x<?pi x?>x</div>x"
        "<div><div><div><span>y</span>x</div>x</div>x</div><script>x</script>x</body></html>",
        etree.HTMLParser(remove_comments=False, remove_pis=False))
    _candidates_both_ways(tree, "x", "y")
    _candidates_both_ways(tree, "y", "none")
    _candidates_both_ways(tree, "", "")


def test_meta_tags_read_from_the_head_alone(trees) -> None:
    """trafilatura's meta-tag reader gives the same metadata on the page's head copied
    out as on the whole page (the text bodies are fresh elements either way)."""
    def fields(doc: tm.Document) -> dict:
        return {k: v for k, v in doc.as_dict().items() if not k.endswith("body")}

    read = 0
    for name, tree in trees:
        want = fields(tm.examine_meta(tree))
        assert fields(tm.examine_meta(permalink._head_of(PageIndex(tree)))) == want, name
        read += bool(want["title"] or want["sitename"])
    assert read > 100
    # a meta tag in the body, and one in a second head the parser kept, are not read
    tree = parse_html("<html><head><meta name='title' content='A'><meta property='og:site_name'"
                      " content='S'></head><body><meta name='description' content='no'>"
                      "<p>x</p></body></html>")
    assert fields(tm.examine_meta(permalink._head_of(PageIndex(tree)))) \
        == fields(tm.examine_meta(tree))


def test_json_text_normalized_as_trafilatura_does(trees) -> None:
    from trafilatura.json_metadata import normalize_json

    read = 0
    for name, tree in trees:
        for script in tree.iter("script"):
            if script.text and script.get("type") in permalink.JSON_SCRIPT_TYPES:
                text = permalink._minified(script.text)
                assert permalink._normalized_json(text) == normalize_json(text), name
                read += "\\" in text
    assert read >= 5
    for text in ('{"a": "caf\\u00e9 \\ud83d\\ude00 \\ud800 x"}', 'no escapes <b>x</b>',
                 '"\\n\\t\\r &amp; \\u003cp\\u003e"', "\\", '"\\udfff\\u0041"'):
        assert permalink._normalized_json(text) == normalize_json(text), text


def test_section_metas_and_body_boxes_from_the_index(trees) -> None:
    """The section meta tags found among the page's meta tags are the XPath's; a page
    whose classes name no post body has no opening heading (as without the index); the
    page's ``<title>`` texts from the index are the XPath's."""
    for name, tree in trees:
        index = PageIndex(tree)
        assert permalink._section_metas(index) == tree.xpath(permalink._SECTION_XPATH), name
        assert permalink.content_heading(tree, index) == permalink.content_heading(tree), name
        assert permalink._title_texts(tree, index) == permalink._title_texts(tree) \
            == [str(t) for t in tree.xpath("//title/text()")], name
    tree = parse_html("<html><head><meta name='subject-x' content='A'><meta property="
                      "'article:section' content=''></head><body><meta name='subject' "
                      "content='B'><div class='Entry-Content'><h2>Deck</h2><p>x</p></div>"
                      "</body></html>")
    index = PageIndex(tree)
    assert permalink._section_metas(index) == tree.xpath(permalink._SECTION_XPATH)
    assert permalink.content_heading(tree, index) == permalink.content_heading(tree) == "Deck"
