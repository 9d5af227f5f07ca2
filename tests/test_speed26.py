"""speed26: the teaser-list finder rules out most of a page's items with lxml's own
walks (a menu's links, a big box, an item with no link) before it walks an item in
Python, and stops reading a parent once too few items are left to make a run; the runs
it finds are those of the full walk."""
from __future__ import annotations

from lxml import etree, html

from normalizer.pages.dom import PageIndex
from normalizer.stories.extract import (
    TEASER_ITEM_MAX_ELEMENTS,
    TEASER_RUN_MIN_ITEMS,
    _teaser_item,
    _teaser_runs,
    _visible_chars,
)


def _item(markup: str) -> etree._Element:
    return html.fragment_fromstring(markup)


def _teaser(n: int) -> str:
    return f'<li><a href="/story-{n}">Story number {n}</a> Paper, 2 May</li>'


def test_an_item_is_a_link_to_one_page_with_words_beside_it() -> None:
    assert _teaser_item(_item(_teaser(1))) == "/story-1"
    assert _teaser_item(_item(
        '<div><a href="/a">Title</a><p>teaser words</p><a href="/a">more</a></div>')) == "/a"


def test_a_menus_links_alone_make_no_item() -> None:
    assert _teaser_item(_item('<li> <a href="/home">Home</a> </li>')) is None
    assert _teaser_item(_item('<div><a href="/a">One</a><a href="/b">Two</a></div>')) is None


def test_words_before_the_link_or_two_pages_make_no_item() -> None:
    assert _teaser_item(_item('<li>Read <a href="/a">this</a> now</li>')) is None
    assert _teaser_item(_item('<li><span>Own words</span><a href="/a">x</a> y</li>')) is None
    assert _teaser_item(_item('<li><a href="/a">A</a> and <a href="/b">B</a></li>')) is None
    assert _teaser_item(_item('<li><a href="#top">A</a> words</li>')) is None


def test_a_big_box_is_no_item_however_it_opens() -> None:
    filler = "<i>x</i>" * TEASER_ITEM_MAX_ELEMENTS
    assert _teaser_item(_item(f'<div><a href="/a">Title</a> words {filler}</div>')) is None
    small = "<i>x</i>" * (TEASER_ITEM_MAX_ELEMENTS - 3)
    assert _teaser_item(_item(f'<div><a href="/a">Title</a> words {small}</div>')) == "/a"


def _runs(markup: str) -> list[list[str]]:
    tree = html.fromstring(markup)
    return [[item.xpath("string(.//a/@href)") for item in run]
            for run in _teaser_runs(PageIndex(tree))]


def test_a_run_is_three_items_in_a_row_and_a_worded_element_ends_it() -> None:
    three = "".join(_teaser(n) for n in range(TEASER_RUN_MIN_ITEMS))
    assert _runs(f"<html><body><ul>{three}</ul></body></html>") == [
        [f"/story-{n}" for n in range(TEASER_RUN_MIN_ITEMS)]]
    broken = _teaser(1) + _teaser(2) + "<p>Words</p>" + _teaser(3) + _teaser(4)
    assert _runs(f"<html><body><div>{broken}</div></body></html>") == []
    quiet = _teaser(1) + _teaser(2) + "<p> </p><!-- x -->" + _teaser(3)
    assert len(_runs(f"<html><body><div>{quiet}</div></body></html>")[0]) == 3


def test_a_run_late_in_a_long_menu_is_found() -> None:
    menu = "".join(f'<li><a href="/m{n}">M{n}</a></li>' for n in range(6))
    teasers = "".join(_teaser(n) for n in range(3))
    assert _runs(f"<html><body><ul>{menu}{teasers}</ul></body></html>") == [
        ["/story-0", "/story-1", "/story-2"]]


def test_items_taken_out_of_the_page_make_no_run() -> None:
    tree = html.fromstring("<html><body><div><ul>"
                           + "".join(_teaser(n) for n in range(3)) + "</ul></div></body></html>")
    index = PageIndex(tree)
    box = tree.find(".//div")
    box.getparent().remove(box)
    assert _teaser_runs(index) == []


def test_visible_chars_leave_out_every_white_space() -> None:
    assert _visible_chars(_item("<div> a\u00a0b\n<i>c d</i>\t</div>")) == 4
