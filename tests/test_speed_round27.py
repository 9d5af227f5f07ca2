"""Round 27's shortcuts give the answers of the work they skip (behaviour, not timing)."""
from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from normalizer.cues.markup import PAGE_DATE_XPATHS
from normalizer.pages.dom import PageIndex
from normalizer.pages.permalink import _head_of
from normalizer.stories.extract import _class_tells_nothing, preprocess

# The WordPress block theme's date: a class part, its ancestors' classes tested too.
BLOCK_DATE_XPATH = next(xp for xp in PAGE_DATE_XPATHS if "wp-block-post-date" in xp)


def _page(body: str) -> etree._Element:
    return lxml.html.fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


@pytest.mark.parametrize("body", [
    '<div class="entry"><time datetime="2024-05-01">1 May</time></div>',
    '<div class="wp-block-post-date"><time datetime="2024-05-01">1 May</time></div>',
    '<ul class="wp-block-post-template"><li><div class="wp-block-post-date">'
    '<time datetime="2024-04-01">1 Apr</time></div></li></ul>',
    '<div class="x-wp-block-post-dates"><span><time datetime="2024-05-02">2</time></span></div>',
])
def test_a_class_part_first_step_answers_as_lxml(body: str) -> None:
    """Where no class has the first step's part, nothing is found without a walk; where one
    has it, lxml's answer."""
    tree = _page(body)
    assert PageIndex(tree).select(BLOCK_DATE_XPATH) == tree.xpath(BLOCK_DATE_XPATH)


def test_an_or_in_the_first_step_is_left_to_lxml() -> None:
    """A predicate that can hold without the class part is not answered by its absence."""
    tree = _page('<div id="main"><p>text</p></div>')
    expr = "//*[contains(@class, 'nowhere') or @id='main']//p"
    assert len(PageIndex(tree).select(expr)) == 1


def test_links_are_the_anchors_with_an_address_in_order() -> None:
    tree = _page('<a href="/a">a</a><a>no address</a><a href="">empty</a><a href="/b">b</a>')
    index = PageIndex(tree)
    assert [h for _, h in index.links] == ["/a", "/b"]
    assert [a.text for a, _ in index.links] == ["a", "b"]
    assert index.href_text == "/a\n/b"


def test_head_metas_of_a_head_taken_out_are_not_read() -> None:
    tree = lxml.html.fromstring(
        '<html><head><meta name="a" content="1"><meta name="b"><meta name="c" content="3">'
        '</head><body><p>x</p></body></html>')
    index = PageIndex(tree)
    assert [m.get("name") for m in _head_of(index).iter("meta")] == ["a", "c"]
    tree.remove(tree.find("head"))
    assert list(_head_of(index).iter("meta")) == []


@pytest.mark.parametrize(("tag", "classes", "cls", "nothing"), [
    ("div", "entry-content", "entry-content ", True),
    ("p", "wp-caption-text", "wp-caption-text ", False),          # a caption's class
    ("span", "story-kicker", "story-kicker ", False),            # a kicker in a span
    ("div", "story-kicker", "story-kicker ", True),              # (only a span's is one)
    ("h2", "visually-hidden", "visually-hidden ", False),        # a screen reader's
    ("figcaption", None, " pic", False),                         # a figcaption, always
])
def test_class_questions_in_one_look_up(tag: str, classes: str | None, cls: str,
                                        nothing: bool) -> None:
    assert _class_tells_nothing(tag, classes, cls) is nothing


def test_preprocess_still_takes_captions_out() -> None:
    tree = _page('<div class="entry"><p>Story text here.</p>'
                 '<p class="wp-caption-text">A photo of a cat.</p></div>')
    removed, _ = preprocess(tree, PageIndex(tree))
    assert [r["text"] for r in removed] == ["A photo of a cat."]
    assert [p.text for p in tree.iter("p")] == ["Story text here."]


def test_an_element_whose_first_letter_opens_no_key_is_ruled_out() -> None:
    from normalizer.stories.extract import _key, _key_starts, _may_open

    starts = _key_starts([_key("Markets fell sharply on Monday after the report")])
    el = lxml.html.fragment_fromstring("<p>  Zebra crossings are painted white</p>")
    assert not _may_open(el, starts)
    for opening in ("<p>Markets fell sharply</p>", "<p>\u201cMarkets fell sharply\u201d</p>",
                    "<div><span>  </span><b>markets fell</b> sharply</div>"):
        assert _may_open(lxml.html.fragment_fromstring(opening), starts)
    assert not _may_open(lxml.html.fragment_fromstring("<p>\u201cZebras\u201d</p>"), starts)
