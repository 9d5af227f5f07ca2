"""The page's layout around its ``<main>`` is no side box (dates16's patch to
``normalizer.pages.dom.in_side_box``): People's wrapper "template-two-col
with-sidebar-right" holds the story's headline and the date line printed under it."""
from __future__ import annotations

from pathlib import Path

from normalizer.pages.dom import in_side_box
from normalizer.pages.permalink import page_info, parse_html

PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout10" / "site" / "2020" / "12"
        / "14" / "santa-mrs-claus-covid-positive")


def test_layout_wrapper_is_no_side_box() -> None:
    tree = parse_html((PAGE / "index.html").read_bytes())
    assert tree is not None
    assert not in_side_box(tree.xpath("//h1")[0])
    # the printed "December 14, 2020 11:31 PM" (US Eastern) over the JSON-LD's UTC
    # "2020-12-15T04:31:06.000Z"
    info = page_info(tree, "https://example.org/2020/12/14/santa-mrs-claus-covid-positive/")
    assert info.published == "2020-12-14"


def test_sidebar_inside_main_still_a_side_box() -> None:
    tree = parse_html(b"<html><body><main><div class='sidebar'><h3>Most read</h3></div>"
                      b"<article><h1>Story</h1></article></main></body></html>")
    assert tree is not None
    assert in_side_box(tree.xpath("//h3")[0])
    assert not in_side_box(tree.xpath("//h1")[0])
